import { runIndicatorCases, validateValues } from '@fanben/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { publicSecurity } from './public-security.js';

describe('civility.public-security', () => {
  it('has the documented defaults per tier', () => {
    expect(publicSecurity.defaults).toEqual({
      '1': { maxCriminalCases: 3 },
      '2': { maxCriminalCases: 2 },
      '3': { maxCriminalCases: 0 },
    });
  });

  it('caps criminal cases per tier and allows no major incident', () => {
    expect(
      runIndicatorCases(publicSecurity, [
        {
          name: '3 cases pass tier 1',
          tier: 1,
          input: { majorIncidents: 0, criminalCases: 3 },
          passed: true,
          margin: 0,
        },
        {
          name: '4 cases fail tier 1',
          tier: 1,
          input: { majorIncidents: 0, criminalCases: 4 },
          passed: false,
          margin: -1 / 3,
        },
        {
          name: '3 cases fail tier 2',
          tier: 2,
          input: { majorIncidents: 0, criminalCases: 3 },
          passed: false,
          margin: -1 / 2,
        },
        {
          name: '2 cases pass tier 2',
          tier: 2,
          input: { majorIncidents: 0, criminalCases: 2 },
          passed: true,
          margin: 0,
        },
        {
          name: 'no case passes tier 3',
          tier: 3,
          input: { majorIncidents: 0, criminalCases: 0 },
          passed: true,
          margin: 0,
        },
        {
          name: '1 case fails tier 3',
          tier: 3,
          input: { majorIncidents: 0, criminalCases: 1 },
          passed: false,
          margin: -1,
        },
        {
          name: 'a major incident fails tier 1 with margin −1',
          tier: 1,
          input: { majorIncidents: 1, criminalCases: 0 },
          passed: false,
          margin: -1,
        },
        {
          name: 'two major incidents give margin −2',
          tier: 1,
          input: { majorIncidents: 2, criminalCases: 0 },
          passed: false,
          margin: -2,
        },
      ]),
    ).toEqual([]);
  });

  it('counts a met "= 0" as +1 towards the smallest margin', () => {
    // Criminal cases (3 − 0) / 3 = 1 and no major incident +1: the smallest is 1.
    expect(
      publicSecurity.evaluate({ majorIncidents: 0, criminalCases: 0 }, publicSecurity.defaults['1']),
    ).toMatchObject({ passed: true, margin: 1 });
    // Criminal cases (3 − 1) / 3 = 2/3 is below the +1 of no major incident.
    const result = publicSecurity.evaluate(
      { majorIncidents: 0, criminalCases: 1 },
      publicSecurity.defaults['1'],
    );
    expect(result.margin).toBeCloseTo(2 / 3, 12);
    expect(result.reason['zh-CN']).toContain('刑事案件 1 未超过上限 3');
  });

  it('explains a major incident in its reason', () => {
    const result = publicSecurity.evaluate(
      { majorIncidents: 1, criminalCases: 0 },
      publicSecurity.defaults['1'],
    );
    expect(result.reason['zh-CN']).toBe('重大案事件 1，须为 0');
    expect(result.reason.en).toBe('Major incidents is 1, must be 0');
  });

  it('rejects negative counts', () => {
    expect(validateValues(publicSecurity.inputs, { majorIncidents: -1, criminalCases: 0 }).ok).toBe(false);
    expect(validateValues(publicSecurity.inputs, { majorIncidents: 0, criminalCases: -1 }).ok).toBe(false);
  });
});
