import type { FieldDefs, Values } from './fields.js';
import type { EvaluationResult, IndicatorDefinition, TierKey, TierLevel } from './indicator.js';
import { validateValues } from './validate.js';

export interface IndicatorCase<I extends FieldDefs, P extends FieldDefs> {
  name: string;
  /** A tier picks the indicator's default params for it; an object gives params explicitly. */
  tier: TierLevel | Values<P>;
  input: Values<I>;
  passed: boolean;
  /** Compared with a tolerance of 1e-9 when given. */
  margin?: number;
}

export type CaseProblem =
  'invalid-input' | 'invalid-params' | 'threw' | 'bad-result' | 'impure' | 'passed' | 'margin';

export interface CaseMismatch {
  case: string;
  problem: CaseProblem;
  expected?: unknown;
  actual?: unknown;
  /** The evaluation's English reason, or the error: what a failing test needs to show. */
  detail?: string;
}

const MARGIN_TOLERANCE = 1e-9;

function isResult(value: unknown): value is EvaluationResult {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  const reason = r.reason as Record<string, unknown> | null | undefined;
  return (
    typeof r.passed === 'boolean' &&
    typeof r.margin === 'number' &&
    Number.isFinite(r.margin) &&
    typeof reason?.['zh-CN'] === 'string' &&
    typeof reason.en === 'string'
  );
}

function sameResult(a: EvaluationResult, b: EvaluationResult): boolean {
  return (
    a.passed === b.passed &&
    Object.is(a.margin, b.margin) &&
    a.reason['zh-CN'] === b.reason['zh-CN'] &&
    a.reason.en === b.reason.en
  );
}

function runCase<I extends FieldDefs, P extends FieldDefs>(
  indicator: IndicatorDefinition<I, P>,
  c: IndicatorCase<I, P>,
): CaseMismatch[] {
  const rawParams = typeof c.tier === 'number' ? indicator.defaults[String(c.tier) as TierKey] : c.tier;
  // Validate like the server does, so a case can never rely on values production would reject.
  const params = validateValues(indicator.params, rawParams);
  if (!params.ok) {
    return [
      { case: c.name, problem: 'invalid-params', detail: params.errors.map((e) => e.message.en).join('; ') },
    ];
  }
  const input = validateValues(indicator.inputs, c.input);
  if (!input.ok) {
    return [
      { case: c.name, problem: 'invalid-input', detail: input.errors.map((e) => e.message.en).join('; ') },
    ];
  }
  let first: unknown;
  let second: unknown;
  try {
    first = indicator.evaluate(input.values, params.values);
    second = indicator.evaluate(input.values, params.values);
  } catch (error) {
    return [
      { case: c.name, problem: 'threw', detail: error instanceof Error ? error.message : String(error) },
    ];
  }
  if (!isResult(first) || !isResult(second)) return [{ case: c.name, problem: 'bad-result', actual: first }];
  // Evaluating twice is a cheap smoke test for hidden state, clock or randomness.
  if (!sameResult(first, second)) {
    return [{ case: c.name, problem: 'impure', expected: first, actual: second }];
  }
  const mismatches: CaseMismatch[] = [];
  if (first.passed !== c.passed) {
    mismatches.push({
      case: c.name,
      problem: 'passed',
      expected: c.passed,
      actual: first.passed,
      detail: first.reason.en,
    });
  }
  if (c.margin !== undefined && !(Math.abs(first.margin - c.margin) <= MARGIN_TOLERANCE)) {
    mismatches.push({
      case: c.name,
      problem: 'margin',
      expected: c.margin,
      actual: first.margin,
      detail: first.reason.en,
    });
  }
  return mismatches;
}

/**
 * Table-driven checks for plugin authors, independent of any test framework:
 * `expect(runIndicatorCases(indicator, cases)).toEqual([])`. Returns every mismatch, [] when all good.
 */
export function runIndicatorCases<I extends FieldDefs, P extends FieldDefs>(
  indicator: IndicatorDefinition<I, P>,
  cases: readonly IndicatorCase<NoInfer<I>, NoInfer<P>>[],
): CaseMismatch[] {
  return cases.flatMap((c) => runCase(indicator, c));
}
