/**
 * Between a Scheme as the API returns it and the scheme form, and from the form to what
 * createScheme/updateScheme take. Pure functions, no React.
 *
 * The API returns `tiers: [{ level, name (translated), names: { "zh-CN", en }, cadreReward, activityFund }]`
 * and `indicators: [{ key, params: { "1": {…}, "2": {…}, "3": {…} }, formula, … }]`; it takes
 * `tiers: [{ level, name: { "zh-CN", en }, cadreReward, activityFund }]` and
 * `indicators: [{ key, params?, formula? }]` (params default to the plugin's, formula only for a
 * county's own low-code indicators).
 */
// The pure parts of the indicators module (no React), so these transforms are unit-tested in Node.
import { decodeKeys, encodeKey } from '../../indicators/formKeys';
import type { FieldValues, IndicatorDefinition } from '../../indicators/types';
import { normalizeFieldValues } from '../../indicators/values';
import { TIERS } from './tiers';

export interface SchemeTierRecord {
  level: number;
  names: Record<string, string>;
  cadreReward: number;
  activityFund: number;
}

export interface SchemeRules {
  requirePreviousTier: boolean;
  newReachRatio: number;
  townshipQuotaPerYear: number | null;
}

export interface SchemeIndicatorRecord {
  key: string;
  params: Record<string, FieldValues>;
  formula?: Record<string, unknown> | null;
}

export interface SchemeRecordLike {
  id?: string;
  version?: number;
  name?: string;
  effectiveFromYear?: number;
  active?: boolean;
  rules?: SchemeRules;
  tiers?: SchemeTierRecord[];
  indicators?: SchemeIndicatorRecord[];
}

/** Form-only fields: which indicators (in order) and every known indicator's params (keys encoded). */
export interface SchemeFormExtras {
  indicatorKeys: string[];
  paramsForm: Record<string, Record<string, FieldValues>>;
}

export type SchemeFormValues = SchemeRecordLike & SchemeFormExtras;

/** The formula plugin's name: its indicators exist only inside the scheme that defines them. */
export const FORMULA_PLUGIN = '@fanben/plugin-formula';

/**
 * The indicators the form can offer: this scheme's own (its formulas included) in its order, then
 * every plugin indicator it does not use. Another scheme's formula indicators are left out: their
 * definition lives in that scheme.
 */
export function offeredDefinitions(
  own: IndicatorDefinition[],
  plugins: IndicatorDefinition[],
): IndicatorDefinition[] {
  const ownKeys = new Set(own.map((d) => d.key));
  return [...own, ...plugins.filter((d) => d.pluginName !== FORMULA_PLUGIN && !ownKeys.has(d.key))];
}

/**
 * Params for every offered indicator and tier: the scheme's own where it has the indicator, the
 * plugin's defaults otherwise — so an indicator added in the form starts from sensible thresholds.
 */
export function formExtras(definitions: IndicatorDefinition[], record: SchemeRecordLike): SchemeFormExtras {
  const own = new Map((record.indicators ?? []).map((i) => [i.key, i.params]));
  return {
    indicatorKeys: (record.indicators ?? []).map((i) => i.key),
    paramsForm: Object.fromEntries(
      definitions.map((def) => [
        encodeKey(def.key),
        Object.fromEntries(
          TIERS.map((tier) => [
            encodeKey(tier),
            normalizeFieldValues(def.params, { ...def.defaults[tier], ...own.get(def.key)?.[tier] }),
          ]),
        ),
      ]),
    ),
  };
}

/** What createScheme/updateScheme take, from the form's values. */
export function toSchemeInput(
  form: SchemeFormValues,
  definitions: Map<string, IndicatorDefinition>,
  formulas: Map<string, Record<string, unknown>>,
) {
  const params = decodeKeys(form.paramsForm);
  return {
    name: form.name?.trim(),
    effectiveFromYear: Number(form.effectiveFromYear),
    active: form.active ?? true,
    rules: {
      requirePreviousTier: form.rules?.requirePreviousTier ?? true,
      newReachRatio: Number(form.rules?.newReachRatio),
      townshipQuotaPerYear:
        form.rules?.townshipQuotaPerYear === undefined || form.rules.townshipQuotaPerYear === null
          ? null
          : Number(form.rules.townshipQuotaPerYear),
    },
    tiers: (form.tiers ?? []).map((t) => ({
      level: t.level,
      name: { 'zh-CN': t.names['zh-CN']?.trim(), en: t.names.en?.trim() },
      cadreReward: Number(t.cadreReward),
      activityFund: Number(t.activityFund),
    })),
    indicators: form.indicatorKeys.map((key) => {
      const byTier = decodeKeys(params[key]);
      const fields = definitions.get(key)?.params ?? [];
      const formula = formulas.get(key);
      return {
        key,
        params: Object.fromEntries(TIERS.map((tier) => [tier, normalizeFieldValues(fields, byTier[tier])])),
        ...(formula ? { formula } : {}),
      };
    }),
  };
}

/**
 * A new scheme's starting point, for the year the administrator works on: a copy of the scheme in force
 * (its formulas too), or three tiers with no amounts when the county has none.
 */
export function newSchemeRecord(
  base: SchemeRecordLike | null,
  tierNames: SchemeTierRecord['names'][],
  effectiveFromYear: number,
): SchemeRecordLike {
  if (!base) {
    return {
      active: false,
      effectiveFromYear,
      rules: { requirePreviousTier: true, newReachRatio: 1 / 3, townshipQuotaPerYear: null },
      tiers: tierNames.map((names, i) => ({ level: i + 1, names, cadreReward: 0, activityFund: 0 })),
      indicators: [],
    };
  }
  return {
    // Not active until the administrator says so: two active schemes for the same year would compete.
    active: false,
    effectiveFromYear,
    rules: base.rules,
    tiers: base.tiers?.map(({ level, names, cadreReward, activityFund }) => ({
      level,
      names,
      cadreReward,
      activityFund,
    })),
    indicators: base.indicators?.map(({ key, params, formula }) => ({ key, params, formula })),
  };
}
