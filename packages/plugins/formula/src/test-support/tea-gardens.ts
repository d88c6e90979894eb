// A realistic county-defined indicator, written as the JSON the admin console would send.
import type { FormulaDefinition } from '../types.js';

export function teaGardens(): FormulaDefinition {
  return {
    key: 'custom.tea-gardens',
    category: 'custom',
    version: 1,
    title: { 'zh-CN': '茶园面积', en: 'Tea gardens' },
    description: { 'zh-CN': '特色茶产业的规模', en: 'Size of the specialty tea industry' },
    inputs: {
      teaArea: { type: 'number', label: { 'zh-CN': '茶园面积', en: 'Tea garden area' }, min: 0, unit: '亩' },
      households: {
        type: 'int',
        label: { 'zh-CN': '种植户数', en: 'Growing households' },
        min: 0,
        unit: '户',
      },
    },
    params: {
      minTeaArea: {
        type: 'number',
        label: { 'zh-CN': '茶园面积门槛', en: 'Minimum tea garden area' },
        min: 0,
        unit: '亩',
      },
    },
    defaults: {
      '1': { minTeaArea: 100 },
      '2': { minTeaArea: 200 },
      '3': { minTeaArea: 300 },
    },
    conditions: [
      {
        label: { 'zh-CN': '茶园面积达标', en: 'Tea garden area' },
        passes: 'input.teaArea >= params.minTeaArea',
        margin: '(input.teaArea - params.minTeaArea) / params.minTeaArea',
      },
      {
        label: { 'zh-CN': '种植户数不少于 10 户', en: 'At least 10 growing households' },
        passes: 'input.households >= 10',
      },
    ],
  };
}

/** The same definition with some conditions replaced: the usual shape of a rejection test. */
export function withConditions(conditions: FormulaDefinition['conditions']): FormulaDefinition {
  return { ...teaGardens(), conditions };
}

export function condition(passes: string, margin?: string): FormulaDefinition['conditions'][number] {
  return {
    label: { 'zh-CN': '条件', en: 'Condition' },
    passes,
    ...(margin === undefined ? {} : { margin }),
  };
}
