import { atLeast, defineIndicator, field, greaterThan, i18n } from '@fanben/plugin-sdk';

const income = i18n('人均可支配收入', 'Per-capita disposable income');

export const perCapitaIncome = defineIndicator({
  key: 'industry.per-capita-income',
  category: 'industry',
  version: 1,
  title: i18n('人均可支配收入', 'Per-capita disposable income'),
  description: i18n(
    '村（居）民人均可支配收入须超过（或达到）本梯次的门槛。',
    'Villagers’ per-capita disposable income must exceed (or reach) the tier’s threshold.',
  ),
  inputs: {
    perCapitaDisposableIncome: field.money(income, {
      help: i18n(
        '本村居民人均可支配收入（元/年）。',
        'Per-capita disposable income of the villagers, in yuan a year.',
      ),
      min: 0,
      unit: '元',
    }),
  },
  params: {
    minPerCapitaIncome: field.money(i18n('人均可支配收入门槛', 'Per-capita income threshold'), {
      help: i18n(
        '人均可支配收入的门槛金额（元/年）。',
        'The per-capita disposable income threshold, in yuan a year.',
      ),
      min: 0,
      unit: '元',
    }),
    strict: field.boolean(i18n('须严格超过门槛', 'Must strictly exceed the threshold'), {
      help: i18n(
        '是：收入须大于门槛（“超过”）；否：收入达到门槛即可（“不低于”）。',
        'Yes: income must be greater than the threshold ("exceeds"); no: reaching it is enough ("at least").',
      ),
    }),
  },
  defaults: {
    '1': { minPerCapitaIncome: 7350, strict: true },
    '2': { minPerCapitaIncome: 7350, strict: true },
    '3': { minPerCapitaIncome: 10000, strict: false },
  },
  evaluate(input, params) {
    return params.strict
      ? greaterThan(income, input.perCapitaDisposableIncome, params.minPerCapitaIncome)
      : atLeast(income, input.perCapitaDisposableIncome, params.minPerCapitaIncome);
  },
});
