// A small real indicator (industry.per-capita-income from the default scheme) shared by the tests.
import { atLeast, greaterThan } from '../conditions.js';
import { field } from '../fields.js';
import { i18n } from '../i18n.js';
import { defineIndicator } from '../indicator.js';

const income = i18n('人均可支配收入', 'Per-capita disposable income');

export const perCapitaIncome = defineIndicator({
  key: 'industry.per-capita-income',
  category: 'industry',
  version: 1,
  title: i18n('人均可支配收入', 'Per-capita disposable income'),
  inputs: {
    perCapitaDisposableIncome: field.money(income, { min: 0, unit: '元' }),
  },
  params: {
    minIncome: field.money(i18n('收入门槛', 'Income threshold'), { min: 0, unit: '元' }),
    // Tiers 1 and 2 require strictly more than the threshold, tier 3 at least it.
    strict: field.boolean(i18n('须严格超过门槛', 'Must strictly exceed the threshold'), { required: false }),
  },
  defaults: {
    '1': { minIncome: 7350, strict: true },
    '2': { minIncome: 7350, strict: true },
    '3': { minIncome: 10000 },
  },
  evaluate(input, params) {
    return params.strict
      ? greaterThan(income, input.perCapitaDisposableIncome, params.minIncome)
      : atLeast(income, input.perCapitaDisposableIncome, params.minIncome);
  },
});
