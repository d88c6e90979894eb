import { describe, expect, it } from 'vitest';
import { decodeKey, decodeKeys, encodeKey, encodeKeys, indicatorSource } from './formKeys';
import { formatFieldValue, formatMargin } from './display';
import { fromFormValues, groupByCategory, normalizeFieldValues, toFormValues } from './values';
import type { FieldDescription, IndicatorDefinition } from './types';

function field(name: string, type: FieldDescription['type'], extra: Partial<FieldDescription> = {}) {
  return {
    name,
    type,
    label: name,
    help: null,
    required: true,
    min: null,
    max: null,
    maxLength: null,
    unit: null,
    options: [],
    ...extra,
  } satisfies FieldDescription;
}

function indicator(key: string, inputs: FieldDescription[]): IndicatorDefinition {
  return {
    key,
    category: key.split('.')[0],
    version: 1,
    title: key,
    description: null,
    pluginName: 'test',
    inputs,
    params: [],
    defaults: {},
  };
}

/** Hand-picked edge cases plus 500 strings drawn (seeded, reproducible) from the characters that matter. */
function awkwardKeys(): string[] {
  const picked = [
    '',
    '~',
    '~0',
    '~1.',
    '..',
    '[0]',
    '"a"',
    "'",
    '1',
    '0.5',
    '_',
    '__x',
    '组织.十个起来',
    'a~b.c[d]"e\'f',
  ];
  const alphabet = [...'~.[]"\'_01ab组-'];
  let seed = 20170101;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const drawn = Array.from({ length: 500 }, () =>
    Array.from(
      { length: Math.floor(next() * 12) },
      () => alphabet[Math.floor(next() * alphabet.length)],
    ).join(''),
  );
  return [...picked, ...drawn];
}

// react-hook-form splits paths on "." and "[", drops "]" and quotes, and makes arrays of numeric segments.
const PATH_CHARS = /[.[\]"']/;

describe('form keys for indicator keys', () => {
  it('encodes the dot of an indicator key and decodes it back', () => {
    expect(encodeKey('industry.per-capita-income')).toBe('_industry~1per-capita-income');
    expect(decodeKey('_industry~1per-capita-income')).toBe('industry.per-capita-income');
  });

  it('never yields a numeric path segment (tiers "1"–"3" stay objects, not arrays)', () => {
    expect(encodeKey('1')).toBe('_1');
    expect(Number.isNaN(Number(encodeKey('2')))).toBe(true);
  });

  it('round-trips awkward strings and leaves no path character in the encoded key', () => {
    for (const key of awkwardKeys()) {
      const encoded = encodeKey(key);
      expect(PATH_CHARS.test(encoded), encoded).toBe(false);
      expect(decodeKey(encoded)).toBe(key);
    }
  });

  it('keeps keys that differ only in escapes apart', () => {
    expect(encodeKey('a.b')).not.toBe(encodeKey('a~1b'));
    expect(decodeKey(encodeKey('a~1b'))).toBe('a~1b');
  });

  it('refuses to decode a key that was never encoded', () => {
    expect(() => decodeKey('industry.specialty')).toThrow(/Not an encoded form key/);
  });

  it('maps whole records both ways and builds form paths', () => {
    const values = {
      'civility.petitions': { escalatedPetitions: 0 },
      'industry.specialty': { cooperatives: 2 },
    };
    expect(Object.keys(encodeKeys(values))).toEqual(['_civility~1petitions', '_industry~1specialty']);
    expect(decodeKeys(encodeKeys(values))).toEqual(values);
    expect(indicatorSource('declared', 'industry.specialty')).toBe('declared._industry~1specialty');
    expect(indicatorSource('', 'industry.specialty')).toBe('_industry~1specialty');
  });
});

describe('form values for declared values', () => {
  const defs = [
    indicator('organization.service-system', [
      field('partyCore', 'boolean'),
      field('serviceItems', 'int', { min: 0 }),
    ]),
    indicator('industry.collective-income', [
      field('operatingIncome', 'money'),
      field('model', 'enum', { required: false, options: [{ value: 'LAND', label: '经营土地型' }] }),
    ]),
  ];

  it('fills every defined field, a boolean as false and anything else as null when not declared', () => {
    expect(toFormValues(defs, { 'organization.service-system': { serviceItems: 12 } })).toEqual({
      '_organization~1service-system': { partyCore: false, serviceItems: 12 },
      '_industry~1collective-income': { operatingIncome: null, model: null },
    });
  });

  it('gives back exactly the scheme’s indicators and fields, empty inputs as null', () => {
    const form = {
      '_organization~1service-system': { partyCore: true, serviceItems: 12, removedInput: 3 },
      '_industry~1collective-income': { operatingIncome: 45000, model: '' },
      '_environment~1appearance': { greeningRate: 40 },
    };
    expect(fromFormValues(defs, form)).toEqual({
      'organization.service-system': { partyCore: true, serviceItems: 12 },
      'industry.collective-income': { operatingIncome: 45000, model: null },
    });
  });

  it('round-trips declared values through the form unchanged', () => {
    const declared = {
      'organization.service-system': { partyCore: true, serviceItems: 9 },
      'industry.collective-income': { operatingIncome: 39728, model: 'LAND' },
    };
    expect(fromFormValues(defs, toFormValues(defs, declared))).toEqual(declared);
  });

  it('treats an untouched boolean as "no"', () => {
    expect(normalizeFieldValues([field('venue', 'boolean')], {})).toEqual({ venue: false });
  });

  it('groups indicators by category in the order they come', () => {
    const groups = groupByCategory([...defs, indicator('organization.ten-ups', [])]);
    expect(groups.map(([category, list]) => [category, list.map((d) => d.key)])).toEqual([
      ['organization', ['organization.service-system', 'organization.ten-ups']],
      ['industry', ['industry.collective-income']],
    ]);
  });
});

describe('values as a page shows them', () => {
  const words = { locale: 'zh-CN', yes: '是', no: '否' };

  it('reads each field type the way officials write it', () => {
    expect(formatFieldValue(field('a', 'boolean'), true, words)).toBe('是');
    expect(formatFieldValue(field('a', 'boolean'), false, words)).toBe('否');
    expect(formatFieldValue(field('a', 'money'), 45000, words)).toBe('¥45,000');
    expect(formatFieldValue(field('a', 'percent'), 45.5, words)).toBe('45.5%');
    expect(formatFieldValue(field('a', 'int', { unit: '个' }), 4, words)).toBe('4 个');
    expect(
      formatFieldValue(
        field('a', 'enum', { options: [{ value: 'LAND', label: '经营土地型' }] }),
        'LAND',
        words,
      ),
    ).toBe('经营土地型');
    expect(formatFieldValue(field('a', 'date'), '2016-03-05', words)).toBe('2016年3月5日');
    expect(formatFieldValue(field('a', 'int'), null, words)).toBe('—');
  });

  it('shows a margin as a signed percentage', () => {
    expect(formatMargin(0.214)).toBe('+21.4%');
    expect(formatMargin(-0.13333)).toBe('−13.3%');
    expect(formatMargin(0)).toBe('±0%');
    expect(formatMargin(-0.0004)).toBe('±0%');
    expect(formatMargin(null)).toBe('—');
  });
});
