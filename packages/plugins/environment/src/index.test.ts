import { definePlugin, indicatorProblems } from '@fanben/plugin-sdk';
import { describe, expect, it } from 'vitest';
import plugin, { appearance } from './index.js';

describe('@fanben/plugin-environment', () => {
  it('is a valid plugin (definePlugin accepted it)', () => {
    expect(definePlugin(plugin)).toBe(plugin);
    expect(plugin).toMatchObject({
      name: '@fanben/plugin-environment',
      version: '1.0.0',
      category: 'environment',
    });
    expect(plugin.title).toEqual({ 'zh-CN': '环境美', en: 'Beautiful environment' });
  });

  it('lists its indicators in the scheme order, each keyed by its category', () => {
    expect(plugin.indicators.map((i) => i.key)).toEqual(['environment.appearance']);
    expect(plugin.indicators).toEqual([appearance]);
    for (const indicator of plugin.indicators) {
      expect(indicator.key.startsWith(`${plugin.category}.`)).toBe(true);
      expect(indicator.category).toBe(plugin.category);
      expect(indicator.version).toBe(1);
      expect(indicatorProblems(indicator)).toEqual([]);
    }
  });

  it('labels and explains every input and param in both languages', () => {
    for (const indicator of plugin.indicators) {
      for (const def of [...Object.values(indicator.inputs), ...Object.values(indicator.params)]) {
        expect(def.label['zh-CN']).toMatch(/\S/);
        expect(def.label.en).toMatch(/\S/);
        expect(def.help?.['zh-CN']).toMatch(/\S/);
        expect(def.help?.en).toMatch(/\S/);
      }
    }
  });
});
