/**
 * An unsaved formula indicator (see @fanben/plugin-formula) as the lab edits it: JSON text in, the
 * definition plus its fields described the way `indicatorDefinitions` describes them, so the same
 * generated inputs serve it. The server checks the definition itself (checkFormula) when it evaluates.
 */
import type { FieldDescription, FieldType } from '../../indicators';

const FIELD_TYPES: FieldType[] = ['boolean', 'int', 'number', 'money', 'percent', 'string', 'enum', 'date'];
const NUMERIC: FieldType[] = ['int', 'number', 'money'];
// The sdk's DEFAULT_MAX_LENGTH.
const DEFAULT_MAX_LENGTH = 2000;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An I18nText ({ "zh-CN", en }) in the console's language. */
function text(value: unknown, locale: string): string {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return '';
  const own = value[locale] ?? value['zh-CN'] ?? value.en;
  return typeof own === 'string' ? own : '';
}

const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);

/** Field definitions (FieldDefs) described as the sdk's describeFields does, with the same effective bounds. */
export function describeFormulaFields(raw: unknown, locale: string): FieldDescription[] {
  if (!isObject(raw)) return [];
  return Object.entries(raw).flatMap(([name, def]) => {
    if (!isObject(def)) return [];
    const type = FIELD_TYPES.find((t) => t === def.type) ?? 'string';
    const bounds =
      type === 'percent'
        ? { min: Math.max(numberOrNull(def.min) ?? 0, 0), max: Math.min(numberOrNull(def.max) ?? 100, 100) }
        : NUMERIC.includes(type)
          ? { min: numberOrNull(def.min), max: numberOrNull(def.max) }
          : { min: null, max: null };
    const options = type === 'enum' && Array.isArray(def.options) ? def.options.filter(isObject) : [];
    return [
      {
        name,
        type,
        label: text(def.label, locale) || name,
        help: def.help ? text(def.help, locale) : null,
        required: def.required !== false,
        ...bounds,
        maxLength: type === 'string' ? (numberOrNull(def.maxLength) ?? DEFAULT_MAX_LENGTH) : null,
        unit: typeof def.unit === 'string' ? def.unit : null,
        options: options.map((o) => ({ value: String(o.value), label: text(o.label, locale) })),
      },
    ];
  });
}

export interface ParsedFormula {
  definition: Json;
  title: string;
  inputs: FieldDescription[];
  params: FieldDescription[];
  /** Params per tier ("1" | "2" | "3"), the definition's defaults. */
  defaults: Record<string, Json>;
}

/** The JSON text as a definition to try, or why it is not one yet (the server says the rest). */
export function parseFormula(
  source: string,
  locale: string,
): { ok: true; formula: ParsedFormula } | { ok: false; error: string } {
  let definition: unknown;
  try {
    definition = JSON.parse(source);
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
  if (!isObject(definition)) return { ok: false, error: 'JSON object expected' };
  const defaults = isObject(definition.defaults) ? definition.defaults : {};
  return {
    ok: true,
    formula: {
      definition,
      title: text(definition.title, locale) || String(definition.key ?? ''),
      inputs: describeFormulaFields(definition.inputs, locale),
      params: describeFormulaFields(definition.params, locale),
      defaults: Object.fromEntries(
        ['1', '2', '3'].map((tier) => [tier, isObject(defaults[tier]) ? defaults[tier] : {}]),
      ),
    },
  };
}

/** The example the lab starts with: the plugin's README example, a tea-garden indicator. */
export const EXAMPLE_FORMULA = {
  key: 'custom.tea-gardens',
  category: 'custom',
  version: 1,
  title: { 'zh-CN': '茶园面积', en: 'Tea gardens' },
  inputs: {
    teaArea: { type: 'number', label: { 'zh-CN': '茶园面积', en: 'Tea garden area' }, min: 0, unit: '亩' },
    households: { type: 'int', label: { 'zh-CN': '种植户数', en: 'Growing households' }, min: 0 },
  },
  params: {
    minTeaArea: {
      type: 'number',
      label: { 'zh-CN': '茶园面积门槛', en: 'Minimum area' },
      min: 0,
      unit: '亩',
    },
  },
  defaults: { '1': { minTeaArea: 100 }, '2': { minTeaArea: 200 }, '3': { minTeaArea: 300 } },
  conditions: [
    {
      label: { 'zh-CN': '茶园面积达标', en: 'Tea garden area' },
      passes: 'input.teaArea >= params.minTeaArea',
      margin: '(input.teaArea - params.minTeaArea) / params.minTeaArea',
    },
    { label: { 'zh-CN': '种植户数', en: 'Households' }, passes: 'input.households >= 10' },
  ],
};
