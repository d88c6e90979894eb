import { describe, expect, it } from 'vitest';
import { atLeast } from './conditions.js';
import { field } from './fields.js';
import { i18n } from './i18n.js';
import { defineIndicator } from './indicator.js';
import { perCapitaIncome } from './test-support/per-capita-income.js';
import { runIndicatorCases } from './testing.js';

describe('runIndicatorCases', () => {
  it('returns [] when every case matches (tiers and explicit params)', () => {
    expect(
      runIndicatorCases(perCapitaIncome, [
        {
          name: 'tier 1 at the edge fails',
          tier: 1,
          input: { perCapitaDisposableIncome: 7350 },
          passed: false,
          margin: 0,
        },
        {
          name: 'tier 1 one above passes',
          tier: 1,
          input: { perCapitaDisposableIncome: 7351 },
          passed: true,
          margin: 1 / 7350,
        },
        {
          name: 'tier 3 at the edge passes',
          tier: 3,
          input: { perCapitaDisposableIncome: 10000 },
          passed: true,
          margin: 0,
        },
        { name: 'tier 3 below fails', tier: 3, input: { perCapitaDisposableIncome: 9999 }, passed: false },
        {
          name: 'explicit params',
          tier: { minIncome: 5000 },
          input: { perCapitaDisposableIncome: 5000 },
          passed: true,
        },
      ]),
    ).toEqual([]);
  });

  it('reports a wrong expectation of passed and of margin', () => {
    const mismatches = runIndicatorCases(perCapitaIncome, [
      { name: 'wrong', tier: 2, input: { perCapitaDisposableIncome: 7350 }, passed: true, margin: 0.5 },
    ]);
    expect(mismatches).toEqual([
      {
        case: 'wrong',
        problem: 'passed',
        expected: true,
        actual: false,
        detail: 'Per-capita disposable income 7350 does not exceed 7350',
      },
      { case: 'wrong', problem: 'margin', expected: 0.5, actual: 0, detail: expect.any(String) },
    ]);
  });

  it('reports inputs and params the server would reject', () => {
    const mismatches = runIndicatorCases(perCapitaIncome, [
      { name: 'fractional yuan', tier: 1, input: { perCapitaDisposableIncome: 7351.5 }, passed: true },
      {
        name: 'negative threshold',
        tier: { minIncome: -1 },
        input: { perCapitaDisposableIncome: 1 },
        passed: true,
      },
    ]);
    expect(mismatches.map((m) => [m.case, m.problem])).toEqual([
      ['fractional yuan', 'invalid-input'],
      ['negative threshold', 'invalid-params'],
    ]);
  });

  it('reports an evaluate that throws or is not pure', () => {
    let calls = 0;
    const label = i18n('数量', 'Count');
    const flaky = defineIndicator({
      key: 'demo.flaky',
      category: 'demo',
      version: 1,
      title: label,
      inputs: { n: field.int(label) },
      params: {},
      defaults: { '1': {}, '2': {}, '3': {} },
      evaluate: (input) => {
        if (input.n < 0) throw new Error('boom');
        calls += 1;
        return atLeast(label, input.n + calls, 0);
      },
    });
    expect(
      runIndicatorCases(flaky, [
        { name: 'throws', tier: 1, input: { n: -1 }, passed: true },
        { name: 'impure', tier: 1, input: { n: 1 }, passed: true },
      ]).map((m) => [m.case, m.problem, m.detail]),
    ).toEqual([
      ['throws', 'threw', 'boom'],
      ['impure', 'impure', undefined],
    ]);
  });
});
