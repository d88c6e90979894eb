import { defaultParams, translate, validateValues, type Locale, type TierLevel } from '@fanben/plugin-sdk';
import { checkFormula } from '@fanben/plugin-formula';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConfigError } from '../../config.js';
import {
  rulesSchema,
  tierSchema,
  type CountyConfig,
  type SchemeRules,
  type TierConfig,
} from '../../county/county-config.js';
import type { IndicatorRegistry } from '../../county/indicator-registry.js';
import { AppError, badInput } from '../../graphql/errors.js';
import { SchemeIndicator, type TierParams } from './scheme-indicator.entity.js';
import { Scheme } from './scheme.entity.js';
import { FORMULA_PLUGIN } from './formula.js';

export interface IndicatorSpec {
  key: string;
  params?: Partial<Record<'1' | '2' | '3', Record<string, unknown>>>;
  formula?: Record<string, unknown>;
}

const TIERS: TierLevel[] = [1, 2, 3];

/**
 * Builds the rows for a scheme's indicators, in the given order, with full params per tier (the
 * plugin's defaults overlaid with the overrides) checked against the plugin's param definitions.
 * `fail` decides how a mistake is reported: a typed API error, or a start-up ConfigError.
 */
export function buildIndicatorRows(
  specs: IndicatorSpec[],
  registry: IndicatorRegistry,
  fail: (path: string, message: string) => Error,
  locale: Locale = 'en',
): Omit<SchemeIndicator, 'id' | 'scheme' | 'county' | 'createdAt' | 'updatedAt' | 'version' | 'countyId'>[] {
  const seen = new Set<string>();
  return specs.map((spec, position) => {
    const where = `indicators[${position}]`;
    if (seen.has(spec.key)) throw fail(where, `indicator ${spec.key} is listed twice`);
    seen.add(spec.key);
    if (spec.formula) {
      const checked = checkFormula(spec.formula);
      if (!checked.ok)
        throw fail(
          `${where}.formula`,
          checked.problems.map((p) => `${p.path}: ${translate(p.message, locale)}`).join('; '),
        );
      if (checked.definition.key !== spec.key)
        throw fail(`${where}.key`, `must equal the formula's key ${checked.definition.key}`);
      if (registry.has(spec.key)) throw fail(`${where}.key`, `${spec.key} is already defined by a plugin`);
      const params = mergeParams(
        spec,
        checked.definition.params,
        checked.definition.defaults,
        where,
        fail,
        locale,
      );
      return {
        key: spec.key,
        position,
        pluginName: FORMULA_PLUGIN,
        params,
        formula: checked.definition as unknown as Record<string, unknown>,
      };
    }
    const found = registry.find(spec.key);
    if (!found) throw fail(`${where}.key`, `no loaded plugin defines indicator ${spec.key}`);
    const defaults = Object.fromEntries(TIERS.map((t) => [String(t), defaultParams(found.indicator, t)]));
    const params = mergeParams(spec, found.indicator.params, defaults, where, fail, locale);
    return { key: spec.key, position, pluginName: found.pluginName, params, formula: null };
  });
}

function mergeParams(
  spec: IndicatorSpec,
  fields: Parameters<typeof validateValues>[0],
  defaults: Record<string, Record<string, unknown>>,
  where: string,
  fail: (path: string, message: string) => Error,
  locale: Locale,
): TierParams {
  const out = {} as TierParams;
  for (const tier of ['1', '2', '3'] as const) {
    const merged = { ...defaults[tier], ...(spec.params?.[tier] ?? {}) };
    const checked = validateValues(fields, merged);
    if (!checked.ok) {
      const e = checked.errors[0];
      throw fail(`${where}.params.${tier}.${e.field}`, translate(e.message, locale));
    }
    out[tier] = checked.values;
  }
  return out;
}

export function parseTiers(raw: unknown, fail: (path: string, message: string) => Error): TierConfig[] {
  const parsed = tierSchema.array().length(3).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw fail(`tiers${issue.path.length ? '.' + issue.path.join('.') : ''}`, issue.message);
  }
  if (parsed.data.map((t) => t.level).join(',') !== '1,2,3')
    throw fail('tiers', 'list levels 1, 2 and 3 in order');
  return parsed.data;
}

export function parseRules(raw: unknown, fail: (path: string, message: string) => Error): SchemeRules {
  const parsed = rulesSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw fail(`rules.${issue.path.join('.')}`, issue.message);
  }
  return parsed.data;
}

/** A typed API error for a bad scheme argument. */
export const schemeInputError = (path: string, message: string) => badInput(path, message);

/** On a county without a scheme: the configuration's scheme, with every plugin's defaults filled in. */
export async function ensureDefaultScheme(
  tx: EntityManager,
  countyId: string,
  config: CountyConfig,
  registry: IndicatorRegistry,
): Promise<void> {
  if ((await tx.count(Scheme, { county: countyId })) > 0) return;
  const fail = (path: string, message: string) =>
    new ConfigError(`Invalid county configuration ${config.file} at scheme.${path}: ${message}`);
  const scheme = tx.create(Scheme, {
    county: countyId,
    name: config.scheme.name,
    effectiveFromYear: config.scheme.effectiveFromYear,
    tiers: config.scheme.tiers,
    rules: config.scheme.rules,
  });
  for (const row of buildIndicatorRows(config.scheme.indicators, registry, fail)) {
    tx.create(SchemeIndicator, { ...row, county: countyId, scheme });
  }
}

/** The scheme whose rules and amounts apply to a year: the active one that took effect last, not after it. */
export async function schemeInForce(em: EntityManager, countyId: string, year: number): Promise<Scheme> {
  const scheme = await em.findOne(
    Scheme,
    { county: countyId, active: true, effectiveFromYear: { $lte: year } },
    { orderBy: { effectiveFromYear: 'desc', createdAt: 'desc' }, populate: ['indicators'] },
  );
  if (!scheme) throw noSchemeInForce(year);
  return scheme;
}

export const noSchemeInForce = (year: number) =>
  new AppError(
    'INVALID_STATE',
    `No active scheme is in force for ${year}. An administrator must set one up first.`,
  );

/**
 * The schemes in force for each year of [fromYear, toYear] (see schemeInForce), in one statement and
 * without their indicators: enough for the amounts and rules. A year before any scheme is absent.
 */
export async function schemesInForce(
  em: EntityManager,
  countyId: string,
  fromYear: number,
  toYear: number,
): Promise<Map<number, Scheme>> {
  const schemes = await em.find(
    Scheme,
    { county: countyId, active: true, effectiveFromYear: { $lte: toYear } },
    { orderBy: { effectiveFromYear: 'desc', createdAt: 'desc' } },
  );
  const byYear = new Map<number, Scheme>();
  for (let year = fromYear; year <= toYear; year++) {
    const scheme = schemes.find((s) => s.effectiveFromYear <= year);
    if (scheme) byYear.set(year, scheme);
  }
  return byYear;
}

export function tierOf(scheme: Scheme, level: number): TierConfig {
  const tier = scheme.tiers.find((t) => t.level === level);
  if (!tier) throw badInput('targetTier', `must be 1 (规范), 2 (示范) or 3 (典范)`);
  return tier;
}
