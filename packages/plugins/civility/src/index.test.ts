import { definePlugin, indicatorProblems } from '@fanben/plugin-sdk';
import { describe, expect, it } from 'vitest';
import plugin, { culturalLife, petitions, publicSecurity, selfGovernance } from './index.js';

describe('@fanben/plugin-civility', () => {
  it('is a valid plugin (definePlugin accepted it)', () => {
    expect(definePlugin(plugin)).toBe(plugin);
    expect(plugin).toMatchObject({ name: '@fanben/plugin-civility', version: '1.0.0', category: 'civility' });
    expect(plugin.title).toEqual({ 'zh-CN': '乡风纯', en: 'Pure rural customs' });
  });

  it('lists its indicators in the scheme order, each keyed by its category', () => {
    expect(plugin.indicators.map((i) => i.key)).toEqual([
      'civility.public-security',
      'civility.petitions',
      'civility.self-governance',
      'civility.cultural-life',
    ]);
    expect(plugin.indicators).toEqual([publicSecurity, petitions, selfGovernance, culturalLife]);
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
