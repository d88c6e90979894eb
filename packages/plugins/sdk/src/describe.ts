import { DEFAULT_MAX_LENGTH, isRequired, type FieldDef, type FieldDefs, type FieldType } from './fields.js';
import { translate, type Locale } from './i18n.js';

/**
 * A field as GraphQL and the console's forms see it. Absent settings are null, not missing,
 * so every description has the same keys once serialized.
 */
export interface FieldDescription {
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

// Bounds are the effective ones the validator applies, so a form rejects what the server would.
function bounds(def: FieldDef): { min: number | null; max: number | null } {
  if (def.type === 'percent') {
    return { min: Math.max(def.min ?? 0, 0), max: Math.min(def.max ?? 100, 100) };
  }
  if (def.type === 'int' || def.type === 'number' || def.type === 'money') {
    return { min: def.min ?? null, max: def.max ?? null };
  }
  return { min: null, max: null };
}

export function describeField(name: string, def: FieldDef, locale: Locale): FieldDescription {
  return {
    name,
    type: def.type,
    label: translate(def.label, locale),
    help: def.help ? translate(def.help, locale) : null,
    required: isRequired(def),
    ...bounds(def),
    maxLength: def.type === 'string' ? (def.maxLength ?? DEFAULT_MAX_LENGTH) : null,
    unit: def.unit ?? null,
    options:
      def.type === 'enum'
        ? (def.options ?? []).map((o) => ({ value: o.value, label: translate(o.label, locale) }))
        : [],
  };
}

/** Fields in declaration order (the order a form shows them). */
export function describeFields(fields: FieldDefs, locale: Locale): FieldDescription[] {
  return Object.entries(fields).map(([name, def]) => describeField(name, def, locale));
}
