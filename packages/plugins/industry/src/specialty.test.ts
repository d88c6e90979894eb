import { runIndicatorCases } from '@fanben/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { specialty } from './specialty.js';

describe('industry.specialty', () => {
  it('has the documented defaults per tier', () => {
    expect(specialty.defaults).toEqual({
      '1': { minSpecialtyIndustries: 1, minCooperatives: 1 },
      '2': { minSpecialtyIndustries: 2, minCooperatives: 2 },
      '3': { minSpecialtyIndustries: 3, minCooperatives: 3 },
    });
  });

  it('passes at the edges of each tier and fails one below', () => {
    expect(
      runIndicatorCases(specialty, [
        {
          name: 'tier 1 edge',
          tier: 1,
          input: { specialtyIndustries: 1, cooperatives: 1 },
          passed: true,
          margin: 0,
        },
        {
          name: 'tier 1 no industry',
          tier: 1,
          input: { specialtyIndustries: 0, cooperatives: 1 },
          passed: false,
          margin: -1,
        },
        {
          name: 'tier 1 no cooperative',
          tier: 1,
          input: { specialtyIndustries: 1, cooperatives: 0 },
          passed: false,
          margin: -1,
        },
        {
          name: 'tier 2 edge',
          tier: 2,
          input: { specialtyIndustries: 2, cooperatives: 2 },
          passed: true,
          margin: 0,
        },
        {
          name: 'tier 2 one cooperative short',
          tier: 2,
          input: { specialtyIndustries: 2, cooperatives: 1 },
          passed: false,
          margin: -0.5,
        },
        {
          name: 'tier 3 edge',
          tier: 3,
          input: { specialtyIndustries: 3, cooperatives: 3 },
          passed: true,
          margin: 0,
        },
        {
          name: 'tier 3 one industry short',
          tier: 3,
          input: { specialtyIndustries: 2, cooperatives: 3 },
          passed: false,
          margin: -1 / 3,
        },
      ]),
    ).toEqual([]);
  });

  it('takes the smallest margin over its conditions', () => {
    // Industries (3 − 2) / 2 = 0.5, cooperatives (5 − 2) / 2 = 1.5.
    const result = specialty.evaluate({ specialtyIndustries: 3, cooperatives: 5 }, specialty.defaults['2']);
    expect(result).toMatchObject({ passed: true, margin: 0.5 });
    expect(result.reason['zh-CN']).toBe('特色产业 3 达到 2');
  });
});
