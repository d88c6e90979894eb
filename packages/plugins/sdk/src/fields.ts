import type { I18nText } from './i18n.js';

export type FieldType = 'boolean' | 'int' | 'number' | 'money' | 'percent' | 'string' | 'enum' | 'date';

export const FIELD_TYPES: readonly FieldType[] = [
  'boolean',
  'int',
  'number',
  'money',
  'percent',
  'string',
  'enum',
  'date',
];

export interface FieldOption<V extends string = string> {
  value: V;
  label: I18nText;
}

/**
 * One declared value (an input a village reports, or a param a scheme sets).
 * The same definition drives the TypeScript type ({@link Values}), the server's validation and the form.
 */
export interface FieldDef {
  type: FieldType;
  label: I18nText;
  help?: I18nText;
  /** Defaults to true. */
  required?: boolean;
  /** Inclusive bounds for numeric types. */
  min?: number;
  max?: number;
  /** For strings; defaults to {@link DEFAULT_MAX_LENGTH}. */
  maxLength?: number;
  unit?: string;
  /** Readonly so that `as const` option lists are accepted and keep their literal values. */
  options?: readonly FieldOption[];
}

export type FieldDefs = Record<string, FieldDef>;

export const DEFAULT_MAX_LENGTH = 2000;

// T is a naked type parameter so a union of types (a plain FieldDef) distributes instead of collapsing.
type ValueOfType<T extends FieldType, D extends FieldDef> = T extends 'boolean'
  ? boolean
  : T extends 'int' | 'number' | 'money' | 'percent'
    ? number
    : T extends 'enum'
      ? D extends { options: readonly { value: infer V extends string }[] }
        ? V
        : string
      : string;

type BaseValue<D extends FieldDef> = ValueOfType<D['type'], D>;

/**
 * Only a literal `required: true`, or no `required` at all, makes a value mandatory in the type;
 * a widened `boolean` might be false at run time, so it counts as optional. (Tested with keyof
 * rather than `extends { required?: … }`, which weak-type detection would always reject.)
 */
type IsOptional<D extends FieldDef> = D extends { required: true }
  ? false
  : 'required' extends keyof D
    ? true
    : false;

type Simplify<T> = { [K in keyof T]: T[K] };

/** The value of one field after validation. */
export type FieldValue<D extends FieldDef> =
  IsOptional<D> extends true ? BaseValue<D> | undefined : BaseValue<D>;

/**
 * The validated values of a set of fields. Optional fields are optional keys (`T | undefined`),
 * because validation leaves an absent optional value out.
 */
export type Values<F extends FieldDefs> = Simplify<
  { -readonly [K in keyof F as IsOptional<F[K]> extends true ? never : K]: FieldValue<F[K]> } & {
    -readonly [K in keyof F as IsOptional<F[K]> extends true ? K : never]?: FieldValue<F[K]>;
  }
>;

interface CommonOptions {
  help?: I18nText;
  required?: boolean;
}

interface NumericOptions extends CommonOptions {
  min?: number;
  max?: number;
  unit?: string;
}

interface StringOptions extends CommonOptions {
  maxLength?: number;
}

// NoInfer: without it a contextual type (FieldDefs) would leak into O through the return type.
// `const` type parameters keep `required: false` (and option values) as literals, which Values needs.
type Field<T extends FieldType, O> = { type: T; label: I18nText } & O;
type NoOptions = Record<never, never>;

function make<T extends FieldType, O>(type: T, label: I18nText, opts: O | undefined): Field<T, O> {
  // type and label last: they must win over anything smuggled into opts.
  return { ...opts, type, label } as Field<T, O>;
}

/** Typed constructors: `field.money(i18n('集体经营性收入', 'Operating income'), { min: 0 })`. */
export const field = {
  boolean<const O extends CommonOptions = NoOptions>(
    label: I18nText,
    opts?: O,
  ): Field<'boolean', NoInfer<O>> {
    return make('boolean', label, opts);
  },
  int<const O extends NumericOptions = NoOptions>(label: I18nText, opts?: O): Field<'int', NoInfer<O>> {
    return make('int', label, opts);
  },
  number<const O extends NumericOptions = NoOptions>(label: I18nText, opts?: O): Field<'number', NoInfer<O>> {
    return make('number', label, opts);
  },
  /** Whole yuan: fractional amounts are rejected. */
  money<const O extends NumericOptions = NoOptions>(label: I18nText, opts?: O): Field<'money', NoInfer<O>> {
    return make('money', label, opts);
  },
  /** 0..100 (not 0..1). */
  percent<const O extends NumericOptions = NoOptions>(
    label: I18nText,
    opts?: O,
  ): Field<'percent', NoInfer<O>> {
    return make('percent', label, opts);
  },
  string<const O extends StringOptions = NoOptions>(label: I18nText, opts?: O): Field<'string', NoInfer<O>> {
    return make('string', label, opts);
  },
  enum<const V extends string, const O extends CommonOptions = NoOptions>(
    label: I18nText,
    options: readonly FieldOption<V>[],
    opts?: O,
  ): Field<'enum', NoInfer<O> & { options: readonly FieldOption<V>[] }> {
    return make('enum', label, { ...opts, options } as O & { options: readonly FieldOption<V>[] });
  },
  /** A calendar date as `YYYY-MM-DD` (no time, no zone). */
  date<const O extends CommonOptions = NoOptions>(label: I18nText, opts?: O): Field<'date', NoInfer<O>> {
    return make('date', label, opts);
  },
};

/** Whether a value may be absent (required defaults to true). */
export function isRequired(def: FieldDef): boolean {
  return def.required !== false;
}
