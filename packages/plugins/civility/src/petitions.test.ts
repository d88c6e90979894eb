import { runIndicatorCases, validateValues } from '@fanben/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { petitions } from './petitions.js';

describe('civility.petitions', () => {
  it('has the documented defaults per tier', () => {
    expect(petitions.defaults).toEqual({
      '1': { maxUnresolvedPetitions: 2 },
      '2': { maxUnresolvedPetitions: 1 },
      '3': { maxUnresolvedPetitions: 0 },
    });
  });

  it('caps unresolved petitions per tier and allows no escalated one', () => {
    expect(
      runIndicatorCases(petitions, [
        {
          name: '2 unresolved pass tier 1',
          tier: 1,
          input: { escalatedPetitions: 0, unresolvedPetitions: 2 },
          passed: true,
          margin: 0,
        },
        {
          name: '3 unresolved fail tier 1',
          tier: 1,
          input: { escalatedPetitions: 0, unresolvedPetitions: 3 },
          passed: false,
          margin: -1 / 2,
        },
        {
          name: '1 unresolved passes tier 2',
          tier: 2,
          input: { escalatedPetitions: 0, unresolvedPetitions: 1 },
          passed: true,
          margin: 0,
        },
        {
          name: '2 unresolved fail tier 2',
          tier: 2,
          input: { escalatedPetitions: 0, unresolvedPetitions: 2 },
          passed: false,
          margin: -1,
        },
        {
          name: 'none unresolved passes tier 3',
          tier: 3,
          input: { escalatedPetitions: 0, unresolvedPetitions: 0 },
          passed: true,
          margin: 0,
        },
        {
          name: '1 unresolved fails tier 3',
          tier: 3,
          input: { escalatedPetitions: 0, unresolvedPetitions: 1 },
          passed: false,
          margin: -1,
        },
        {
          name: 'an escalated petition fails tier 1',
          tier: 1,
          input: { escalatedPetitions: 1, unresolvedPetitions: 0 },
          passed: false,
          margin: -1,
        },
        {
          name: 'three escalated petitions give margin −3',
          tier: 1,
          input: { escalatedPetitions: 3, unresolvedPetitions: 3 },
          passed: false,
          margin: -3,
        },
      ]),
    ).toEqual([]);
  });

  it('takes the smallest margin over its conditions', () => {
    // Unresolved (2 − 1) / 2 = 0.5, no escalated petition +1: the smallest is 0.5.
    expect(
      petitions.evaluate({ escalatedPetitions: 0, unresolvedPetitions: 1 }, petitions.defaults['1']),
    ).toMatchObject({ passed: true, margin: 0.5 });
    // Both fail: the reason names both.
    const result = petitions.evaluate(
      { escalatedPetitions: 1, unresolvedPetitions: 2 },
      petitions.defaults['3'],
    );
    expect(result).toMatchObject({ passed: false, margin: -2 });
    expect(result.reason['zh-CN']).toContain('越级上访 1，须为 0');
    expect(result.reason['zh-CN']).toContain('未化解信访 2 超过上限 0');
  });

  it('rejects negative and fractional counts', () => {
    expect(validateValues(petitions.inputs, { escalatedPetitions: -1, unresolvedPetitions: 0 }).ok).toBe(
      false,
    );
    expect(validateValues(petitions.inputs, { escalatedPetitions: 0, unresolvedPetitions: 0.5 }).ok).toBe(
      false,
    );
  });
});
