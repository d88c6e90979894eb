import { describe, expect, expectTypeOf, it } from 'vitest';
import { allOf, atLeast, mustBeTrue } from './conditions.js';
import { field } from './fields.js';
import { i18n } from './i18n.js';
import {
  defaultParams,
  defineIndicator,
  definePlugin,
  type AnyIndicator,
  type FanbenPlugin,
} from './indicator.js';
import { perCapitaIncome } from './test-support/per-capita-income.js';

const t = i18n('标题', 'Title');

function serviceSystem(overrides: Partial<AnyIndicator> = {}): AnyIndicator {
  return {
    ...defineIndicator({
      key: 'organization.service-system',
      category: 'organization',
      version: 1,
      title: i18n('一核多元服务体系', 'Service system'),
      inputs: {
        partyCore: field.boolean(i18n('党组织核心', 'Party core')),
        serviceOrganizations: field.int(i18n('服务组织', 'Service organizations'), { min: 0 }),
      },
      params: { minOrganizations: field.int(i18n('服务组织下限', 'Minimum organizations'), { min: 0 }) },
      defaults: { '1': { minOrganizations: 2 }, '2': { minOrganizations: 3 }, '3': { minOrganizations: 5 } },
      evaluate: (input, params) =>
        allOf(
          mustBeTrue(i18n('党组织核心', 'Party core'), input.partyCore),
          atLeast(
            i18n('服务组织', 'Service organizations'),
            input.serviceOrganizations,
            params.minOrganizations,
          ),
        ),
    }),
    ...overrides,
  };
}

describe('defineIndicator', () => {
  it('returns the definition with inferred input and param types', () => {
    expectTypeOf(perCapitaIncome.evaluate)
      .parameter(0)
      .toEqualTypeOf<{ perCapitaDisposableIncome: number }>();
    expectTypeOf(perCapitaIncome.evaluate)
      .parameter(1)
      .toEqualTypeOf<{ minIncome: number; strict?: boolean | undefined }>();
    expect(
      perCapitaIncome.evaluate({ perCapitaDisposableIncome: 7351 }, { minIncome: 7350, strict: true }),
    ).toMatchObject({
      passed: true,
    });
    // Never called: it only has to fail to compile.
    const wrongInput = () =>
      // @ts-expect-error: money is a number, not a string
      perCapitaIncome.evaluate({ perCapitaDisposableIncome: '7351' }, { minIncome: 7350 });
    expect(wrongInput).toBeTypeOf('function');
    // A typed indicator fits in the heterogeneous list a plugin holds.
    const list: AnyIndicator[] = [perCapitaIncome];
    expect(list).toHaveLength(1);
  });

  it('type-checks defaults and evaluate against the fields', () => {
    // Never called: the definitions only have to fail to compile.
    const define = (): void => {
      defineIndicator({
        key: 'industry.x',
        category: 'industry',
        version: 1,
        title: t,
        inputs: { n: field.int(t) },
        params: { min: field.int(t) },
        // @ts-expect-error: a default must have every required param
        defaults: { '1': {}, '2': { min: 1 }, '3': { min: 1 } },
        evaluate: (input, params) => atLeast(t, input.n, params.min),
      });
      defineIndicator({
        key: 'industry.x',
        category: 'industry',
        version: 1,
        title: t,
        inputs: { n: field.int(t) },
        params: { min: field.int(t) },
        defaults: { '1': { min: 1 }, '2': { min: 1 }, '3': { min: 1 } },
        // @ts-expect-error: there is no input called "m"
        evaluate: (input, params) => atLeast(t, input.m, params.min),
      });
    };
    expect(define).toBeTypeOf('function');
  });

  it('picks the default params of a tier', () => {
    expect(defaultParams(perCapitaIncome, 1)).toEqual({ minIncome: 7350, strict: true });
    expect(defaultParams(perCapitaIncome, 3)).toEqual({ minIncome: 10000 });
  });

  it.each([
    'Industry.x',
    'industry',
    'industry.',
    '.x',
    'industry.x.y',
    'industry.x_y',
    'industry.1x',
    '工业.x',
  ])('rejects the key %j', (key) => {
    expect(() => serviceSystem({ key })).not.toThrow();
    expect(() => defineIndicator(serviceSystem({ key }))).toThrow(/key must look like "category.name"/);
  });

  it('accepts keys with digits and hyphens', () => {
    expect(() => defineIndicator(serviceSystem({ key: 'civility2.public-security-3' }))).not.toThrow();
  });

  it('rejects defaults that do not validate against the params', () => {
    const base = serviceSystem();
    const bad = { ...base, defaults: { ...base.defaults, '2': { minOrganizations: 2.5 } } };
    expect(() => defineIndicator(bad)).toThrow(
      /defaults for tier 2 are invalid: Minimum organizations must be a whole number/,
    );
    const missing = { ...base, defaults: { '1': base.defaults['1'], '2': base.defaults['2'] } };
    expect(() => defineIndicator(missing as unknown as AnyIndicator)).toThrow(
      /defaults for tier 3 are invalid/,
    );
    const extra = { ...base, defaults: { ...base.defaults, '1': { minOrganizations: 2, other: 1 } } };
    expect(() => defineIndicator(extra)).toThrow(/tier 1 are invalid: Unknown field "other"/);
  });

  it('rejects malformed definitions', () => {
    expect(() => defineIndicator(serviceSystem({ version: 0 }))).toThrow(/version/);
    expect(() => defineIndicator(serviceSystem({ inputs: { 'bad name': field.int(t) } }))).toThrow(
      /name must match/,
    );
    const emptyEnum = { kind: { type: 'enum' as const, label: t, options: [] } };
    expect(() => defineIndicator(serviceSystem({ inputs: emptyEnum }))).toThrow(/an enum needs options/);
    expect(() => defineIndicator(serviceSystem({ inputs: { n: field.int(t, { min: 5, max: 1 }) } }))).toThrow(
      /min is greater than max/,
    );
  });
});

describe('definePlugin', () => {
  const plugin = (indicators: AnyIndicator[], category = 'organization'): FanbenPlugin => ({
    name: '@fanben/plugin-organization',
    version: '0.1.0',
    category,
    title: i18n('组织建设', 'Organization'),
    indicators,
  });

  it('accepts a consistent plugin and returns it', () => {
    const p = plugin([serviceSystem(), serviceSystem({ key: 'organization.ten-ups' })]);
    expect(definePlugin(p)).toBe(p);
  });

  it('rejects duplicate keys', () => {
    expect(() => definePlugin(plugin([serviceSystem(), serviceSystem()]))).toThrow(
      /duplicate indicator key "organization.service-system"/,
    );
  });

  it('rejects an indicator of another category', () => {
    expect(() => definePlugin(plugin([serviceSystem()], 'industry'))).toThrow(
      /has category "organization", expected "industry"/,
    );
  });

  it('re-checks indicators built without defineIndicator', () => {
    expect(() => definePlugin(plugin([serviceSystem({ key: 'Bad' })]))).toThrow(
      /indicator "Bad": key must look like/,
    );
  });
});
