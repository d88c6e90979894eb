import { describe, expect, it } from 'vitest';
import { encodeKey } from '../../indicators/formKeys';
import type { FieldDescription, IndicatorDefinition } from '../../indicators/types';
import { changedParams, formFromScheme, scenarioTiers, type SchemeForWhatIf } from './api';
import { compareByTier, compareVillages } from './compare';
import type { WhatIfResult } from './api';

const param = (name: string, required = true): FieldDescription => ({
  name,
  type: 'int',
  label: name,
  help: null,
  required,
  min: 0,
  max: null,
  maxLength: null,
  unit: null,
  options: [],
});

const definition: IndicatorDefinition = {
  key: 'civility.cultural-life',
  category: 'civility',
  version: 1,
  title: '文化生活',
  description: null,
  pluginName: '@fanben/plugin-civility',
  inputs: [],
  params: [param('minActivities'), param('minLectures', false)],
  defaults: { '1': { minActivities: 4 }, '2': { minActivities: 8 }, '3': { minActivities: 12 } },
};

const scheme: SchemeForWhatIf = {
  id: 's1',
  name: '方案',
  tiers: [1, 2, 3].map((level) => ({
    level,
    name: `T${level}`,
    names: { 'zh-CN': `等次${level}`, en: `Tier ${level}` },
    cadreReward: level * 10_000,
    activityFund: level * 10_000,
  })),
  // minLectures is optional and absent from the stored params.
  indicators: [
    {
      key: definition.key,
      params: { '1': { minActivities: 4 }, '2': { minActivities: 8 }, '3': { minActivities: 12 } },
    },
  ],
};
const definitions = new Map([[definition.key, definition]]);

describe('a what-if question', () => {
  it('asks with no params when none changed, and with the scheme’s tier names and the typed amounts', () => {
    const form = formFromScheme(scheme, [definition]);
    expect(changedParams(scheme, definitions, form)).toBeUndefined();
    form.tiers[1].cadreReward = 25_000;
    expect(scenarioTiers(scheme, form)[1]).toEqual({
      level: 2,
      name: { 'zh-CN': '等次2', en: 'Tier 2' },
      cadreReward: 25_000,
      activityFund: 20_000,
    });
  });

  it('sends only the params that differ, by indicator key and tier', () => {
    const form = formFromScheme(scheme, [definition]);
    form.params[encodeKey(definition.key)][encodeKey('2')].minActivities = 6;
    expect(changedParams(scheme, definitions, form)).toEqual({
      [definition.key]: { '2': { minActivities: 6 } },
    });
  });
});

const result = (villages: { id: string; tier: number; cadres: number; total: number }[]): WhatIfResult => ({
  year: 2017,
  villageCount: villages.length,
  cadreCount: villages.reduce((n, v) => n + v.cadres, 0),
  total: villages.reduce((n, v) => n + v.total, 0),
  skipped: 0,
  byTier: [1, 2, 3].map((tier) => {
    const at = villages.filter((v) => v.tier === tier);
    return {
      tier,
      villageCount: at.length,
      cadreCount: at.reduce((n, v) => n + v.cadres, 0),
      total: at.reduce((n, v) => n + v.total, 0),
    };
  }),
  villages: villages.map((v) => ({
    villageId: v.id,
    villageName: v.id,
    tier: v.tier,
    nextTierMargin: null,
    cadreCount: v.cadres,
    total: v.total,
  })),
});

describe('comparing with the scheme as it is', () => {
  const current = result([
    { id: 'a', tier: 2, cadres: 5, total: 120_000 },
    { id: 'b', tier: 1, cadres: 6, total: 70_000 },
  ]);
  const scenario = result([{ id: 'a', tier: 1, cadres: 5, total: 60_000 }]);

  it('puts each tier’s and the total’s figures side by side', () => {
    const rows = compareByTier(current, scenario);
    expect(rows.map((r) => r.tier)).toEqual([1, 2, 3, 'sum']);
    expect(rows[0]).toMatchObject({
      current: { villageCount: 1, total: 70_000 },
      scenario: { villageCount: 1, total: 60_000 },
    });
    expect(rows[3]).toMatchObject({ current: { total: 190_000 }, scenario: { total: 60_000 } });
  });

  it('lists the villages of either, those dropping out last with nothing owed', () => {
    expect(
      compareVillages(current, scenario).map((v) => [v.villageId, v.currentTier, v.tier, v.total]),
    ).toEqual([
      ['a', 2, 1, 60_000],
      ['b', 1, 0, 0],
    ]);
  });
});
