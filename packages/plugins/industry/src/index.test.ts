import { definePlugin, indicatorProblems } from '@fanben/plugin-sdk';
import { describe, expect, it } from 'vitest';
import plugin, { collectiveIncome, perCapitaIncome, specialty } from './index.js';

describe('@fanben/plugin-industry', () => {
  it('is a valid plugin (definePlugin accepted it)', () => {
    expect(definePlugin(plugin)).toBe(plugin);
    expect(plugin).toMatchObject({ name: '@fanben/plugin-industry', version: '1.0.0', category: 'industry' });
    expect(plugin.title).toEqual({ 'zh-CN': '产业兴', en: 'Thriving industry' });
  });

  it('lists its indicators in the scheme order, each keyed by its category', () => {
    expect(plugin.indicators.map((i) => i.key)).toEqual([
      'industry.collective-income',
      'industry.per-capita-income',
      'industry.specialty',
    ]);
    expect(plugin.indicators).toEqual([collectiveIncome, perCapitaIncome, specialty]);
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
