// Validation of a formula definition arriving as unknown JSON: shape, limits, then every expression
// (compiled and tried once on sample values). Never throws; reports every problem at once.
import {
  FIELD_TYPES,
  INDICATOR_KEY_PATTERN,
  validateValues,
  type FieldDef,
  type FieldDefs,
  type FieldOption,
  type FieldType,
  type I18nText,
  type TierKey,
} from '@fanben/plugin-sdk';
import { compileExpression, type ExpressionIssue, type Program, type Scalar } from './expression.js';
import { FORMULA_LIMITS } from './limits.js';
import type { FormulaCheck, FormulaCondition, FormulaDefinition, FormulaProblem } from './types.js';

/** A condition ready to run: both programs compiled once, with the definition. */
export interface CompiledCondition {
  label: I18nText;
  passes: Program;
  margin: Program | null;
}

export type Analysis =
  | { ok: true; definition: FormulaDefinition; compiled: CompiledCondition[] }
  | { ok: false; problems: FormulaProblem[] };

const TIERS: readonly TierKey[] = ['1', '2', '3'];
const TIER_NAMES: Record<TierKey, I18nText> = {
  '1': { 'zh-CN': '规范', en: 'Standard' },
  '2': { 'zh-CN': '示范', en: 'Model' },
  '3': { 'zh-CN': '典范', en: 'Exemplar' },
};
// The sdk's field-name rule (not exported there): it also keeps out `__proto__` and friends.
const FIELD_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;
const CATEGORY_PATTERN = /^[a-z][a-z0-9-]*$/;
const NUMERIC_TYPES: readonly FieldType[] = ['int', 'number', 'money', 'percent'];
const DEFINITION_KEYS = [
  'key',
  'category',
  'version',
  'title',
  'description',
  'inputs',
  'params',
  'defaults',
  'conditions',
];
const FIELD_KEYS = ['type', 'label', 'help', 'required', 'min', 'max', 'maxLength', 'unit', 'options'];
const CONDITION_KEYS = ['label', 'passes', 'margin'];

type FieldKind = 'inputs' | 'params';
const KIND_WORDS: Record<FieldKind, I18nText> = {
  inputs: { 'zh-CN': '输入', en: 'Input' },
  params: { 'zh-CN': '参数', en: 'Param' },
};

class Problems {
  readonly list: FormulaProblem[] = [];
  add(path: string, zh: string, en: string): void {
    this.list.push({ path, message: { 'zh-CN': zh, en } });
  }
  get count(): number {
    return this.list.length;
  }
}

function isPlainObject(raw: unknown): raw is Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const proto: unknown = Object.getPrototypeOf(raw);
  return proto === Object.prototype || proto === null;
}

/** null means "not given", as GraphQL and forms send it. */
function given(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function isText(value: unknown): value is I18nText {
  if (!isPlainObject(value)) return false;
  return typeof value['zh-CN'] === 'string' && typeof value.en === 'string';
}

function isFilledText(value: unknown): value is I18nText {
  return isText(value) && value['zh-CN'].trim() !== '' && value.en.trim() !== '';
}

function copyText(text: I18nText): I18nText {
  return { 'zh-CN': text['zh-CN'], en: text.en };
}

function unknownKeys(
  raw: Record<string, unknown>,
  allowed: readonly string[],
  path: string,
  out: Problems,
): void {
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) {
      out.add(path === '' ? key : `${path}.${key}`, `未知的属性「${key}」`, `Unknown property "${key}"`);
    }
  }
}

function readOptions(
  raw: unknown,
  path: string,
  zh: string,
  en: string,
  out: Problems,
): FieldOption[] | null {
  if (!Array.isArray(raw) || raw.length === 0) {
    out.add(path, `${zh}是枚举，需要至少一个选项`, `${en} is an enum and needs at least one option`);
    return null;
  }
  const options: FieldOption[] = [];
  const seen = new Set<string>();
  const before = out.count;
  raw.forEach((option: unknown, i) => {
    const where = `${path}[${i}]`;
    if (!isPlainObject(option)) {
      out.add(where, `${zh}的第 ${i + 1} 个选项必须是对象`, `${en}: option ${i + 1} must be an object`);
      return;
    }
    unknownKeys(option, ['value', 'label'], where, out);
    const value = option.value;
    if (typeof value !== 'string' || value.trim() === '') {
      out.add(`${where}.value`, `${zh}的第 ${i + 1} 个选项缺少值`, `${en}: option ${i + 1} needs a value`);
    } else if (seen.has(value)) {
      out.add(
        `${where}.value`,
        `${zh}的选项值「${value}」重复`,
        `${en}: option value "${value}" is repeated`,
      );
    } else {
      seen.add(value);
    }
    if (!isFilledText(option.label)) {
      out.add(
        `${where}.label`,
        `${zh}的第 ${i + 1} 个选项须同时有中文和英文名称`,
        `${en}: option ${i + 1} needs a label in both zh-CN and en`,
      );
    } else if (typeof value === 'string') {
      options.push({ value, label: copyText(option.label) });
    }
  });
  return out.count === before ? options : null;
}

