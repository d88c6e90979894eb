import { describe, expect, it } from 'vitest';
import { describeFields } from './describe.js';
import { field } from './fields.js';
import { i18n } from './i18n.js';

const fields = {
  operatingIncome: field.money(i18n('集体经营性收入', 'Operating income'), {
    min: 0,
    unit: '元',
    help: i18n('上一年度', 'Last year'),
  }),
  greeningRate: field.percent(i18n('绿化率', 'Greening rate'), { min: 10 }),
  note: field.string(i18n('备注', 'Note'), { required: false }),
  model: field.enum(i18n('经营模式', 'Model'), [
    { value: 'LAND', label: i18n('土地', 'Land') },
    { value: 'ASSETS', label: i18n('资产', 'Assets') },
  ]),
  partyCore: field.boolean(i18n('党组织核心', 'Party core')),
};

describe('describeFields', () => {
  it('translates and fills every key, in declaration order', () => {
    const described = describeFields(fields, 'zh-CN');
    expect(described.map((d) => d.name)).toEqual([
      'operatingIncome',
      'greeningRate',
      'note',
      'model',
      'partyCore',
    ]);
    expect(described[0]).toEqual({
      name: 'operatingIncome',
      type: 'money',
      label: '集体经营性收入',
      help: '上一年度',
      required: true,
      min: 0,
      max: null,
      maxLength: null,
      unit: '元',
      options: [],
    });
    expect(described[3]?.options).toEqual([
      { value: 'LAND', label: '土地' },
      { value: 'ASSETS', label: '资产' },
    ]);
  });

  it('reports the effective bounds the validator applies', () => {
    const [, greening, note] = describeFields(fields, 'en');
    expect(greening).toMatchObject({ label: 'Greening rate', min: 10, max: 100 });
    expect(note).toMatchObject({ required: false, maxLength: 2000, help: null, min: null, max: null });
  });

  it('is JSON-serializable without loss', () => {
    const described = describeFields(fields, 'en');
    expect(JSON.parse(JSON.stringify(described))).toEqual(described);
  });
});
