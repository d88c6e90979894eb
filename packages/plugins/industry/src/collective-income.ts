import { atLeast, defineIndicator, field, i18n } from '@fanben/plugin-sdk';

const operatingIncome = i18n('集体经营性收入', 'Collective operating income');

/** The five models of the village collective economy the standard names. */
export const COLLECTIVE_ECONOMY_MODELS = [
  { value: 'LAND', label: i18n('经营土地型', 'Land operation') },
  { value: 'ASSETS', label: i18n('资产经营型', 'Asset operation') },
  { value: 'RESOURCES', label: i18n('资源开发型', 'Resource development') },
  { value: 'CAPITAL', label: i18n('资本运作型', 'Capital operation') },
  { value: 'COOPERATIVE_SERVICE', label: i18n('合作服务型', 'Cooperative service') },
] as const;

export type CollectiveEconomyModel = (typeof COLLECTIVE_ECONOMY_MODELS)[number]['value'];

export const collectiveIncome = defineIndicator({
  key: 'industry.collective-income',
  category: 'industry',
  version: 1,
  title: i18n('村级集体经济', 'Village collective economy'),
  description: i18n(
    '发展壮大村级集体经济：集体年经营性收入达到本梯次的要求；集体积累和经济模式仅作记录。',
    'Growing the village collective economy: the yearly operating income must reach the tier’s minimum; accumulation and model are recorded only.',
  ),
  inputs: {
    operatingIncome: field.money(operatingIncome, {
      help: i18n(
        '村集体本年度的经营性收入（元）。',
        'The village collective’s operating income this year, in yuan.',
      ),
      min: 0,
      unit: '元',
    }),
    accumulation: field.money(i18n('集体积累', 'Collective accumulation'), {
      help: i18n(
        '村集体经济积累总额（元），仅作记录，不影响是否达标。',
        'Total accumulated collective funds, in yuan; recorded only, it does not decide the result.',
      ),
      min: 0,
      unit: '元',
    }),
    model: field.enum(i18n('经济模式', 'Collective economy model'), COLLECTIVE_ECONOMY_MODELS, {
      help: i18n(
        '村集体经济的主要发展模式（可不填），仅作记录。',
        'The main model of the collective economy (optional); recorded only.',
      ),
      required: false,
    }),
  },
  params: {
    minOperatingIncome: field.money(i18n('集体经营性收入下限', 'Minimum collective operating income'), {
      help: i18n(
        '集体年经营性收入须达到的最低金额（元）。',
        'The lowest yearly collective operating income that passes, in yuan.',
      ),
      min: 0,
      unit: '元',
    }),
  },
  defaults: {
    '1': { minOperatingIncome: 30000 },
    '2': { minOperatingIncome: 30000 },
    '3': { minOperatingIncome: 100000 },
  },
  evaluate(input, params) {
    // accumulation and model are informational: they classify the village but decide nothing.
    return atLeast(operatingIncome, input.operatingIncome, params.minOperatingIncome);
  },
});