/** Checks one field definition and returns a clean copy (known keys only), or null when it is unusable. */
function readField(kind: FieldKind, name: string, raw: unknown, out: Problems): FieldDef | null {
  const path = `${kind}.${name}`;
  const zh = `${KIND_WORDS[kind]['zh-CN']}「${name}」`;
  const en = `${KIND_WORDS[kind].en} "${name}"`;
  const before = out.count;
  if (!FIELD_NAME_PATTERN.test(name)) {
    out.add(
      path,
      `${zh}的名称只能含字母、数字和下划线，且以字母开头`,
      `${en}: a name has letters, digits and underscores only and starts with a letter`,
    );
  }
  if (!isPlainObject(raw)) {
    out.add(path, `${zh}必须是字段定义对象`, `${en} must be a field definition object`);
    return null;
  }
  unknownKeys(raw, FIELD_KEYS, path, out);
  const type = FIELD_TYPES.find((t) => t === raw.type);
  if (type === undefined) {
    out.add(
      `${path}.type`,
      `${zh}的类型「${String(raw.type)}」无法识别（可用：${FIELD_TYPES.join('、')}）`,
      `${en} has an unknown type "${String(raw.type)}" (one of: ${FIELD_TYPES.join(', ')})`,
    );
  }
  if (!isFilledText(raw.label)) {
    out.add(`${path}.label`, `${zh}须同时有中文和英文名称`, `${en} needs a label in both zh-CN and en`);
  }
  if (given(raw.help) && !isText(raw.help)) {
    out.add(`${path}.help`, `${zh}的说明须同时有中文和英文`, `${en}: help needs both zh-CN and en`);
  }
  if (given(raw.required) && typeof raw.required !== 'boolean') {
    out.add(`${path}.required`, `${zh}的“必填”须为是或否`, `${en}: required must be true or false`);
  }
  const numeric = type !== undefined && NUMERIC_TYPES.includes(type);
  for (const bound of ['min', 'max'] as const) {
    const value = raw[bound];
    if (!given(value)) continue;
    if (!numeric) {
      out.add(
        `${path}.${bound}`,
        `${zh}不是数值，不能设 ${bound}`,
        `${en} is not numeric and cannot have ${bound}`,
      );
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      out.add(`${path}.${bound}`, `${zh}的 ${bound} 必须是数字`, `${en}: ${bound} must be a number`);
    }
  }
  if (typeof raw.min === 'number' && typeof raw.max === 'number' && raw.min > raw.max) {
    out.add(`${path}.min`, `${zh}的最小值大于最大值`, `${en}: min is greater than max`);
  }
  if (given(raw.maxLength)) {
    if (type !== 'string') {
      out.add(
        `${path}.maxLength`,
        `${zh}不是文本，不能设最大长度`,
        `${en} is not text and cannot have maxLength`,
      );
    } else if (!Number.isSafeInteger(raw.maxLength) || (raw.maxLength as number) < 1) {
      out.add(
        `${path}.maxLength`,
        `${zh}的最大长度必须是正整数`,
        `${en}: maxLength must be a positive whole number`,
      );
    }
  }
  if (given(raw.unit)) {
    if (!numeric) {
      out.add(`${path}.unit`, `${zh}不是数值，不能设单位`, `${en} is not numeric and cannot have a unit`);
    } else if (typeof raw.unit !== 'string') {
      out.add(`${path}.unit`, `${zh}的单位必须是文本`, `${en}: unit must be text`);
    }
  }
  let options: FieldOption[] | null = null;
  if (type === 'enum') {
    options = readOptions(raw.options, `${path}.options`, zh, en, out);
  } else if (given(raw.options) && !(Array.isArray(raw.options) && raw.options.length === 0)) {
    out.add(`${path}.options`, `${zh}不是枚举，不能设选项`, `${en} is not an enum and cannot have options`);
  }
  if (out.count > before || type === undefined || !isFilledText(raw.label)) return null;

  const def: FieldDef = { type, label: copyText(raw.label) };
  if (isText(raw.help)) def.help = copyText(raw.help);
  if (typeof raw.required === 'boolean') def.required = raw.required;
  if (typeof raw.min === 'number') def.min = raw.min;
  if (typeof raw.max === 'number') def.max = raw.max;
  if (typeof raw.maxLength === 'number') def.maxLength = raw.maxLength;
  if (typeof raw.unit === 'string') def.unit = raw.unit;
  if (options) def.options = options;
  return def;
}

