/**
 * Between the API's values and a generated form's state. Pure functions (unit-tested), no React.
 */
import { decodeKey, encodeKey } from './formKeys';
import type { FieldDescription, FieldValues, IndicatorDefinition, ValuesByIndicator } from './types';

/**
 * What an emptied input leaves behind ('' from a select or date input, undefined) means "not given",
 * which the API wants as null; a boolean never left alone is "no". Fields the definition does not
 * know are dropped, so stale keys (an input a plugin removed) never reach the server.
 */
export function normalizeFieldValues(fields: FieldDescription[], values: FieldValues | null | undefined) {
  const result: FieldValues = {};
  for (const field of fields) {
    const value = values?.[field.name];
    if (field.type === 'boolean') result[field.name] = value === true;
    else result[field.name] = value === undefined || value === '' ? null : value;
  }
  return result;
}

/** Form state for many indicators: keys encoded, every defined field present. */
export function toFormValues(
  definitions: IndicatorDefinition[],
  values: ValuesByIndicator | null | undefined,
) {
  const form: Record<string, FieldValues> = {};
  for (const def of definitions) {
    const own = values?.[def.key];
    form[encodeKey(def.key)] = Object.fromEntries(
      def.inputs.map((field) => [field.name, own?.[field.name] ?? (field.type === 'boolean' ? false : null)]),
    );
  }
  return form;
}

/**
 * The API's values from form state: exactly the given indicators (in their order), each with exactly
 * its fields, empty inputs as null.
 */
export function fromFormValues(
  definitions: IndicatorDefinition[],
  form: Record<string, FieldValues | undefined> | null | undefined,
): ValuesByIndicator {
  const byKey = new Map(Object.entries(form ?? {}).map(([encoded, values]) => [decodeKey(encoded), values]));
  return Object.fromEntries(
    definitions.map((def) => [def.key, normalizeFieldValues(def.inputs, byKey.get(def.key))]),
  );
}

/** Indicators grouped by category, categories and indicators in the order the definitions come in. */
export function groupByCategory(definitions: IndicatorDefinition[]): [string, IndicatorDefinition[]][] {
  const groups = new Map<string, IndicatorDefinition[]>();
  for (const def of definitions) {
    const list = groups.get(def.category) ?? [];
    list.push(def);
    groups.set(def.category, list);
  }
  return [...groups.entries()];
}
