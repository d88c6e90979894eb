import { describe, expect, it } from 'vitest';
import { EXAMPLE_FORMULA, describeFormulaFields, parseFormula } from './formula';

describe('a formula written in the lab', () => {
  it('describes its fields as indicatorDefinitions would, in the console’s language', () => {
    const fields = describeFormulaFields(
      {
        share: { type: 'percent', label: { 'zh-CN': '占比', en: 'Share' }, min: -5 },
        kind: {
          type: 'enum',
          label: { 'zh-CN': '类型', en: 'Kind' },
          required: false,
          options: [{ value: 'a', label: { 'zh-CN': '甲', en: 'A' } }],
        },
        note: { type: 'string', label: { 'zh-CN': '备注', en: 'Note' } },
      },
      'en',
    );
    expect(fields.map((f) => [f.name, f.label, f.required, f.min, f.max, f.maxLength])).toEqual([
      ['share', 'Share', true, 0, 100, null],
      ['kind', 'Kind', false, null, null, null],
      ['note', 'Note', true, null, null, 2000],
    ]);
    expect(fields[1].options).toEqual([{ value: 'a', label: 'A' }]);
  });

  it('reads the example, and says why a text is not JSON', () => {
    const parsed = parseFormula(JSON.stringify(EXAMPLE_FORMULA), 'zh-CN');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.formula.title).toBe('茶园面积');
    expect(parsed.formula.inputs.map((f) => f.name)).toEqual(['teaArea', 'households']);
    expect(parsed.formula.defaults['2']).toEqual({ minTeaArea: 200 });
    const broken = parseFormula('{ "key": ', 'zh-CN');
    expect(broken.ok).toBe(false);
  });
});
