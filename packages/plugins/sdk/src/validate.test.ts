import { describe, expect, it } from 'vitest';
import { field } from './fields.js';
import { i18n } from './i18n.js';
import { isCalendarDate, validateParams, validateValues, type FieldError } from './validate.js';

const fields = {
  operatingIncome: field.money(i18n('集体经营性收入', 'Operating income'), { min: 30000 }),
  serviceItems: field.int(i18n('服务事项', 'Service items'), { min: 0, max: 50 }),
  score: field.number(i18n('得分', 'Score'), { required: false }),
  greeningRate: field.percent(i18n('绿化率', 'Greening rate'), { required: false }),
  partyCore: field.boolean(i18n('党组织核心', 'Party core'), { required: false }),
  note: field.string(i18n('备注', 'Note'), { required: false, maxLength: 5 }),
  summary: field.string(i18n('概述', 'Summary'), { required: false }),
  model: field.enum(
    i18n('经营模式', 'Model'),
    [
      { value: 'LAND', label: i18n('土地', 'Land') },
      { value: 'ASSETS', label: i18n('资产', 'Assets') },
    ],
    { required: false },
  ),
  foundedOn: field.date(i18n('成立日期', 'Founded on'), { required: false }),
};

const valid = { operatingIncome: 30000, serviceItems: 3 };

function errorsOf(raw: unknown): FieldError[] {
  const result = validateValues(fields, raw);
  return result.ok ? [] : result.errors;
}

function fieldsIn(raw: unknown): string[] {
  return errorsOf(raw).map((e) => e.field);
}