function readFields(kind: FieldKind, raw: unknown, max: number, out: Problems): FieldDefs | null {
  const word = KIND_WORDS[kind];
  if (!isPlainObject(raw)) {
    out.add(kind, `${word['zh-CN']}必须是字段定义的对象`, `${kind} must be an object of field definitions`);
    return null;
  }
  const names = Object.keys(raw);
  if (names.length > max) {
    out.add(
      kind,
      `${word['zh-CN']}最多 ${max} 个，现有 ${names.length} 个`,
      `At most ${max} ${kind}, got ${names.length}`,
    );
    return null;
  }
  if (kind === 'inputs' && names.length === 0) {
    out.add(kind, '至少需要一个输入', 'At least one input is needed');
    return null;
  }
  const fields: FieldDefs = {};
  let ok = true;
  for (const name of names) {
    const def = readField(kind, name, raw[name], out);
    if (def) fields[name] = def;
    else ok = false;
  }
  return ok ? fields : null;
}

function readDefaults(
  params: FieldDefs | null,
  raw: unknown,
  out: Problems,
): Record<TierKey, Record<string, unknown>> | null {
  if (!isPlainObject(raw)) {
    out.add(
      'defaults',
      '默认参数必须是按等级（1、2、3）的对象',
      'defaults must be an object keyed by tier (1, 2, 3)',
    );
    return null;
  }
  unknownKeys(raw, TIERS, 'defaults', out);
  // Checking values against broken params would only add noise.
  if (params === null) return null;
  const defaults: Partial<Record<TierKey, Record<string, unknown>>> = {};
  let ok = true;
  for (const tier of TIERS) {
    const name = TIER_NAMES[tier];
    const zh = `「${name['zh-CN']}」级（${tier}）的默认参数`;
    const en = `Defaults for tier ${tier} (${name.en})`;
    if (!given(raw[tier])) {
      out.add(`defaults.${tier}`, `缺少${zh}`, `${en} are missing`);
      ok = false;
      continue;
    }
    const result = validateValues(params, raw[tier]);
    if (result.ok) {
      defaults[tier] = { ...result.values };
      continue;
    }
    ok = false;
    for (const error of result.errors) {
      out.add(
        error.field === '' ? `defaults.${tier}` : `defaults.${tier}.${error.field}`,
        `${zh}：${error.message['zh-CN']}`,
        `${en}: ${error.message.en}`,
      );
    }
  }
  return ok ? (defaults as Record<TierKey, Record<string, unknown>>) : null;
}

// ---- expressions ----

type Which = 'passes' | 'margin';

interface Wording {
  /** Who does something: 「第 2 条条件」引用了… */
  zhOwner: string;
  enOwner: string;
  /** The formula itself: 「第 2 条条件的公式」过长 */
  zhFormula: string;
  enFormula: string;
}

function wording(index: number, which: Which): Wording {
  const n = index + 1;
  return which === 'passes'
    ? {
        zhOwner: `第 ${n} 条条件`,
        enOwner: `Condition ${n}`,
        zhFormula: `第 ${n} 条条件的公式`,
        enFormula: `The formula of condition ${n}`,
      }
    : {
        zhOwner: `第 ${n} 条条件的余量公式`,
        enOwner: `The margin formula of condition ${n}`,
        zhFormula: `第 ${n} 条条件的余量公式`,
        enFormula: `The margin formula of condition ${n}`,
      };
}

