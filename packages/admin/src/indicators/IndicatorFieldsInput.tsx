import { Box, InputAdornment } from '@mui/material';
import type { ReactNode } from 'react';
import {
  BooleanInput,
  DateInput,
  NumberInput,
  SelectInput,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  required,
  type Validator,
} from 'react-admin';
import type { FieldDescription } from './types';

export interface IndicatorFieldsInputProps {
  /** One indicator's `inputs` (declared or verified values) or `params` (a scheme's thresholds). */
  fields: FieldDescription[];
  /**
   * The form path of the object that holds these fields' values; each field's input sits at
   * `${source}.${field.name}`. Build it with `indicatorSource(base, indicatorKey)` (and `encodeKey` for
   * tiers): a raw indicator key or tier number would be read as nesting by react-hook-form.
   */
  source: string;
  readOnly?: boolean;
  disabled?: boolean;
  /** Narrowest column of the responsive grid, in pixels. */
  columnWidth?: number;
}

const integer =
  (message: string): Validator =>
  (value: unknown) =>
    typeof value === 'number' && !Number.isInteger(value) ? message : undefined;

/** The same rules the server applies (sdk/validate.ts), so the form rejects what the API would. */
export function validatorsFor(field: FieldDescription): Validator[] {
  const rules: Validator[] = [];
  if (field.type === 'boolean') return rules; // an unticked box is an answer ("no"), never missing
  if (field.required) rules.push(required());
  if (field.type === 'int') rules.push(integer('fanben.indicators.integer'));
  if (field.type === 'money') rules.push(integer('fanben.indicators.wholeYuan'));
  if (field.min !== null) rules.push(minValue(field.min));
  if (field.max !== null) rules.push(maxValue(field.max));
  if (field.type === 'string' && field.maxLength !== null) rules.push(maxLength(field.maxLength));
  return rules;
}

// The label is the plugin's text, already in the console's language: shown as is, never looked up
// as a message key (a formula's label may contain anything).
function FieldLabel({ field }: { field: FieldDescription }) {
  return (
    <span>
      {field.label}
      {field.required && field.type !== 'boolean' ? <span aria-hidden="true">&thinsp;*</span> : null}
    </span>
  );
}

function unitAdornment(unit: string | null): { input: { endAdornment: ReactNode } } | undefined {
  return unit
    ? { input: { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } }
    : undefined;
}

/** One field as the react-admin input its type calls for. */
export function FieldInput({
  field,
  source,
  readOnly,
  disabled,
}: {
  field: FieldDescription;
  source: string;
  readOnly?: boolean;
  disabled?: boolean;
}) {
  const common = {
    source: `${source}.${field.name}`,
    label: <FieldLabel field={field} />,
    helperText: field.help ?? false,
    validate: validatorsFor(field),
    readOnly,
    disabled,
  };
  switch (field.type) {
    case 'boolean':
      return <BooleanInput {...common} defaultValue={false} />;
    case 'int':
    case 'money':
    case 'number':
    case 'percent':
      return (
        <NumberInput
          {...common}
          min={field.min ?? undefined}
          max={field.max ?? undefined}
          step={field.type === 'int' || field.type === 'money' ? 1 : 'any'}
          slotProps={unitAdornment(field.unit ?? (field.type === 'percent' ? '%' : null))}
        />
      );
    case 'enum':
      return (
        <SelectInput
          {...common}
          choices={field.options.map((o) => ({ id: o.value, name: o.label }))}
          translateChoice={false}
          // An emptied optional choice is "not given" (null), which the API accepts; '' it would refuse.
          parse={(value: unknown) => (value === '' ? null : value)}
        />
      );
    case 'date':
      return <DateInput {...common} parse={(value: string) => (value === '' ? null : value)} />;
    case 'string':
    default:
      return <TextInput {...common} multiline={field.maxLength === null || field.maxLength > 200} />;
  }
}

/**
 * An indicator's field list as react-admin inputs, generated from its definition: boolean → switch,
 * int/number/money/percent → number with bounds, step and unit, enum → select, string → text,
 * date → date. Labels and help come translated from the API; required/min/max/maxLength become
 * validators. Use it inside any react-admin form:
 *
 *   <IndicatorFieldsInput fields={def.inputs} source={indicatorSource('declared', def.key)} />
 *   <IndicatorFieldsInput fields={def.params} source={`params.${encodeKey(def.key)}.${encodeKey('1')}`} />
 *
 * Form state then holds encoded keys: fill it with `toFormValues`/`encodeKeys` and read it back with
 * `fromFormValues`/`decodeKeys` (+ `normalizeFieldValues`).
 */
export function IndicatorFieldsInput({
  fields,
  source,
  readOnly,
  disabled,
  columnWidth = 220,
}: IndicatorFieldsInputProps) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: `repeat(auto-fill, minmax(${columnWidth}px, 1fr))`,
        columnGap: 2,
        alignItems: 'start',
        width: '100%',
      }}
    >
      {fields.map((field) => (
        <FieldInput key={field.name} field={field} source={source} readOnly={readOnly} disabled={disabled} />
      ))}
    </Box>
  );
}
