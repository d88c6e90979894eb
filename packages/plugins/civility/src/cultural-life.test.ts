import { runIndicatorCases } from '@fanben/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { culturalLife } from './cultural-life.js';

describe('civility.cultural-life', () => {
  it('has the documented defaults per tier', () => {
    expect(culturalLife.defaults).toEqual({
      '1': { minCulturalEvents: 4, minMoralLectures: 2 },
      '2': { minCulturalEvents: 8, minMoralLectures: 4 },
      '3': { minCulturalEvents: 12, minMoralLectures: 6 },
    });
  });

  it('passes at the edges of each tier and fails one below', () => {
    expect(
      runIndicatorCases(culturalLife, [
        {
          name: 'tier 1 edge',
          tier: 1,
          input: { culturalEvents: 4, moralLectures: 2 },
          passed: true,
          margin: 0,
        },
        {
          name: 'tier 1 one event short',
          tier: 1,
          input: { culturalEvents: 3, moralLectures: 2 },
          passed: false,
          margin: -0.25,
        },
        {
          name: 'tier 1 one lecture short',
          tier: 1,
          input: { culturalEvents: 4, moralLectures: 1 },
          passed: false,
          margin: -0.5,
        },
        {
          name: 'tier 2 edge',
          tier: 2,
          input: { culturalEvents: 8, moralLectures: 4 },
          passed: true,
          margin: 0,
        },
        {
          name: 'tier 2 one lecture short',
          tier: 2,
          input: { culturalEvents: 8, moralLectures: 3 },
          passed: false,
          margin: -0.25,
        },
        {
          name: 'tier 3 edge',
          tier: 3,
          input: { culturalEvents: 12, moralLectures: 6 },
          passed: true,
          margin: 0,
        },
        {
          name: 'tier 3 one event short',
          tier: 3,
          input: { culturalEvents: 11, moralLectures: 6 },
          passed: false,
          margin: -1 / 12,
        },
      ]),
    ).toEqual([]);
  });

  it('takes the smallest margin over its conditions', () => {
    // Events (10 − 4) / 4 = 1.5, lectures (3 − 2) / 2 = 0.5.
    const result = culturalLife.evaluate(
      { culturalEvents: 10, moralLectures: 3 },
      culturalLife.defaults['1'],
    );
    expect(result).toMatchObject({ passed: true, margin: 0.5 });
    expect(result.reason['zh-CN']).toBe('道德讲堂 3 达到 2');
  });
});
