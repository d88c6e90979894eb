import type { FieldDefs, I18nText } from '@fanben/plugin-sdk';

export interface FormulaCondition {
  label: I18nText;
  /** CEL; variables `input` (the declared/verified values) and `params` (this tier's params); must yield bool. */
  passes: string;
  /**
   * Optional CEL yielding a number: the normalized distance to the threshold (negative fails, 0 edge).
   * Without it: +1 when passed, -1 when not.
   */
  margin?: string;
}

/** An indicator a county defines as data: what the admin console sends and a scheme stores. */
export interface FormulaDefinition {
  /** Same pattern as the sdk's INDICATOR_KEY_PATTERN, e.g. 'custom.tea-gardens'. */
  key: string;
  /** e.g. 'industry' or 'custom'. */
  category: string;
  version: number;
  title: I18nText;
  description?: I18nText;
  /** JSON-serializable field definitions, the same FieldDef shape as the sdk's. */
  inputs: FieldDefs;
  params: FieldDefs;
  defaults: Record<'1' | '2' | '3', Record<string, unknown>>;
  /** All must pass. */
  conditions: FormulaCondition[];
}

/** `path` points into the submitted JSON, e.g. 'conditions[1].passes' (0-based, as in the array). */
export interface FormulaProblem {
  path: string;
  message: I18nText;
}

export type FormulaCheck =
  { ok: true; definition: FormulaDefinition } | { ok: false; problems: FormulaProblem[] };
