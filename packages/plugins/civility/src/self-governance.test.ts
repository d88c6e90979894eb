import { runIndicatorCases } from '@fanben/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { selfGovernance } from './self-governance.js';

const ok = { hasVillageRules: true, affairsPublished: true };

describe('civility.self-governance', () => {
  it('has the documented defaults per tier', () => {
    expect(selfGovernance.defaults).toEqual({
      '1': { minAssemblies: 2 },
      '2': { minAssemblies: 4 },
      '3': { minAssemblies: 6 },
    });
  });

  it('needs both booleans and enough assemblies', () => {
    expect(
      runIndicatorCases(selfGovernance, [
        { name: 'tier 1 edge', tier: 1, input: { ...ok, villagersAssemblies: 2 }, passed: true, margin: 0 },
        {
          name: 'tier 1 short',
          tier: 1,
          input: { ...ok, villagersAssemblies: 1 },
          passed: false,
          margin: -0.5,
        },
        { name: 'tier 2 edge', tier: 2, input: { ...ok, villagersAssemblies: 4 }, passed: true, margin: 0 },
        {
          name: 'tier 2 short',
          tier: 2,
          input: { ...ok, villagersAssemblies: 3 },
          passed: false,
          margin: -0.25,
        },
        { name: 'tier 3 edge', tier: 3, input: { ...ok, villagersAssemblies: 6 }, passed: true, margin: 0 },
        {
          name: 'tier 3 short',
          tier: 3,
          input: { ...ok, villagersAssemblies: 5 },
          passed: false,
          margin: -1 / 6,
        },
        {
          name: 'no village rules',
          tier: 1,
          input: { ...ok, hasVillageRules: false, villagersAssemblies: 12 },
          passed: false,
          margin: -1,
        },
        {
          name: 'affairs not published',
          tier: 1,
          input: { ...ok, affairsPublished: false, villagersAssemblies: 12 },
          passed: false,
          margin: -1,
        },
      ]),
    ).toEqual([]);
  });

  it('caps the margin at +1 from the booleans', () => {
    // Assemblies (12 − 2) / 2 = 5, each boolean +1: the smallest is 1.
    expect(
      selfGovernance.evaluate({ ...ok, villagersAssemblies: 12 }, selfGovernance.defaults['1']).margin,
    ).toBe(1);
    // Assemblies (3 − 2) / 2 = 0.5.
    expect(
      selfGovernance.evaluate({ ...ok, villagersAssemblies: 3 }, selfGovernance.defaults['1']).margin,
    ).toBe(0.5);
  });

  it('names the missing village rules in its reason', () => {
    const result = selfGovernance.evaluate(
      { hasVillageRules: false, affairsPublished: true, villagersAssemblies: 2 },
      selfGovernance.defaults['1'],
    );
    expect(result.reason['zh-CN']).toBe('村规民约：否（须为是）');
  });
});