function issueMessage(issue: ExpressionIssue, w: Wording): [string, string] {
  const { zhOwner, enOwner, zhFormula, enFormula } = w;
  const L = FORMULA_LIMITS;
  switch (issue.kind) {
    case 'empty':
      return [`${zhFormula}不能为空`, `${enFormula} is empty`];
    case 'too-long':
      return [
        `${zhFormula}过长：${issue.length} 个字符，最多 ${L.maxExpressionLength} 个`,
        `${enFormula} is too long: ${issue.length} characters, at most ${L.maxExpressionLength}`,
      ];
    case 'too-deep':
      return [
        `${zhFormula}嵌套过深：括号嵌套 ${issue.depth} 层，最多 ${L.maxNesting} 层`,
        `${enFormula} is nested too deeply: ${issue.depth} levels of brackets, at most ${L.maxNesting}`,
      ];
    case 'syntax':
      return [`${zhFormula}有语法错误：${issue.detail}`, `${enFormula} has a syntax error: ${issue.detail}`];
    case 'unknown-input':
      return [
        `${zhOwner}引用了未定义的输入「${issue.name}」`,
        `${enOwner} refers to an undefined input "${issue.name}"`,
      ];
    case 'unknown-param':
      return [
        `${zhOwner}引用了未定义的参数「${issue.name}」`,
        `${enOwner} refers to an undefined param "${issue.name}"`,
      ];
    case 'unknown-name':
      return [
        `${zhOwner}使用了未知的名称「${issue.name}」（只能使用 input.<输入名> 和 params.<参数名>）`,
        `${enOwner} uses the unknown name "${issue.name}" (only input.<name> and params.<name> are available)`,
      ];
    case 'bare-variable':
      return [
        `${zhOwner}只能以「${issue.name}.<名称>」的形式使用「${issue.name}」`,
        `${enOwner} may only use "${issue.name}" as "${issue.name}.<name>"`,
      ];
    case 'unknown-function':
      return [
        `${zhOwner}调用了不可用的函数「${issue.name}」`,
        `${enOwner} calls the unavailable function "${issue.name}"`,
      ];
    case 'macro':
      return [
        `${zhOwner}使用了不支持的宏（all、exists、exists_one、map、filter）`,
        `${enOwner} uses a macro (all, exists, exists_one, map, filter), which formulas do not support`,
      ];
    case 'message':
      return [
        `${zhOwner}构造了消息类型，公式不支持`,
        `${enOwner} builds a message type, which formulas do not support`,
      ];
    case 'optional':
      return [
        `${zhOwner}使用了不支持的可选语法（?）`,
        `${enOwner} uses optional syntax (?), which formulas do not support`,
      ];
  }
}

type SampleVariant = 0 | 1 | 2;
const SAMPLE_VARIANTS: readonly SampleVariant[] = [0, 1, 2];
const SAMPLE_DATES = ['2020-01-01', '2024-12-31', '2000-02-29'];
const SAMPLE_TEXTS = ['a', 'b', 'sample'];

/**
 * A valid value for a field: 0 / false / the first option / 2020-01-01 first; then 1 / true / the
 * last option; then values that differ between fields (so `a / (b - c)` gets a non-zero divisor).
 */
function sampleValue(def: FieldDef, variant: SampleVariant, index: number): Scalar {
  switch (def.type) {
    case 'boolean':
      return [false, true, index % 2 === 0][variant];
    case 'enum': {
      const options = def.options ?? [];
      const at = [0, options.length - 1, index % options.length][variant];
      return options[at]?.value ?? '';
    }
    case 'date':
      return SAMPLE_DATES[variant];
    case 'string':
      return SAMPLE_TEXTS[variant].slice(0, def.maxLength ?? Infinity);
    default: {
      const whole = def.type === 'int' || def.type === 'money';
      const low = Math.max(def.min ?? -Infinity, def.type === 'percent' ? 0 : -Infinity);
      const high = Math.min(def.max ?? Infinity, def.type === 'percent' ? 100 : Infinity);
      const candidate = [0, 1, index + 2][variant];
      if (candidate < low) return whole ? Math.ceil(low) : low;
      if (candidate > high) return whole ? Math.floor(high) : high;
      return candidate;
    }
  }
}

/** Binds validated values: only declared names, only scalars. */
export function bind(fields: FieldDefs, values: Readonly<Record<string, unknown>>): Map<string, Scalar> {
  const map = new Map<string, Scalar>();
  for (const name of Object.keys(fields)) {
    if (!Object.hasOwn(values, name)) continue;
    const value = values[name];
    if (typeof value === 'boolean' || typeof value === 'string') map.set(name, value);
    else if (typeof value === 'number' && Number.isFinite(value)) map.set(name, value);
  }
  return map;
}

