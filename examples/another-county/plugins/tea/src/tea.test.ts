import { definePlugin, indicatorProblems, runIndicatorCases, validateValues } from '@fanben/plugin-sdk';
import { describe, expect, it } from 'vitest';
import plugin, { teaGardens } from './index.js';

describe('ecology.tea-gardens', () => {
  it('is the one indicator of a valid plugin', () => {
    expect(definePlugin(plugin)).toBe(plugin);
    expect(plugin).toMatchObject({
      name: '@fanben/example-plugin-tea',
      version: '1.0.0',
      category: 'ecology',
    });
    expect(plugin.indicators).toEqual([teaGardens]);
    expect(indicatorProblems(teaGardens)).toEqual([]);
  });

  it('has the documented defaults per tier', () => {
    expect(teaGardens.defaults).toEqual({
      '1': { minTeaArea: 200, requireOrganic: false },
      '2': { minTeaArea: 500, requireOrganic: false },
      '3': { minTeaArea: 1000, requireOrganic: true },
    });
  });

  it('passes at each tier’s area and fails just below it', () => {
    expect(
      runIndicatorCases(teaGardens, [
        {
          name: '199.9 mu fails tier 1',
          tier: 1,
          input: { teaArea: 199.9, organicCertified: true },
          passed: false,
          margin: -0.1 / 200,
        },
        {
          name: '200 mu passes tier 1',
          tier: 1,
          input: { teaArea: 200, organicCertified: false },
          passed: true,
          margin: 0,
        },
        {
          name: '230 mu passes tier 1 with margin 0.15',
          tier: 1,
          input: { teaArea: 230, organicCertified: false },
          passed: true,
          margin: 0.15,
        },
        {
          name: '499.9 mu fails tier 2',
          tier: 2,
          input: { teaArea: 499.9, organicCertified: true },
          passed: false,
          margin: -0.1 / 500,
        },
        {
          name: '500 mu passes tier 2 without certification',
          tier: 2,
          input: { teaArea: 500, organicCertified: false },
          passed: true,
          margin: 0,
        },
        {
          name: '1,000 certified mu pass tier 3',
          tier: 3,
          input: { teaArea: 1000, organicCertified: true },
          passed: true,
          margin: 0,
        },
        {
          name: '999.9 certified mu fail tier 3',
          tier: 3,
          input: { teaArea: 999.9, organicCertified: true },
          passed: false,
          margin: -0.1 / 1000,
        },
        {
          name: 'an uncertified Exemplar fails whatever its area',
          tier: 3,
          input: { teaArea: 5000, organicCertified: false },
          passed: false,
          margin: -1,
        },
        {
          name: 'a county may ask for certification at tier 1',
          tier: { minTeaArea: 200, requireOrganic: true },
          input: { teaArea: 300, organicCertified: false },
          passed: false,
          margin: -1,
        },
        {
          name: 'a zero threshold normalizes by 1',
          tier: { minTeaArea: 0, requireOrganic: false },
          input: { teaArea: 0.5, organicCertified: false },
          passed: true,
          margin: 0.5,
        },
      ]),
    ).toEqual([]);
  });

  it('names the shortfall in both languages', () => {
    const result = teaGardens.evaluate({ teaArea: 199.9, organicCertified: true }, teaGardens.defaults['1']);
    expect(result.reason).toEqual({
      'zh-CN': '茶园面积 199.9 未达到 200（差 0.1）',
      en: 'Tea garden area 199.9 is below 200 (short by 0.1)',
    });
    const organic = teaGardens.evaluate({ teaArea: 1200, organicCertified: false }, teaGardens.defaults['3']);
    expect(organic.reason.en).toBe('Organic tea certification: no (must be yes)');
  });

  it('rejects a negative area and a missing certification answer before evaluating', () => {
    expect(validateValues(teaGardens.inputs, { teaArea: -1, organicCertified: false }).ok).toBe(false);
    const missing = validateValues(teaGardens.inputs, { teaArea: 300 });
    expect(missing.ok ? [] : missing.errors.map((e) => e.field)).toEqual(['organicCertified']);
    expect(validateValues(teaGardens.params, { minTeaArea: 200 }).ok).toBe(false);
  });

  it('labels and explains every input and param in both languages', () => {
    for (const def of [...Object.values(teaGardens.inputs), ...Object.values(teaGardens.params)]) {
      expect(def.label['zh-CN']).toMatch(/\S/);
      expect(def.label.en).toMatch(/\S/);
      expect(def.help?.['zh-CN']).toMatch(/\S/);
      expect(def.help?.en).toMatch(/\S/);
    }
  });
});
