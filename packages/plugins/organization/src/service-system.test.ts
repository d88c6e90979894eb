import { runIndicatorCases, validateValues } from '@fanben/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { serviceSystem } from './service-system.js';

describe('organization.service-system', () => {
  it('has the documented defaults per tier', () => {
    expect(serviceSystem.defaults).toEqual({
      '1': { minServiceOrganizations: 2, minServiceItems: 5 },
      '2': { minServiceOrganizations: 3, minServiceItems: 10 },
      '3': { minServiceOrganizations: 5, minServiceItems: 15 },
    });
  });

  it('passes at the edges of each tier and fails one below', () => {
    expect(
      runIndicatorCases(serviceSystem, [
        {
          name: 'tier 1 at both edges',
          tier: 1,
          input: { partyCore: true, serviceOrganizations: 2, serviceItems: 5 },
          passed: true,
          margin: 0,
        },
        {
          name: 'tier 1 one organization short',
          tier: 1,
          input: { partyCore: true, serviceOrganizations: 1, serviceItems: 5 },
          passed: false,
          margin: -1 / 2,
        },
        {
          name: 'tier 1 one item short',
          tier: 1,
          input: { partyCore: true, serviceOrganizations: 2, serviceItems: 4 },
          passed: false,
          margin: -1 / 5,
        },
        {
          name: 'tier 2 at both edges',
          tier: 2,
          input: { partyCore: true, serviceOrganizations: 3, serviceItems: 10 },
          passed: true,
          margin: 0,
        },
        {
          name: 'tier 3 at both edges',
          tier: 3,
          input: { partyCore: true, serviceOrganizations: 5, serviceItems: 15 },
          passed: true,
          margin: 0,
        },
        {
          name: 'tier 3 one item short',
          tier: 3,
          input: { partyCore: true, serviceOrganizations: 5, serviceItems: 14 },
          passed: false,
          margin: -1 / 15,
        },
      ]),
    ).toEqual([]);
  });

  it('takes the smallest margin over its conditions', () => {
    // Organizations (4 − 2) / 2 = 1, items (6 − 5) / 5 = 0.2, party core +1: the smallest is 0.2.
    const result = serviceSystem.evaluate(
      { partyCore: true, serviceOrganizations: 4, serviceItems: 6 },
      serviceSystem.defaults['1'],
    );
    expect(result.passed).toBe(true);
    expect(result.margin).toBeCloseTo(0.2, 12);
  });

  it('fails without the Party core, whatever the counts, with margin −1', () => {
    const result = serviceSystem.evaluate(
      { partyCore: false, serviceOrganizations: 20, serviceItems: 40 },
      serviceSystem.defaults['1'],
    );
    expect(result).toMatchObject({ passed: false, margin: -1 });
    expect(result.reason['zh-CN']).toContain('党组织领导核心作用');
  });

  it('rejects negative counts', () => {
    const result = validateValues(serviceSystem.inputs, {
      partyCore: true,
      serviceOrganizations: -1,
      serviceItems: 5,
    });
    expect(result.ok).toBe(false);
  });
});
