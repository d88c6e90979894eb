import { runIndicatorCases, validateValues } from '@fanben/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { tenUps } from './ten-ups.js';

const allUp = {
  venue: true,
  redFlag: true,
  equipment: true,
  canteen: true,
  rules: true,
  activities: true,
  seals: true,
  services: true,
  affairsDeliberation: true,
  industry: true,
};
const nine = { ...allUp, canteen: false };
const eight = { ...nine, seals: false };
const seven = { ...eight, industry: false };

describe('organization.ten-ups', () => {
  it('has the documented defaults per tier', () => {
    expect(tenUps.defaults).toEqual({
      '1': { minTrueCount: 8 },
      '2': { minTrueCount: 9 },
      '3': { minTrueCount: 10 },
    });
  });

  it('counts the true answers against minTrueCount at every tier', () => {
    expect(
      runIndicatorCases(tenUps, [
        { name: 'all ten, tier 3', tier: 3, input: allUp, passed: true, margin: 0 },
        { name: 'all ten, tier 1', tier: 1, input: allUp, passed: true, margin: 2 / 8 },
        { name: 'nine, tier 1', tier: 1, input: nine, passed: true, margin: 1 / 8 },
        { name: 'nine, tier 2', tier: 2, input: nine, passed: true, margin: 0 },
        { name: 'nine, tier 3', tier: 3, input: nine, passed: false, margin: -1 / 10 },
        { name: 'eight, tier 1', tier: 1, input: eight, passed: true, margin: 0 },
        { name: 'eight, tier 2', tier: 2, input: eight, passed: false, margin: -1 / 9 },
        { name: 'seven, tier 1', tier: 1, input: seven, passed: false, margin: -1 / 8 },
        {
          name: 'a county lowers the bar',
          tier: { minTrueCount: 7 },
          input: seven,
          passed: true,
          margin: 0,
        },
      ]),
    ).toEqual([]);
  });

  it('names the missing ups in its reason', () => {
    const result = tenUps.evaluate(seven, tenUps.defaults['1']);
    expect(result.passed).toBe(false);
    expect(result.reason['zh-CN']).toContain('未做到：食堂建起来、公章管起来、产业兴起来');
    expect(result.reason.en).toContain(
      'missing: Canteen built, Official seals controlled, Industry thriving',
    );
    expect(tenUps.evaluate(allUp, tenUps.defaults['3']).reason.en).not.toContain('missing');
  });

  it('requires every one of the ten answers', () => {
    const { canteen: _omitted, ...withoutCanteen } = allUp;
    const result = validateValues(tenUps.inputs, withoutCanteen);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['canteen']);
  });

  it('rejects a minimum above ten', () => {
    expect(validateValues(tenUps.params, { minTrueCount: 11 }).ok).toBe(false);
  });
});
