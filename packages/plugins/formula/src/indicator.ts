import {
  allOf,
  defineIndicator,
  type AnyIndicator,
  type EvaluationResult,
  type FieldDefs,
  type I18nText,
  type Values,
} from '@fanben/plugin-sdk';
import { analyzeFormula, bind, marginNumber, type CompiledCondition } from './check.js';
import type { Scalar } from './expression.js';
import type { FormulaDefinition } from './types.js';

// Twelve significant digits hide float noise in reasons, as the sdk's conditions do.
function fmt(n: number): string {
  return String(Number(n.toPrecision(12)));
}

function notEvaluated(label: I18nText, error: string): EvaluationResult {
  return {
    passed: false,
    margin: -1,
    reason: {
      'zh-CN': `${label['zh-CN']}：公式无法计算（${error}）`,
      en: `${label.en}: the formula could not be evaluated (${error})`,
    },
  };
}

function runCondition(
  condition: CompiledCondition,
  input: ReadonlyMap<string, Scalar>,
  params: ReadonlyMap<string, Scalar>,
): EvaluationResult {
  const { label } = condition;
  const outcome = condition.passes(input, params);
  if (!outcome.ok) return notEvaluated(label, outcome.error);
  if (typeof outcome.value !== 'boolean') return notEvaluated(label, 'the formula did not yield a bool');
  const passed = outcome.value;
  let margin = passed ? 1 : -1;
  let shown = '';
  let shownEn = '';
  if (condition.margin) {
    const m = condition.margin(input, params);
    if (!m.ok) return notEvaluated(label, m.error);
    const value = marginNumber(m.value);
    if (value === null) return notEvaluated(label, 'the margin formula did not yield a finite number');
    // The sign must agree with the outcome ("negative fails"): a formula that disagrees meets at the edge.
    margin = passed ? Math.max(value, 0) : Math.min(value, 0);
    shown = `（余量 ${fmt(margin)}）`;
    shownEn = ` (margin ${fmt(margin)})`;
  }
  return {
    passed,
    margin,
    reason: passed
      ? { 'zh-CN': `${label['zh-CN']}：满足${shown}`, en: `${label.en}: met${shownEn}` }
      : { 'zh-CN': `${label['zh-CN']}：未满足${shown}`, en: `${label.en}: not met${shownEn}` },
  };
}

/**
 * Builds a runnable indicator from a county's formula definition. Every expression is compiled
 * here, once; `evaluate` only runs the compiled programs. Throws when checkFormula would fail.
 */
export function formulaIndicator(def: FormulaDefinition): AnyIndicator {
  const analysis = analyzeFormula(def);
  if (!analysis.ok) {
    const lines = analysis.problems.map(
      (p) => `${p.path === '' ? '(definition)' : p.path}: ${p.message.en} / ${p.message['zh-CN']}`,
    );
    throw new Error(`Invalid formula indicator "${String(def?.key)}":\n  - ${lines.join('\n  - ')}`);
  }
  const { definition, compiled } = analysis;
  return defineIndicator<FieldDefs, FieldDefs>({
    key: definition.key,
    category: definition.category,
    version: definition.version,
    title: definition.title,
    ...(definition.description ? { description: definition.description } : {}),
    inputs: definition.inputs,
    params: definition.params,
    // Checked against params by analyzeFormula with the sdk's validateValues.
    defaults: definition.defaults as Record<'1' | '2' | '3', Values<FieldDefs>>,
    evaluate(input, params) {
      const boundInput = bind(definition.inputs, input);
      const boundParams = bind(definition.params, params);
      return allOf(...compiled.map((c) => runCondition(c, boundInput, boundParams)));
    },
  });
}
