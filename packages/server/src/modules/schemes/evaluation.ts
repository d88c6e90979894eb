import {
  translate,
  validateValues,
  type AnyIndicator,
  type I18nText,
  type Locale,
  type TierLevel,
} from '@fanben/plugin-sdk';
import type { IndicatorRegistry } from '../../county/indicator-registry.js';
import { AppError } from '../../graphql/errors.js';
import type { SchemeIndicator } from './scheme-indicator.entity.js';
import { formulaIndicatorFor } from './formula.js';

/** A scheme's indicator joined with the code that evaluates it. */
export interface ResolvedIndicator {
  key: string;
  position: number;
  indicator: AnyIndicator;
  pluginName: string;
  pluginVersion: string;
  params: SchemeIndicator['params'];
}

/** What one evaluation used and gave: stored with every finding so a result replays exactly. */
export interface Evaluation {
  indicatorKey: string;
  pluginName: string;
  pluginVersion: string;
  indicatorVersion: number;
  tier: TierLevel;
  params: Record<string, unknown>;
  inputs: Record<string, unknown>;
  passed: boolean;
  margin: number;
  reason: I18nText;
}

/**
 * Joins the scheme's indicators with the loaded plugins. An indicator whose plugin is not loaded is a
 * loud error — never skipped, never a silent pass.
 */
export function resolveIndicators(registry: IndicatorRegistry, rows: SchemeIndicator[]): ResolvedIndicator[] {
  return [...rows]
    .sort((a, b) => a.position - b.position)
    .map((row) => {
      if (row.formula) {
        const indicator = formulaIndicatorFor(row);
        return {
          key: row.key,
          position: row.position,
          indicator,
          pluginName: row.pluginName,
          pluginVersion: String(indicator.version),
          params: row.params,
        };
      }
      const found = registry.find(row.key);
      if (!found) {
        throw new AppError(
          'INVALID_STATE',
          `The scheme uses indicator ${row.key} from ${row.pluginName}, but that plugin is not loaded. Load it in the county configuration or remove the indicator from the scheme.`,
          { indicatorKey: row.key },
        );
      }
      return {
        key: row.key,
        position: row.position,
        indicator: found.indicator,
        pluginName: found.pluginName,
        pluginVersion: found.pluginVersion,
        params: row.params,
      };
    });
}

/** Messages for clerks name the indicator and the field: "industry.collective-income.operatingIncome: …". */
function fieldError(
  key: string,
  field: string,
  message: I18nText,
  locale: Locale,
  argument: string,
): AppError {
  const where = field ? `${key}.${field}` : key;
  return new AppError('BAD_USER_INPUT', `${argument}.${where}: ${translate(message, locale)}`, {
    field: argument,
    indicatorKey: key,
    inputField: field || undefined,
  });
}

/** Validates one indicator's values and evaluates them at a tier with the scheme's params. */
export function evaluate(
  resolved: ResolvedIndicator,
  tier: TierLevel,
  values: unknown,
  opts: { locale: Locale; argument: string },
): Evaluation {
  const { indicator } = resolved;
  const checked = validateValues(indicator.inputs, values);
  if (!checked.ok) {
    const first = checked.errors[0];
    throw fieldError(resolved.key, first.field, first.message, opts.locale, opts.argument);
  }
  const params = resolved.params[String(tier) as '1' | '2' | '3'];
  const checkedParams = validateValues(indicator.params, params);
  if (!checkedParams.ok) {
    throw new AppError(
      'INVALID_STATE',
      `The scheme's params for ${resolved.key} at tier ${tier} are invalid: ${translate(checkedParams.errors[0].message, opts.locale)}. An administrator must correct the scheme.`,
    );
  }
  const result = indicator.evaluate(checked.values, checkedParams.values);
  return {
    indicatorKey: resolved.key,
    pluginName: resolved.pluginName,
    pluginVersion: resolved.pluginVersion,
    indicatorVersion: indicator.version,
    tier,
    params: checkedParams.values,
    inputs: checked.values,
    passed: result.passed,
    margin: result.margin,
    reason: result.reason,
  };
}

/** Evaluates declared values for every indicator: a missing indicator's values are an error naming it. */
export function evaluateAll(
  indicators: ResolvedIndicator[],
  tier: TierLevel,
  declared: Record<string, unknown>,
  opts: { locale: Locale; argument: string },
): Evaluation[] {
  const known = new Set(indicators.map((i) => i.key));
  const unknown = Object.keys(declared).find((k) => !known.has(k));
  if (unknown) {
    throw new AppError('BAD_USER_INPUT', `${opts.argument}.${unknown}: this scheme has no such indicator.`, {
      field: opts.argument,
      indicatorKey: unknown,
    });
  }
  return indicators.map((i) => {
    if (!(i.key in declared)) {
      throw new AppError(
        'BAD_USER_INPUT',
        `${opts.argument}.${i.key}: values for this indicator are missing.`,
        {
          field: opts.argument,
          indicatorKey: i.key,
        },
      );
    }
    return evaluate(i, tier, declared[i.key], opts);
  });
}

/** Readiness: the smallest margin over all indicators (design.md §4). */
export const readinessOf = (evaluations: Pick<Evaluation, 'margin'>[]) =>
  evaluations.reduce((min, e) => Math.min(min, e.margin), Number.POSITIVE_INFINITY);

/** Weakest first; ties keep the scheme's order. */
export function weakestFirst(evaluations: Evaluation[], indicators: ResolvedIndicator[]): string[] {
  const position = new Map(indicators.map((i) => [i.key, i.position]));
  return [...evaluations]
    .sort((a, b) => a.margin - b.margin || position.get(a.indicatorKey)! - position.get(b.indicatorKey)!)
    .map((e) => e.indicatorKey);
}
