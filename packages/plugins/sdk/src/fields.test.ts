import { describe, expect, expectTypeOf, it } from 'vitest';
import { field, isRequired, type FieldDefs, type Values } from './fields.js';
import { i18n } from './i18n.js';

const label = i18n('标签', 'Label');

const fields = {
  income: field.money(i18n('集体经营性收入', 'Operating income'), { min: 0, unit: '元' }),
  count: field.int(label),
  ratio: field.number(label, { required: false }),
  greening: field.percent(label),
  venue: field.boolean(label),
  note: field.string(label, { required: false, maxLength: 10 }),
  model: field.enum(label, [
    { value: 'LAND', label: i18n('土地', 'Land') },
    { value: 'ASSETS', label: i18n('资产', 'Assets') },
  ]),
  since: field.date(label),
};

describe('field constructors', () => {
  it('build plain definitions', () => {
    expect(fields.income).toEqual({
      type: 'money',
      label: { 'zh-CN': '集体经营性收入', en: 'Operating income' },
      min: 0,
      unit: '元',
    });
    expect(fields.count).toEqual({ type: 'int', label });
    expect(fields.model.options.map((o) => o.value)).toEqual(['LAND', 'ASSETS']);
  });

  it('default required to true', () => {
    expect(isRequired(fields.count)).toBe(true);
    expect(isRequired(fields.ratio)).toBe(false);
  });

  it('infer value types', () => {
    expectTypeOf<Values<typeof fields>>().toEqualTypeOf<{
      income: number;
      count: number;
      ratio?: number | undefined;
      greening: number;
      venue: boolean;
      note?: string | undefined;
      model: 'LAND' | 'ASSETS';
      since: string;
    }>();
  });

  it('infer enum values from an `as const` definition without the helper', () => {
    const defs = {
      model: { type: 'enum', label, options: [{ value: 'LAND', label }] },
      flag: { type: 'boolean', label, required: false },
    } as const satisfies FieldDefs;
    expectTypeOf<Values<typeof defs>>().toEqualTypeOf<{ model: 'LAND'; flag?: boolean | undefined }>();
    expect(isRequired(defs.flag)).toBe(false);
  });

  it('treat a widened `required: boolean` as optional', () => {
    const required: boolean = Math.random() > 2;
    const defs = { n: field.int(label, { required }) };
    expectTypeOf<Values<typeof defs>>().toEqualTypeOf<{ n?: number | undefined }>();
    expect(isRequired(defs.n)).toBe(false);
  });
});
