import { runIndicatorCases, validateValues } from '@fanben/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { appearance } from './appearance.js';

const tier1Edge = { greeningRate: 30, lightingCoverage: 60, sanitationScore: 70 };

describe('environment.appearance', () => {
  it('has the documented defaults per tier', () => {
    expect(appearance.defaults).toEqual({
      '1': { minGreeningRate: 30, minLightingCoverage: 60, minSanitationScore: 70 },
      '2': { minGreeningRate: 40, minLightingCoverage: 80, minSanitationScore: 80 },
      '3': { minGreeningRate: 50, minLightingCoverage: 95, minSanitationScore: 90 },
    });
  });

  it('passes at the edges of each tier and fails just below', () => {
    expect(
      runIndicatorCases(appearance, [
        { name: 'tier 1 at every edge', tier: 1, input: tier1Edge, passed: true, margin: 0 },
        {
          name: 'tier 1 greening 29.9',
          tier: 1,
          input: { ...tier1Edge, greeningRate: 29.9 },
          passed: false,
          margin: (29.9 - 30) / 30,
        },
        {
          name: 'tier 1 lighting 59',
          tier: 1,
          input: { ...tier1Edge, lightingCoverage: 59 },
          passed: false,
          margin: -1 / 60,
        },
        {
          name: 'tier 1 sanitation 69',
          tier: 1,
          input: { ...tier1Edge, sanitationScore: 69 },
          passed: false,
          margin: -1 / 70,
        },
        {
          name: 'tier 2 at every edge',
          tier: 2,
          input: { greeningRate: 40, lightingCoverage: 80, sanitationScore: 80 },
          passed: true,
          margin: 0,
        },
        { name: 'tier 1 edge fails tier 2', tier: 2, input: tier1Edge, passed: false, margin: -0.25 },
        {
          name: 'tier 3 at every edge',
          tier: 3,
          input: { greeningRate: 50, lightingCoverage: 95, sanitationScore: 90 },
          passed: true,
          margin: 0,
        },
        {
          name: 'tier 3 perfect',
          tier: 3,
          input: { greeningRate: 100, lightingCoverage: 100, sanitationScore: 100 },
          passed: true,
          margin: 5 / 95,
        },
      ]),
    ).toEqual([]);
  });

  it('takes the smallest margin over its conditions', () => {
    // Greening (45 − 30) / 30 = 0.5, lighting (66 − 60) / 60 = 0.1, sanitation (84 − 70) / 70 = 0.2.
    const result = appearance.evaluate(
      { greeningRate: 45, lightingCoverage: 66, sanitationScore: 84 },
      appearance.defaults['1'],
    );
    expect(result.passed).toBe(true);
    expect(result.margin).toBeCloseTo(0.1, 12);
  });

  it('names every failing condition in its reason', () => {
    const result = appearance.evaluate(
      { greeningRate: 29.9, lightingCoverage: 90, sanitationScore: 60 },
      appearance.defaults['1'],
    );
    expect(result.passed).toBe(false);
    expect(result.reason['zh-CN']).toContain('绿化率 29.9 未达到 30');
    expect(result.reason['zh-CN']).toContain('环境卫生评分 60 未达到 70');
    expect(result.reason['zh-CN']).not.toContain('亮化覆盖率');
  });

  it('bounds the sanitation score to 0–100 and the rates to percentages', () => {
    expect(validateValues(appearance.inputs, { ...tier1Edge, sanitationScore: 100 }).ok).toBe(true);
    expect(validateValues(appearance.inputs, { ...tier1Edge, sanitationScore: 0 }).ok).toBe(true);
    const over = validateValues(appearance.inputs, { ...tier1Edge, sanitationScore: 101 });
    expect(over.ok ? [] : over.errors.map((e) => e.field)).toEqual(['sanitationScore']);
    expect(validateValues(appearance.inputs, { ...tier1Edge, sanitationScore: -1 }).ok).toBe(false);
    expect(validateValues(appearance.inputs, { ...tier1Edge, sanitationScore: 70.5 }).ok).toBe(false);
    expect(validateValues(appearance.inputs, { ...tier1Edge, greeningRate: 100.1 }).ok).toBe(false);
    expect(validateValues(appearance.inputs, { ...tier1Edge, lightingCoverage: -0.1 }).ok).toBe(false);
    expect(
      validateValues(appearance.params, { ...appearance.defaults['1'], minSanitationScore: 101 }).ok,
    ).toBe(false);
  });
});
