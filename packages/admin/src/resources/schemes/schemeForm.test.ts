import { describe, expect, it } from 'vitest';
import { encodeKey } from '../../indicators/formKeys';
import type { FieldDescription, IndicatorDefinition } from '../../indicators/types';
import {
  formExtras,
  newSchemeRecord,
  offeredDefinitions,
  toSchemeInput,
  type SchemeRecordLike,
} from './schemeForm';

const field = (name: string, extra: Partial<FieldDescription> = {}): FieldDescription => ({
  name,
  type: 'money',
  label: name,
  help: null,
  required: true,
  min: 0,
  max: null,
  maxLength: null,
  unit: '元',
  options: [],
  ...extra,
});

const definition = (
  key: string,
  params: FieldDescription[],
  pluginName = '@fanben/plugin-industry',
): IndicatorDefinition => ({
  key,
  category: key.split('.')[0],
  version: 1,
  title: key,
  description: null,
  pluginName,
  inputs: [],
  params,
  defaults: Object.fromEntries(
    ['1', '2', '3'].map((tier) => [
      tier,
      Object.fromEntries(params.map((p) => [p.name, Number(tier) * 100])),
    ]),
  ),
});

const income = definition('industry.collective-income', [field('minOperatingIncome')]);
const tea = definition(
  'custom.tea-gardens',
  [field('minTeaArea', { type: 'number', unit: '亩' })],
  '@fanben/plugin-formula',
);
const petitions = definition('civility.petitions', [field('maxPetitions', { type: 'int', required: false })]);

const record: SchemeRecordLike = {
  id: 's1',
  version: 4,
  name: ' 七星关区方案 ',
  effectiveFromYear: 2015,
  active: true,
  rules: { requirePreviousTier: true, newReachRatio: 1 / 3, townshipQuotaPerYear: null },
  tiers: [1, 2, 3].map((level) => ({
    level,
    names: { 'zh-CN': `等次${level}`, en: `Tier ${level}` },
    cadreReward: level * 10_000,
    activityFund: level * 10_000,
  })),
  indicators: [
    {
      key: 'custom.tea-gardens',
      params: { '1': { minTeaArea: 5 }, '2': { minTeaArea: 6 }, '3': { minTeaArea: 7 } },
      formula: { key: 'custom.tea-gardens' },
    },
    {
      key: 'industry.collective-income',
      params: {
        '1': { minOperatingIncome: 30_000 },
        '2': { minOperatingIncome: 40_000 },
        '3': { minOperatingIncome: 100_000 },
      },
    },
  ],
};

describe('the scheme form', () => {
  it('offers the scheme’s own indicators first, then plugin indicators, never another scheme’s formulas', () => {
    const otherFormula = definition('custom.other', [], '@fanben/plugin-formula');
    const offered = offeredDefinitions([tea, income], [income, petitions, otherFormula]);
    expect(offered.map((d) => d.key)).toEqual([
      'custom.tea-gardens',
      'industry.collective-income',
      'civility.petitions',
    ]);
  });

  it('holds every offered indicator’s params under encoded keys: the scheme’s own, else the plugin’s defaults', () => {
    const extras = formExtras([tea, income, petitions], record);
    expect(extras.indicatorKeys).toEqual(['custom.tea-gardens', 'industry.collective-income']);
    expect(extras.paramsForm[encodeKey('industry.collective-income')][encodeKey('2')]).toEqual({
      minOperatingIncome: 40_000,
    });
    // Not in the scheme: the plugin's defaults, so adding it starts from sensible thresholds.
    expect(extras.paramsForm[encodeKey('civility.petitions')][encodeKey('3')]).toEqual({ maxPetitions: 300 });
    // Dots in keys and numeric tiers never reach react-hook-form raw.
    expect(Object.keys(extras.paramsForm).every((k) => !k.includes('.'))).toBe(true);
  });

  it('sends tiers with their names, rules, and the chosen indicators with params per tier and their formulas', () => {
    const extras = formExtras([tea, income, petitions], record);
    extras.paramsForm[encodeKey('industry.collective-income')][encodeKey('2')].minOperatingIncome = 45_000;
    extras.paramsForm[encodeKey('civility.petitions')][encodeKey('1')].maxPetitions = undefined;
    const input = toSchemeInput(
      {
        ...record,
        ...extras,
        indicatorKeys: ['industry.collective-income', 'civility.petitions', 'custom.tea-gardens'],
      },
      new Map([tea, income, petitions].map((d) => [d.key, d])),
      new Map([['custom.tea-gardens', { key: 'custom.tea-gardens' }]]),
    );
    expect(input.name).toBe('七星关区方案');
    expect(input.tiers[1]).toEqual({
      level: 2,
      name: { 'zh-CN': '等次2', en: 'Tier 2' },
      cadreReward: 20_000,
      activityFund: 20_000,
    });
    expect(input.rules).toEqual({
      requirePreviousTier: true,
      newReachRatio: 1 / 3,
      townshipQuotaPerYear: null,
    });
    expect(input.indicators).toEqual([
      {
        key: 'industry.collective-income',
        params: {
          '1': { minOperatingIncome: 30_000 },
          '2': { minOperatingIncome: 45_000 },
          '3': { minOperatingIncome: 100_000 },
        },
      },
      // An emptied optional param is "not given": null, which the server accepts.
      {
        key: 'civility.petitions',
        params: { '1': { maxPetitions: null }, '2': { maxPetitions: 200 }, '3': { maxPetitions: 300 } },
      },
      {
        key: 'custom.tea-gardens',
        params: { '1': { minTeaArea: 5 }, '2': { minTeaArea: 6 }, '3': { minTeaArea: 7 } },
        formula: { key: 'custom.tea-gardens' },
      },
    ]);
  });

  it('starts a new scheme inactive, for the working year, as a copy of the one in force', () => {
    const copy = newSchemeRecord(record, [], 2018);
    expect(copy).toMatchObject({ active: false, effectiveFromYear: 2018, rules: record.rules });
    expect(copy.tiers).toEqual(record.tiers);
    expect(copy.indicators?.map((i) => i.key)).toEqual(['custom.tea-gardens', 'industry.collective-income']);
    expect(copy.indicators?.[0].formula).toEqual({ key: 'custom.tea-gardens' });
    const blank = newSchemeRecord(null, [{ 'zh-CN': '规范', en: 'Standard' }], 2018);
    expect(blank.tiers).toEqual([
      { level: 1, names: { 'zh-CN': '规范', en: 'Standard' }, cadreReward: 0, activityFund: 0 },
    ]);
  });
});
