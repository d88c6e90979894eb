import { runIndicatorCases, validateValues } from '@fanben/plugin-sdk';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { collectiveIncome, type CollectiveEconomyModel } from './collective-income.js';

describe('industry.collective-income', () => {
  it('has the documented defaults per tier', () => {
    expect(collectiveIncome.defaults).toEqual({
      '1': { minOperatingIncome: 30000 },
      '2': { minOperatingIncome: 30000 },
      '3': { minOperatingIncome: 100000 },
    });
  });

  it('needs 30,000 yuan of operating income at tiers 1 and 2 and 100,000 at tier 3', () => {
    expect(
      runIndicatorCases(collectiveIncome, [
        {
          name: '29,999 fails tier 1',
          tier: 1,
          input: { operatingIncome: 29999, accumulation: 0 },
          passed: false,
          margin: -1 / 30000,
        },
        {
          name: '30,000 passes tier 1',
          tier: 1,
          input: { operatingIncome: 30000, accumulation: 0 },
          passed: true,
          margin: 0,
        },
        {
          name: '33,000 passes tier 1 with margin 0.1',
          tier: 1,
          input: { operatingIncome: 33000, accumulation: 50000, model: 'ASSETS' },
          passed: true,
          margin: 0.1,
        },
        {
          name: '30,000 passes tier 2',
          tier: 2,
          input: { operatingIncome: 30000, accumulation: 0, model: 'LAND' },
          passed: true,
          margin: 0,
        },
        {
          name: '29,999 fails tier 2',
          tier: 2,
          input: { operatingIncome: 29999, accumulation: 0 },
          passed: false,
        },
        {
          name: '99,999 fails tier 3',
          tier: 3,
          input: { operatingIncome: 99999, accumulation: 1000000 },
          passed: false,
          margin: -1 / 100000,
        },
        {
          name: '100,000 passes tier 3',
          tier: 3,
          input: { operatingIncome: 100000, accumulation: 0, model: 'COOPERATIVE_SERVICE' },
          passed: true,
          margin: 0,
        },
        {
          name: '30,000 fails tier 3',
          tier: 3,
          input: { operatingIncome: 30000, accumulation: 0 },
          passed: false,
          margin: -0.7,
        },
      ]),
    ).toEqual([]);
  });

  it('ignores accumulation and model when deciding', () => {
    const params = collectiveIncome.defaults['1'];
    const base = collectiveIncome.evaluate({ operatingIncome: 33000, accumulation: 0 }, params);
    expect(base.margin).toBeCloseTo(0.1, 12);
    expect(
      collectiveIncome.evaluate({ operatingIncome: 33000, accumulation: 9999999, model: 'CAPITAL' }, params),
    ).toEqual(base);
    expect(base.reason['zh-CN']).toBe('集体经营性收入 33000 达到 30000');
  });

  it('offers the five models and makes only the model optional', () => {
    expect(collectiveIncome.inputs.model.options.map((o) => o.value)).toEqual([
      'LAND',
      'ASSETS',
      'RESOURCES',
      'CAPITAL',
      'COOPERATIVE_SERVICE',
    ]);
    expect(collectiveIncome.inputs.model.options.map((o) => o.label['zh-CN'])).toEqual([
      '经营土地型',
      '资产经营型',
      '资源开发型',
      '资本运作型',
      '合作服务型',
    ]);
    expectTypeOf(collectiveIncome.evaluate).parameter(0).toEqualTypeOf<{
      operatingIncome: number;
      accumulation: number;
      model?: CollectiveEconomyModel | undefined;
    }>();
    expect(validateValues(collectiveIncome.inputs, { operatingIncome: 1, accumulation: 0 }).ok).toBe(true);
    const noAccumulation = validateValues(collectiveIncome.inputs, { operatingIncome: 1 });
    expect(noAccumulation.ok ? [] : noAccumulation.errors.map((e) => e.field)).toEqual(['accumulation']);
    expect(
      validateValues(collectiveIncome.inputs, { operatingIncome: 1, accumulation: 0, model: 'OTHER' }).ok,
    ).toBe(false);
  });

  it('rejects negative and fractional amounts', () => {
    expect(validateValues(collectiveIncome.inputs, { operatingIncome: -1, accumulation: 0 }).ok).toBe(false);
    expect(validateValues(collectiveIncome.inputs, { operatingIncome: 30000.5, accumulation: 0 }).ok).toBe(
      false,
    );
    expect(validateValues(collectiveIncome.params, { minOperatingIncome: -1 }).ok).toBe(false);
  });
});
