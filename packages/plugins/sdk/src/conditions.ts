import type { I18nText } from './i18n.js';
import type { EvaluationResult } from './indicator.js';

export type ConditionOperator = '>=' | '>' | '<=' | 'true' | '=0';

/**
 * One checked limit. It is an {@link EvaluationResult} itself, so a one-condition indicator can
 * return it directly; `allOf` combines several.
 */
export interface Condition extends EvaluationResult {
  label: I18nText;
  operator: ConditionOperator;
  value: number | boolean;
  /** null for the boolean check. */
  threshold: number | null;
}

// Twelve significant digits hide float noise (30 - 29.7 = 0.3000000000000007) in reasons.
function fmt(n: number): string {
  return String(Number(n.toPrecision(12)));
}

// A NaN margin would break every sort downstream: a plugin bug must be loud, not a silent order.
function assertFinite(label: I18nText, name: string, n: number): void {
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    throw new TypeError(
      `Condition "${label.en}": ${name} must be a finite number, got ${typeof n} ${String(n)}`,
    );
  }
}

function scale(threshold: number): number {
  return Math.max(Math.abs(threshold), 1);
}

/** value ≥ threshold; margin (value − threshold) / max(|threshold|, 1). */
export function atLeast(label: I18nText, value: number, threshold: number): Condition {
  assertFinite(label, 'value', value);
  assertFinite(label, 'threshold', threshold);
  const passed = value >= threshold;
  const reason = passed
    ? {
        'zh-CN': `${label['zh-CN']} ${fmt(value)} 达到 ${fmt(threshold)}`,
        en: `${label.en} ${fmt(value)} reaches ${fmt(threshold)}`,
      }
    : {
        'zh-CN': `${label['zh-CN']} ${fmt(value)} 未达到 ${fmt(threshold)}（差 ${fmt(threshold - value)}）`,
        en: `${label.en} ${fmt(value)} is below ${fmt(threshold)} (short by ${fmt(threshold - value)})`,
      };
  return {
    label,
    operator: '>=',
    value,
    threshold,
    passed,
    margin: (value - threshold) / scale(threshold),
    reason,
  };
}

/**
 * value > threshold. The condition passes iff value > threshold; the margin is still the plain
 * normalized distance (value − threshold) / max(|threshold|, 1), so here margin 0 (the edge) fails.
 */
export function greaterThan(label: I18nText, value: number, threshold: number): Condition {
  assertFinite(label, 'value', value);
  assertFinite(label, 'threshold', threshold);
  const passed = value > threshold;
  const reason = passed
    ? {
        'zh-CN': `${label['zh-CN']} ${fmt(value)} 超过 ${fmt(threshold)}`,
        en: `${label.en} ${fmt(value)} exceeds ${fmt(threshold)}`,
      }
    : {
        'zh-CN': `${label['zh-CN']} ${fmt(value)} 未超过 ${fmt(threshold)}`,
        en: `${label.en} ${fmt(value)} does not exceed ${fmt(threshold)}`,
      };
  return {
    label,
    operator: '>',
    value,
    threshold,
    passed,
    margin: (value - threshold) / scale(threshold),
    reason,
  };
}

/** value ≤ threshold; margin (threshold − value) / max(|threshold|, 1). */
export function atMost(label: I18nText, value: number, threshold: number): Condition {
  assertFinite(label, 'value', value);
  assertFinite(label, 'threshold', threshold);
  const passed = value <= threshold;
  const reason = passed
    ? {
        'zh-CN': `${label['zh-CN']} ${fmt(value)} 未超过上限 ${fmt(threshold)}`,
        en: `${label.en} ${fmt(value)} is within the limit of ${fmt(threshold)}`,
      }
    : {
        'zh-CN': `${label['zh-CN']} ${fmt(value)} 超过上限 ${fmt(threshold)}（多 ${fmt(value - threshold)}）`,
        en: `${label.en} ${fmt(value)} exceeds the limit of ${fmt(threshold)} (over by ${fmt(value - threshold)})`,
      };
  return {
    label,
    operator: '<=',
    value,
    threshold,
    passed,
    margin: (threshold - value) / scale(threshold),
    reason,
  };
}

/** A boolean that must be true; margin +1 / −1. */
export function mustBeTrue(label: I18nText, value: boolean): Condition {
  if (typeof value !== 'boolean') {
    throw new TypeError(`Condition "${label.en}": value must be a boolean, got ${String(value)}`);
  }
  const reason = value
    ? { 'zh-CN': `${label['zh-CN']}：是`, en: `${label.en}: yes` }
    : { 'zh-CN': `${label['zh-CN']}：否（须为是）`, en: `${label.en}: no (must be yes)` };
  return { label, operator: 'true', value, threshold: null, passed: value, margin: value ? 1 : -1, reason };
}

/**
 * A count that must be 0; margin +1 when met, −value otherwise. A negative value is a plugin
 * bug rather than a pass, so the margin uses |value| and stays negative.
 */
export function mustBeZero(label: I18nText, value: number): Condition {
  assertFinite(label, 'value', value);
  const passed = value === 0;
  const reason = passed
    ? { 'zh-CN': `${label['zh-CN']} 为 0`, en: `${label.en} is 0` }
    : { 'zh-CN': `${label['zh-CN']} ${fmt(value)}，须为 0`, en: `${label.en} is ${fmt(value)}, must be 0` };
  return {
    label,
    operator: '=0',
    value,
    threshold: 0,
    passed,
    margin: passed ? 1 : -Math.abs(value),
    reason,
  };
}

/**
 * Passes iff every condition passes; the margin is the smallest. The reason names every failing
 * condition, or, when all pass, the tightest one (the first of equal margins).
 */
export function allOf(...conditions: EvaluationResult[]): EvaluationResult {
  const [first, ...rest] = conditions;
  if (!first) throw new TypeError('allOf needs at least one condition');
  let tightest = first;
  for (const c of rest) if (c.margin < tightest.margin) tightest = c;
  const failing = conditions.filter((c) => !c.passed);
  const shown = failing.length > 0 ? failing : [tightest];
  return {
    passed: failing.length === 0,
    margin: tightest.margin,
    reason: {
      'zh-CN': shown.map((c) => c.reason['zh-CN']).join('；'),
      en: shown.map((c) => c.reason.en).join('; '),
    },
  };
}
