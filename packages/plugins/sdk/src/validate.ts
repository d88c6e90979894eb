import { DEFAULT_MAX_LENGTH, isRequired, type FieldDef, type FieldDefs, type Values } from './fields.js';
import type { I18nText } from './i18n.js';

/** `field` is the offending key, or '' when the whole value is wrong (not an object). */
export interface FieldError {
  field: string;
  message: I18nText;
}

export type ValidationResult<F extends FieldDefs> =
  { ok: true; values: Values<F> } | { ok: false; errors: FieldError[] };

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isPlainObject(raw: unknown): raw is Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const proto: unknown = Object.getPrototypeOf(raw);
  return proto === Object.prototype || proto === null;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isCalendarDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Builds the bilingual message; the zh form quotes the label with 「」 as Chinese forms do. */
function msg(def: FieldDef, zh: string, en: string): I18nText {
  return { 'zh-CN': `「${def.label['zh-CN']}」${zh}`, en: `${def.label.en} ${en}` };
}

/** Returns the error of one present value, or null when it is valid. */
function checkValue(def: FieldDef, value: unknown): I18nText | null {
  switch (def.type) {
    case 'boolean':
      return typeof value === 'boolean' ? null : msg(def, '必须是“是”或“否”', 'must be true or false');
    case 'int':
    case 'money':
    case 'number':
    case 'percent':
      return checkNumber(def, value);
    case 'string': {
      if (typeof value !== 'string') return msg(def, '必须是文本', 'must be text');
      const limit = def.maxLength ?? DEFAULT_MAX_LENGTH;
      // Code points, not UTF-16 units, so an emoji counts as one character.
      const length = [...value].length;
      if (length > limit) {
        return msg(def, `不能超过 ${limit} 个字符`, `must be at most ${limit} characters long`);
      }
      return null;
    }
    case 'enum': {
      const options = def.options ?? [];
      if (typeof value === 'string' && options.some((o) => o.value === value)) return null;
      const list = options.map((o) => o.value).join(', ');
      return msg(def, `必须是以下之一：${list}`, `must be one of: ${list}`);
    }
    case 'date':
      if (typeof value === 'string' && isCalendarDate(value)) return null;
      return msg(def, '必须是有效日期（YYYY-MM-DD）', 'must be a valid date (YYYY-MM-DD)');
    default: {
      // Definitions can come from untyped JavaScript plugins.
      const type: unknown = (def as { type: unknown }).type;
      return msg(def, `的类型 ${String(type)} 无法识别`, `has an unknown type ${String(type)}`);
    }
  }
}

function checkNumber(def: FieldDef, value: unknown): I18nText | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    if (def.type === 'money') return msg(def, '必须是整数（元）', 'must be a whole number of yuan');
    if (def.type === 'int') return msg(def, '必须是整数', 'must be a whole number');
    return msg(def, '必须是数字', 'must be a number');
  }
  // Money is whole yuan: a fraction is a typo (or a unit mix-up), never rounding to hide.
  if (def.type === 'money' && !Number.isSafeInteger(value)) {
    return msg(def, '必须是整数（元）', 'must be a whole number of yuan');
  }
  if (def.type === 'int' && !Number.isSafeInteger(value))
    return msg(def, '必须是整数', 'must be a whole number');
  if (def.type === 'percent' && (value < 0 || value > 100)) {
    return msg(def, '必须在 0 到 100 之间', 'must be between 0 and 100');
  }
  if (def.min !== undefined && value < def.min)
    return msg(def, `不能小于 ${def.min}`, `must be at least ${def.min}`);
  if (def.max !== undefined && value > def.max)
    return msg(def, `不能大于 ${def.max}`, `must be at most ${def.max}`);
  return null;
}

/** null, undefined and (for a required string) a blank string mean "not given": what an emptied form field sends. */
function isAbsent(def: FieldDef, value: unknown): boolean {
  if (value === undefined || value === null) return true;
  return def.type === 'string' && typeof value === 'string' && isRequired(def) && value.trim() === '';
}

/**
 * Checks untrusted values (JSON from a client or the database) against field definitions.
 * Never throws; reports every bad field at once so a form can mark them all.
 */
export function validateValues<F extends FieldDefs>(fields: F, raw: unknown): ValidationResult<F> {
  if (!isPlainObject(raw)) {
    return {
      ok: false,
      errors: [{ field: '', message: { 'zh-CN': '必须是一个对象', en: 'Values must be an object' } }],
    };
  }
  const errors: FieldError[] = [];
  for (const key of Object.keys(raw)) {
    // hasOwn, so keys like "toString" or "__proto__" are unknown rather than inherited.
    if (!Object.hasOwn(fields, key)) {
      errors.push({ field: key, message: { 'zh-CN': `未知字段「${key}」`, en: `Unknown field "${key}"` } });
    }
  }
  const values: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(fields)) {
    const value = Object.hasOwn(raw, key) ? raw[key] : undefined;
    if (isAbsent(def, value)) {
      if (isRequired(def)) errors.push({ field: key, message: msg(def, '为必填项', 'is required') });
      continue;
    }
    const error = checkValue(def, value);
    if (error) errors.push({ field: key, message: error });
    else values[key] = value;
  }
  if (errors.length > 0) return { ok: false, errors };
  // Safe: every key of `fields` was checked against its definition above, and nothing else was copied.
  return { ok: true, values: values as Values<F> };
}

/** Params are fields too; the alias reads better at call sites that check a scheme's thresholds. */
export const validateParams = validateValues;
