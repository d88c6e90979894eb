import { decodeKeys } from '../../indicators/formKeys';
import type { IndicatorDefinition } from '../../indicators/types';
import { normalizeFieldValues } from '../../indicators/values';
import { formExtras } from '../../resources/schemes/schemeForm';
import { TIERS } from '../../resources/schemes/tiers';

export interface SchemeTier {
  level: number;
  name: string;
  names: Record<string, string>;
  cadreReward: number;
  activityFund: number;
}

export interface SchemeForWhatIf {
  id: string;
  name: string;
  tiers: SchemeTier[];
  indicators: { key: string; params: Record<string, Record<string, unknown>> }[];
}

export interface TierCost {
  tier: number;
  villageCount: number;
  cadreCount: number;
  total: number;
}

export interface WhatIfVillage {
  villageId: string;
  villageName: string;
  tier: number;
  nextTierMargin: number | null;
  cadreCount: number;
  total: number;
}

export interface WhatIfResult {
  year: number;
  villageCount: number;
  cadreCount: number;
  total: number;
  skipped: number;
  byTier: TierCost[];
  villages: WhatIfVillage[];
}

const WHAT_IF_FIELDS = `year villageCount cadreCount total skipped
  byTier { tier villageCount cadreCount total }
  villages { villageId villageName tier nextTierMargin cadreCount total }`;

/** The scheme in force for the year, and what it yields as it stands (the figures to compare with). */
export const BASELINE_QUERY = `query WhatIfBaseline($year: Int!) {
  activeScheme(year: $year) {
    id name
    tiers { level name names cadreReward activityFund }
    indicators { key params }
  }
  whatIf(year: $year) { ${WHAT_IF_FIELDS} }
}`;

export interface BaselineData {
  activeScheme: SchemeForWhatIf | null;
  whatIf: WhatIfResult;
}

export const WHAT_IF_QUERY = `query WhatIf($year: Int!, $params: JSONObject, $tiers: JSON) {
  whatIf(year: $year, params: $params, tiers: $tiers) { ${WHAT_IF_FIELDS} }
}`;

/** The form: amounts per tier (in level order) and params per encoded indicator key and tier. */
export interface ScenarioForm {
  tiers: { cadreReward: number; activityFund: number }[];
  params: Record<string, Record<string, Record<string, unknown>>>;
}

/** The form's starting point: the scheme as it is. */
export function formFromScheme(scheme: SchemeForWhatIf, definitions: IndicatorDefinition[]): ScenarioForm {
  return {
    tiers: scheme.tiers.map((t) => ({ cadreReward: t.cadreReward, activityFund: t.activityFund })),
    params: formExtras(definitions, scheme).paramsForm,
  };
}

/** Tiers as whatIf takes them: the scheme's tiers (names included) with the form's amounts. */
export function scenarioTiers(scheme: SchemeForWhatIf, form: ScenarioForm) {
  return scheme.tiers.map((t, i) => ({
    level: t.level,
    name: t.names,
    cadreReward: Number(form.tiers[i]?.cadreReward ?? t.cadreReward),
    activityFund: Number(form.tiers[i]?.activityFund ?? t.activityFund),
  }));
}

/**
 * The params that differ from the scheme's, as whatIf takes them ({ key: { "2": { param: value } } }),
 * or undefined when none does — so an amounts-only question re-evaluates with the scheme's own params.
 */
export function changedParams(
  scheme: SchemeForWhatIf,
  definitions: Map<string, IndicatorDefinition>,
  form: ScenarioForm,
): Record<string, Record<string, Record<string, unknown>>> | undefined {
  const byKey = decodeKeys(form.params);
  const result: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const indicator of scheme.indicators) {
    const fields = definitions.get(indicator.key)?.params ?? [];
    const tiers = decodeKeys(byKey[indicator.key]);
    for (const tier of TIERS) {
      const values = normalizeFieldValues(fields, tiers[tier]);
      const changed = Object.fromEntries(
        // An optional param left empty is null in the form and absent in the scheme: the same thing.
        Object.entries(values).filter(([name, value]) => value !== (indicator.params[tier]?.[name] ?? null)),
      );
      if (Object.keys(changed).length > 0) {
        result[indicator.key] = { ...result[indicator.key], [tier]: changed };
      }
    }
  }
  return Object.keys(result).length > 0 ? result : undefined;
}