function samples(inputs: FieldDefs): Map<string, Scalar>[] {
  const result: Map<string, Scalar>[] = [];
  for (const variant of SAMPLE_VARIANTS) {
    const raw: Record<string, Scalar> = {};
    Object.entries(inputs).forEach(([name, def], index) => {
      raw[name] = sampleValue(def, variant, index);
    });
    // An impossible field (an int between 0.2 and 0.8) yields no valid sample: skip it, never guess.
    const valid = validateValues(inputs, raw);
    if (valid.ok) result.push(bind(inputs, valid.values));
  }
  return result;
}

function celTypeName(value: unknown): string {
  switch (typeof value) {
    case 'number':
      return 'double';
    case 'bigint':
      return 'int';
    case 'boolean':
      return 'bool';
    case 'string':
      return 'string';
    default:
      if (value === null) return 'null';
      if (value instanceof Uint8Array) return 'bytes';
      return 'list/map';
  }
}

/** The margin's number, or null when the value is not a finite number. */
export function marginNumber(value: unknown): number | null {
  const n = typeof value === 'bigint' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** Runs a compiled expression on every sample and tier once; adds a problem when its result type is wrong. */
function tryOnSamples(
  program: Program,
  which: Which,
  path: string,
  w: Wording,
  inputs: Map<string, Scalar>[],
  params: Map<string, Scalar>[],
  out: Problems,
): void {
  let firstError: string | null = null;
  let succeeded = false;
  for (const input of inputs) {
    for (const tierParams of params) {
      const outcome = program(input, tierParams);
      if (!outcome.ok) {
        firstError ??= outcome.error;
        continue;
      }
      succeeded = true;
      const value = outcome.value;
      if (which === 'passes' && typeof value !== 'boolean') {
        out.add(
          path,
          `${w.zhOwner}必须得出“是”或“否”（bool），实际得出 ${celTypeName(value)}`,
          `${w.enOwner} must yield a bool, but yields ${celTypeName(value)}`,
        );
        return;
      }
      if (which === 'margin' && marginNumber(value) === null) {
        const got = typeof value === 'number' ? String(value) : celTypeName(value);
        out.add(
          path,
          `${w.zhFormula}必须得出有限的数字，实际得出 ${got}`,
          `${w.enFormula} must yield a finite number, but yields ${got}`,
        );
        return;
      }
    }
  }
  // Data-dependent errors (a zero divisor on one sample) are for run time; failing on every sample is a bug.
  if (!succeeded && firstError !== null) {
    out.add(
      path,
      `${w.zhFormula}在示例值上无法计算：${firstError}`,
      `${w.enFormula} cannot be evaluated on sample values: ${firstError}`,
    );
  }
}

interface ConditionDraft {
  index: number;
  condition: FormulaCondition;
}

function readConditions(raw: unknown, out: Problems): ConditionDraft[] | null {
  if (!Array.isArray(raw)) {
    out.add('conditions', '条件必须是列表', 'conditions must be a list');
    return null;
  }
  if (raw.length === 0) {
    out.add('conditions', '至少需要一条条件', 'At least one condition is needed');
    return null;
  }
  if (raw.length > FORMULA_LIMITS.maxConditions) {
    out.add(
      'conditions',
      `条件最多 ${FORMULA_LIMITS.maxConditions} 条，现有 ${raw.length} 条`,
      `At most ${FORMULA_LIMITS.maxConditions} conditions, got ${raw.length}`,
    );
    return null;
  }
  const drafts: ConditionDraft[] = [];
  raw.forEach((item: unknown, index) => {
    const path = `conditions[${index}]`;
    const n = index + 1;
    if (!isPlainObject(item)) {
      out.add(path, `第 ${n} 条条件必须是对象`, `Condition ${n} must be an object`);
      return;
    }
    const before = out.count;
    unknownKeys(item, CONDITION_KEYS, path, out);
    if (!isFilledText(item.label)) {
      out.add(
        `${path}.label`,
        `第 ${n} 条条件须同时有中文和英文名称`,
        `Condition ${n} needs a label in both zh-CN and en`,
      );
    }
    if (typeof item.passes !== 'string') {
      out.add(`${path}.passes`, `第 ${n} 条条件缺少公式`, `Condition ${n} needs a formula (passes)`);
    }
    if (given(item.margin) && typeof item.margin !== 'string') {
      out.add(
        `${path}.margin`,
        `第 ${n} 条条件的余量公式必须是文本`,
        `The margin formula of condition ${n} must be text`,
      );
    }
    if (out.count > before || !isFilledText(item.label) || typeof item.passes !== 'string') return;
    const condition: FormulaCondition = { label: copyText(item.label), passes: item.passes };
    if (typeof item.margin === 'string') condition.margin = item.margin;
    drafts.push({ index, condition });
  });
  return drafts.length === raw.length ? drafts : null;
}

export function analyzeFormula(def: unknown): Analysis {
  const out = new Problems();
  if (!isPlainObject(def)) {
    out.add('', '公式指标的定义必须是一个对象', 'A formula definition must be an object');
    return { ok: false, problems: out.list };
  }
  unknownKeys(def, DEFINITION_KEYS, '', out);

  const key = def.key;
  if (typeof key !== 'string' || !INDICATOR_KEY_PATTERN.test(key)) {
    out.add(
      'key',
      '标识须形如「类别.名称」，只含小写字母、数字和连字符，例如 custom.tea-gardens',
      'key must look like "category.name" in lowercase letters, digits and hyphens, e.g. custom.tea-gardens',
    );
  }
  const category = def.category;
  if (typeof category !== 'string' || !CATEGORY_PATTERN.test(category)) {
    out.add(
      'category',
      '类别须为小写字母、数字和连字符，例如 industry 或 custom',
      'category must be lowercase letters, digits and hyphens, e.g. industry or custom',
    );
  }
  const version = def.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    out.add('version', '版本必须是不小于 1 的整数', 'version must be a whole number of at least 1');
  }
  const title = def.title;
  if (!isFilledText(title)) out.add('title', '标题须同时有中文和英文', 'title needs both zh-CN and en text');
  const description = def.description;
  if (given(description) && !isFilledText(description)) {
    out.add('description', '说明须同时有中文和英文', 'description needs both zh-CN and en text');
  }

  const inputs = readFields('inputs', def.inputs, FORMULA_LIMITS.maxInputs, out);
  const params = readFields('params', def.params, FORMULA_LIMITS.maxParams, out);
  const defaults = readDefaults(params, def.defaults, out);
  const drafts = readConditions(def.conditions, out);

  const compiled: CompiledCondition[] = [];
  if (drafts) {
    const names = {
      input: new Set(Object.keys(inputs ?? (isPlainObject(def.inputs) ? def.inputs : {}))),
      params: new Set(Object.keys(params ?? (isPlainObject(def.params) ? def.params : {}))),
    };
    // Sample evaluation needs sound fields and defaults; compile checks do not.
    const sampleInputs = inputs ? samples(inputs) : [];
    if (inputs && sampleInputs.length === 0) {
      out.add(
        'inputs',
        '无法为输入构造有效的示例值，请检查各字段的最小值和最大值',
        'No valid sample values can be built for the inputs: check the fields’ min and max',
      );
    }
    const sampleParams = params && defaults ? TIERS.map((tier) => bind(params, defaults[tier])) : [];
    for (const { index, condition } of drafts) {
      const programs: Partial<Record<Which, Program>> = {};
      for (const which of ['passes', 'margin'] as const) {
        const source = condition[which];
        if (source === undefined) continue;
        const path = `conditions[${index}].${which}`;
        const w = wording(index, which);
        const result = compileExpression(source, names);
        if (!result.ok) {
          for (const issue of result.issues) out.add(path, ...issueMessage(issue, w));
          continue;
        }
        programs[which] = result.program;
        tryOnSamples(result.program, which, path, w, sampleInputs, sampleParams, out);
      }
      if (programs.passes) {
        compiled.push({ label: condition.label, passes: programs.passes, margin: programs.margin ?? null });
      }
    }
  }

  if (out.count > 0 || !inputs || !params || !defaults || !drafts) return { ok: false, problems: out.list };
  const definition: FormulaDefinition = {
    key: key as string,
    category: category as string,
    version: version as number,
    title: copyText(title as I18nText),
    ...(isFilledText(description) ? { description: copyText(description) } : {}),
    inputs,
    params,
    defaults,
    conditions: drafts.map((d) => d.condition),
  };
  return { ok: true, definition, compiled };
}

/** Validates a formula definition from untrusted JSON; on success returns a clean copy of it. */
export function checkFormula(def: unknown): FormulaCheck {
  const analysis = analyzeFormula(def);
  return analysis.ok
    ? { ok: true, definition: analysis.definition }
    : { ok: false, problems: analysis.problems };
}