describe('validateValues', () => {
  it('accepts valid values and returns only declared keys', () => {
    const result = validateValues(fields, {
      ...valid,
      partyCore: false,
      model: 'LAND',
      foundedOn: '2024-02-29',
    });
    expect(result).toEqual({
      ok: true,
      values: {
        operatingIncome: 30000,
        serviceItems: 3,
        partyCore: false,
        model: 'LAND',
        foundedOn: '2024-02-29',
      },
    });
  });

  it('rejects anything but a plain object, without throwing', () => {
    for (const raw of [null, undefined, 42, 'x', [valid], new Date(), new Map()]) {
      expect(fieldsIn(raw)).toEqual(['']);
    }
    expect(fieldsIn(Object.assign(Object.create(null) as object, valid))).toEqual([]);
  });

  it('rejects unknown keys, including inherited names', () => {
    expect(fieldsIn({ ...valid, extra: 1 })).toEqual(['extra']);
    expect(fieldsIn(JSON.parse('{"operatingIncome":30000,"serviceItems":3,"__proto__":{}}'))).toEqual([
      '__proto__',
    ]);
    expect(fieldsIn({ ...valid, toString: 'x' })).toEqual(['toString']);
    expect(errorsOf({ ...valid, extra: 1 })[0]?.message).toEqual({
      'zh-CN': '未知字段「extra」',
      en: 'Unknown field "extra"',
    });
  });

  it('requires required fields; null counts as missing', () => {
    expect(fieldsIn({ serviceItems: 3 })).toEqual(['operatingIncome']);
    expect(fieldsIn({ operatingIncome: null, serviceItems: 3 })).toEqual(['operatingIncome']);
    expect(errorsOf({ serviceItems: 3 })[0]?.message).toEqual({
      'zh-CN': '「集体经营性收入」为必填项',
      en: 'Operating income is required',
    });
    // Optional fields may be absent or null; absent ones stay out of the result.
    expect(validateValues(fields, { ...valid, score: null })).toEqual({ ok: true, values: valid });
  });

  it('reports every bad field at once', () => {
    expect(fieldsIn({ serviceItems: 'x', extra: true })).toEqual([
      'extra',
      'operatingIncome',
      'serviceItems',
    ]);
  });

  it('checks money: whole yuan and min at the edge', () => {
    expect(fieldsIn({ ...valid, operatingIncome: 30000 })).toEqual([]);
    expect(errorsOf({ ...valid, operatingIncome: 29999 })).toEqual([
      {
        field: 'operatingIncome',
        message: {
          'zh-CN': '「集体经营性收入」不能小于 30000',
          en: 'Operating income must be at least 30000',
        },
      },
    ]);
    expect(errorsOf({ ...valid, operatingIncome: 30000.5 })).toEqual([
      {
        field: 'operatingIncome',
        message: {
          'zh-CN': '「集体经营性收入」必须是整数（元）',
          en: 'Operating income must be a whole number of yuan',
        },
      },
    ]);
    expect(fieldsIn({ ...valid, operatingIncome: '30000' })).toEqual(['operatingIncome']);
    expect(fieldsIn({ ...valid, operatingIncome: 2 ** 60 })).toEqual(['operatingIncome']);
  });

  it('rejects 1.5 as money', () => {
    const money = { amount: field.money(i18n('金额', 'Amount')) };
    expect(validateValues(money, { amount: 1.5 }).ok).toBe(false);
    expect(validateValues(money, { amount: 1 }).ok).toBe(true);
    expect(validateValues(money, { amount: -3 }).ok).toBe(true);
  });

  it('checks int: safe integer and min/max edges', () => {
    expect(fieldsIn({ ...valid, serviceItems: 0 })).toEqual([]);
    expect(fieldsIn({ ...valid, serviceItems: 50 })).toEqual([]);
    expect(fieldsIn({ ...valid, serviceItems: -1 })).toEqual(['serviceItems']);
    expect(fieldsIn({ ...valid, serviceItems: 51 })).toEqual(['serviceItems']);
    expect(fieldsIn({ ...valid, serviceItems: 2.5 })).toEqual(['serviceItems']);
    expect(errorsOf({ ...valid, serviceItems: 51 })[0]?.message).toEqual({
      'zh-CN': '「服务事项」不能大于 50',
      en: 'Service items must be at most 50',
    });
  });

  it('checks number: finite', () => {
    expect(fieldsIn({ ...valid, score: 2.5 })).toEqual([]);
    expect(fieldsIn({ ...valid, score: -0.25 })).toEqual([]);
    expect(fieldsIn({ ...valid, score: Number.NaN })).toEqual(['score']);
    expect(fieldsIn({ ...valid, score: Number.POSITIVE_INFINITY })).toEqual(['score']);
    expect(fieldsIn({ ...valid, score: '2' })).toEqual(['score']);
  });

  it('checks percent: 0..100', () => {
    expect(fieldsIn({ ...valid, greeningRate: 0 })).toEqual([]);
    expect(fieldsIn({ ...valid, greeningRate: 100 })).toEqual([]);
    expect(fieldsIn({ ...valid, greeningRate: 42.5 })).toEqual([]);
    expect(errorsOf({ ...valid, greeningRate: 100.1 })).toEqual([
      {
        field: 'greeningRate',
        message: { 'zh-CN': '「绿化率」必须在 0 到 100 之间', en: 'Greening rate must be between 0 and 100' },
      },
    ]);
    expect(fieldsIn({ ...valid, greeningRate: -0.1 })).toEqual(['greeningRate']);
  });

  it('checks boolean strictly', () => {
    expect(fieldsIn({ ...valid, partyCore: true })).toEqual([]);
    expect(fieldsIn({ ...valid, partyCore: 'true' })).toEqual(['partyCore']);
    expect(fieldsIn({ ...valid, partyCore: 1 })).toEqual(['partyCore']);
  });

  it('checks string length (declared, else 2000) in characters', () => {
    expect(fieldsIn({ ...valid, note: '五个汉字啊' })).toEqual([]);
    expect(fieldsIn({ ...valid, note: '六个汉字啊啊' })).toEqual(['note']);
    expect(fieldsIn({ ...valid, note: '😀😀😀😀😀' })).toEqual([]);
    expect(fieldsIn({ ...valid, summary: 'x'.repeat(2000) })).toEqual([]);
    expect(fieldsIn({ ...valid, summary: 'x'.repeat(2001) })).toEqual(['summary']);
    expect(fieldsIn({ ...valid, note: 5 })).toEqual(['note']);
  });

  it('treats a blank required string as missing but keeps an empty optional one', () => {
    const defs = {
      name: field.string(i18n('名称', 'Name')),
      memo: field.string(i18n('备忘', 'Memo'), { required: false }),
    };
    expect(validateValues(defs, { name: '  ' })).toMatchObject({ ok: false, errors: [{ field: 'name' }] });
    expect(validateValues(defs, { name: 'a', memo: '' })).toEqual({
      ok: true,
      values: { name: 'a', memo: '' },
    });
  });

  it('checks enum values', () => {
    expect(fieldsIn({ ...valid, model: 'ASSETS' })).toEqual([]);
    expect(fieldsIn({ ...valid, model: 'land' })).toEqual(['model']);
    expect(errorsOf({ ...valid, model: 'X' })[0]?.message.en).toBe('Model must be one of: LAND, ASSETS');
  });

  it('checks dates are real calendar dates', () => {
    expect(fieldsIn({ ...valid, foundedOn: '2023-02-28' })).toEqual([]);
    expect(errorsOf({ ...valid, foundedOn: '2023-02-30' })).toEqual([
      {
        field: 'foundedOn',
        message: {
          'zh-CN': '「成立日期」必须是有效日期（YYYY-MM-DD）',
          en: 'Founded on must be a valid date (YYYY-MM-DD)',
        },
      },
    ]);
    for (const bad of [
      '2023-02-29',
      '2023-13-01',
      '2023-00-10',
      '2023-04-31',
      '2023-4-1',
      '2023-04-01T00:00:00Z',
      20230401,
    ]) {
      expect(fieldsIn({ ...valid, foundedOn: bad })).toEqual(['foundedOn']);
    }
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2024-12-31')).toBe(true);
  });

  it('validateParams is the same check', () => {
    expect(validateParams).toBe(validateValues);
  });
});
