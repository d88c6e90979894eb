/**
 * Bounds on what a county may define. They are checked on the raw text before anything is parsed,
 * so an oversized or absurdly nested formula costs one pass over its characters and nothing more.
 */
export const FORMULA_LIMITS: Readonly<{
  maxConditions: number;
  /** Per expression, in UTF-16 code units (a Chinese character counts as one). */
  maxExpressionLength: number;
  maxInputs: number;
  maxParams: number;
  /** Depth of (), [] and {} in one expression. */
  maxNesting: number;
}> = Object.freeze({
  maxConditions: 20,
  maxExpressionLength: 500,
  maxInputs: 30,
  maxParams: 30,
  maxNesting: 20,
});
