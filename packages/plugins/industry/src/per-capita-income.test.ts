import { runIndicatorCases, validateValues } from '@fanben/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { perCapitaIncome } from './per-capita-income.js';

describe('industry.per-capita-income', () => {
  it('has the documented defaults per tier', () => {
    expect(perCapitaIncome.defaults).toEqual({
      '1': { minPerCapitaIncome: 7350, strict: true },
      '2': { minPerCapitaIncome: 7350, strict: true },
      '3': { minPerCapitaIncome: 10000, strict: false },
    });
  });

  it('needs more than 7,350 yuan at tiers 1 and 2 and at least 10,000 at tier 3', () => {
    expect(
      runIndicatorCases(perCapitaIncome, [
        {
          name: '7,350 fails tier 1',
          tier: 1,
          input: { perCapitaDisposableIncome: 7350 },
          passed: false,
          margin: 0,
        },
        {
          name: '7,351 passes tier 1',
          tier: 1,
          input: { perCapitaDisposableIncome: 7351 },
          passed: true,
          margin: 1 / 7350,
        },
        {
          name: '7,350 fails tier 2',
          tier: 2,
          input: { perCapitaDisposableIncome: 7350 },
          passed: false,
          margin: 0,
        },
        {
          name: '7,351 passes tier 2',
          tier: 2,
          input: { perCapitaDisposableIncome: 7351 },
          passed: true,
          margin: 1 / 7350,
        },
        {
          name: '8,085 passes tier 1 with margin 0.1',
          tier: 1,
          input: { perCapitaDisposableIncome: 8085 },
          passed: true,
          margin: (8085 - 7350) / 7350,
        },
        {
          name: '10,000 passes tier 3',
          tier: 3,
          input: { perCapitaDisposableIncome: 10000 },
          passed: true,
          margin: 0,
        },
        {
          name: '9,999 fails tier 3',
          tier: 3,
          input: { perCapitaDisposableIncome: 9999 },
          passed: false,
          margin: -1 / 10000,
        },
        {
          name: 'a county makes tier 3 strict',
          tier: { minPerCapitaIncome: 10000, strict: true },
          input: { perCapitaDisposableIncome: 10000 },
          passed: false,
          margin: 0,
        },
        {
          name: 'a county makes tier 1 inclusive',
          tier: { minPerCapitaIncome: 7350, strict: false },
          input: { perCapitaDisposableIncome: 7350 },
          passed: true,
          margin: 0,
        },
      ]),
    ).toEqual([]);
  });

  it('has margin 0.1 at 8,085 yuan for tier 1', () => {
    const result = perCapitaIncome.evaluate(
      { perCapitaDisposableIncome: 8085 },
      perCapitaIncome.defaults['1'],
    );
    expect(result.passed).toBe(true);
    expect(result.margin).toBeCloseTo(0.1, 12);
    expect(result.reason.en).toBe('Per-capita disposable income 8085 exceeds 7350');
  });

  it('requires strict in the params and whole, non-negative yuan in the input', () => {
    expect(validateValues(perCapitaIncome.params, { minPerCapitaIncome: 7350 }).ok).toBe(false);
    expect(validateValues(perCapitaIncome.inputs, { perCapitaDisposableIncome: -1 }).ok).toBe(false);
    expect(validateValues(perCapitaIncome.inputs, { perCapitaDisposableIncome: 7350.5 }).ok).toBe(false);
  });
});
