/**
 * An indicator as `indicatorDefinitions` describes it, in the request's language. Field lists come
 * from the plugin (or the scheme's formula): the console builds every indicator form from them, so a
 * newly loaded plugin or formula indicator needs no console change.
 */
export type FieldType = 'boolean' | 'int' | 'number' | 'money' | 'percent' | 'string' | 'enum' | 'date';

/** One input or param (the SDK's FieldDescription): label and help already translated. */
export interface FieldDescription {
  /** An identifier (the SDK enforces /^[A-Za-z][A-Za-z0-9_]*$/), safe as a form path segment. */
  name: string;
  type: FieldType;
  label: string;
  help: string | null;
  required: boolean;
  min: number | null;
  max: number | null;
  maxLength: number | null;
  unit: string | null;
  options: { value: string; label: string }[];
}

export interface IndicatorDefinition {
  /** `<category>.<name>`, e.g. "industry.per-capita-income" (the dot is why form keys are encoded). */
  key: string;
  category: string;
  version: number;
  title: string;
  description: string | null;
  pluginName: string;
  inputs: FieldDescription[];
  params: FieldDescription[];
  /** The plugin's params per tier: { "1": {...}, "2": {...}, "3": {...} }. */
  defaults: Record<string, Record<string, unknown>>;
}

/** One indicator's values (field name → value). */
export type FieldValues = Record<string, unknown>;

/** Values of many indicators as the API holds them: `{ "<indicator key>": { <field>: value } }`. */
export type ValuesByIndicator = Record<string, FieldValues>;

/** An assessor's finding on one indicator (AssessmentStep). */
export interface AssessmentStepView {
  indicatorKey: string;
  values: FieldValues;
  params: FieldValues;
  passed: boolean;
  margin: number;
  reason: string;
  recordedAt?: string;
}
