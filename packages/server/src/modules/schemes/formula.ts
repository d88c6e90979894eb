import { formulaIndicator, type FormulaDefinition } from '@fanben/plugin-formula';
import type { AnyIndicator } from '@fanben/plugin-sdk';
import type { SchemeIndicator } from './scheme-indicator.entity.js';

export const FORMULA_PLUGIN = '@fanben/plugin-formula';

// Compiling CEL costs more than evaluating it: compile once per stored version of a formula.
const compiled = new Map<string, AnyIndicator>();

/** The indicator a scheme's low-code formula defines (checked when it was saved). */
export function formulaIndicatorFor(row: Pick<SchemeIndicator, 'id' | 'version' | 'formula'>): AnyIndicator {
  const cacheKey = `${row.id}@${row.version}`;
  let indicator = compiled.get(cacheKey);
  if (!indicator) {
    indicator = formulaIndicator(row.formula as unknown as FormulaDefinition);
    compiled.set(cacheKey, indicator);
  }
  return indicator;
}
