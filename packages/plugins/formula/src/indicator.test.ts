import { definePlugin, runIndicatorCases, validateValues, type AnyIndicator } from '@fanben/plugin-sdk';
import { describe, expect, it } from 'vitest';
import plugin, { FORMULA_LIMITS, checkFormula, formulaIndicator, type FormulaDefinition } from './index.js';
import { condition, teaGardens, withConditions } from './test-support/tea-gardens.js';

const tea = formulaIndicator(teaGardens());

/** Validates like the server, then evaluates. */
function evaluate(indicator: AnyIndicator, input: unknown, params: unknown) {
  const i = validateValues(indicator.inputs, input);
  const p = validateValues(indicator.params, params);
  if (!i.ok || !p.ok) throw new Error('test values are invalid');
  return indicator.evaluate(i.values, p.values);
}

describe('custom.tea-gardens 茶园面积', () => {
  it('is a well-formed sdk indicator', () => {
    expect(tea.key).toBe('custom.tea-gardens');
    expect(tea.defaults).toEqual({
      '1': { minTeaArea: 100 },
      '2': { minTeaArea: 200 },
      '3': { minTeaArea: 300 },
    });
    // definePlugin re-checks every indicator with the sdk's own rules.
    expect(() =>
      definePlugin({
        name: 'county-x',
        version: '1.0.0',
        category: 'custom',
        title: { 'zh-CN': '自定义', en: 'Custom' },
        indicators: [tea],
      }),
    ).not.toThrow();
  });

  it('passes and fails at the edges of every tier', () => {
    expect(
      runIndicatorCases(tea, [
        {
          name: 'tier 1 exactly at both edges',
          tier: 1,
          input: { teaArea: 100, households: 10 },
          passed: true,
          margin: 0,
        },
        {
          name: 'tier 1 half a mu short',
          tier: 1,
          input: { teaArea: 99.5, households: 10 },
          passed: false,
          margin: -0.005,
        },
        {
          name: 'tier 1 one household short',
          tier: 1,
          input: { teaArea: 150, households: 9 },
          passed: false,
          margin: -1,
        },
        {
          name: 'tier 2 comfortably',
          tier: 2,
          input: { teaArea: 250, households: 12 },
          passed: true,
          margin: 0.25,
        },
        {
          name: 'tier 2 below its own threshold',
          tier: 2,
          input: { teaArea: 150, households: 40 },
          passed: false,
          margin: -0.25,
        },
        {
          name: 'tier 3 at the edge',
          tier: 3,
          input: { teaArea: 300, households: 10 },
          passed: true,
          margin: 0,
        },
        {
          name: 'tier 3 far above',
          tier: 3,
          input: { teaArea: 900, households: 10 },
          passed: true,
          margin: 1,
        },
        {
          name: 'tier 3 just below',
          tier: 3,
          input: { teaArea: 299, households: 10 },
          passed: false,
          margin: -1 / 300,
        },
        {
          name: 'explicit params',
          tier: { minTeaArea: 50 },
          input: { teaArea: 25, households: 10 },
          passed: false,
          margin: -0.5,
        },
        { name: 'zero everything', tier: 1, input: { teaArea: 0, households: 0 }, passed: false, margin: -1 },
      ]),
    ).toEqual([]);
  });

  it('names the failing conditions by label, or the tightest one when all pass', () => {
    const failed = evaluate(tea, { teaArea: 50, households: 3 }, { minTeaArea: 100 });
    expect(failed.reason['zh-CN']).toBe('茶园面积达标：未满足（余量 -0.5）；种植户数不少于 10 户：未满足');
    expect(failed.reason.en).toBe(
      'Tea garden area: not met (margin -0.5); At least 10 growing households: not met',
    );
    const passed = evaluate(tea, { teaArea: 120, households: 30 }, { minTeaArea: 100 });
    expect(passed).toEqual({
      passed: true,
      margin: 0.2,
      reason: { 'zh-CN': '茶园面积达标：满足（余量 0.2）', en: 'Tea garden area: met (margin 0.2)' },
    });
  });

  it('gives identical results for the same inputs', () => {
    const input = { teaArea: 123.4, households: 11 };
    const first = evaluate(tea, input, tea.defaults['2']);
    const second = evaluate(tea, input, tea.defaults['2']);
    expect(second).toEqual(first);
    expect(Object.is(first.margin, second.margin)).toBe(true);
    // A second indicator built from the same definition agrees too.
    expect(evaluate(formulaIndicator(teaGardens()), input, tea.defaults['2'])).toEqual(first);
  });
});

describe('numbers', () => {
  it('mixes int fields, number fields and integer literals in arithmetic', () => {
    const indicator = formulaIndicator(
      withConditions([
        condition('input.households * 1.5 >= 15'),
        condition('input.teaArea + 1 > params.minTeaArea'),
        condition('input.households + input.teaArea / 2 >= 60', '(input.households - 10) / 10'),
        condition('input.households % 2 == 0'),
        condition("size('茶园') * 5 == 10 && [1, 2].size() + size({'a': 1}) == 3 && 'ab'.size() + 0.5 > 2"),
      ]),
    );
    expect(
      runIndicatorCases(indicator, [
        { name: 'all met', tier: 1, input: { teaArea: 100, households: 10 }, passed: true, margin: 0 },
        {
          name: 'odd households',
          tier: 1,
          input: { teaArea: 100, households: 11 },
          passed: false,
          margin: -1,
        },
        {
          name: 'fractional area',
          tier: 1,
          input: { teaArea: 99.5, households: 20 },
          passed: true,
          margin: 1,
        },
        { name: 'too small', tier: 1, input: { teaArea: 98.5, households: 20 }, passed: false, margin: -1 },
      ]),
    ).toEqual([]);
  });

  it('handles percent, money, boolean, enum, date and string fields', () => {
    const def: FormulaDefinition = {
      key: 'custom.tea-quality',
      category: 'custom',
      version: 2,
      title: { 'zh-CN': '茶叶品质', en: 'Tea quality' },
      inputs: {
        organicShare: { type: 'percent', label: { 'zh-CN': '有机茶占比', en: 'Organic share' } },
        sales: { type: 'money', label: { 'zh-CN': '销售额', en: 'Sales' }, min: 0, unit: '元' },
        certified: { type: 'boolean', label: { 'zh-CN': '已认证', en: 'Certified' } },
        variety: {
          type: 'enum',
          label: { 'zh-CN': '品种', en: 'Variety' },
          options: [
            { value: 'LONGJING', label: { 'zh-CN': '龙井', en: 'Longjing' } },
            { value: 'MAOFENG', label: { 'zh-CN': '毛峰', en: 'Maofeng' } },
            { value: 'OTHER', label: { 'zh-CN': '其他', en: 'Other' } },
          ],
        },
        certifiedOn: { type: 'date', label: { 'zh-CN': '认证日期', en: 'Certified on' } },
        brand: { type: 'string', label: { 'zh-CN': '品牌', en: 'Brand' }, required: false, maxLength: 20 },
      },
      params: {
        minOrganicShare: { type: 'percent', label: { 'zh-CN': '有机占比门槛', en: 'Minimum organic share' } },
        minSales: { type: 'money', label: { 'zh-CN': '销售额门槛', en: 'Minimum sales' }, min: 0 },
      },
      defaults: {
        '1': { minOrganicShare: 30, minSales: 100000 },
        '2': { minOrganicShare: 40.5, minSales: 200000 },
        '3': { minOrganicShare: 50, minSales: 500000 },
      },
      conditions: [
        {
          label: { 'zh-CN': '有机茶占比', en: 'Organic share' },
          passes: 'input.organicShare >= params.minOrganicShare',
          margin: '(input.organicShare - params.minOrganicShare) / max(params.minOrganicShare, 1)',
        },
        {
          label: { 'zh-CN': '销售额', en: 'Sales' },
          passes: 'input.sales > params.minSales',
          margin: '(input.sales - params.minSales) / max(abs(params.minSales), 1)',
        },
        {
          label: { 'zh-CN': '认证', en: 'Certification' },
          passes: "input.certified && input.certifiedOn >= '2020-01-01'",
        },
        { label: { 'zh-CN': '品种', en: 'Variety' }, passes: "input.variety in ['LONGJING', 'MAOFENG']" },
        {
          label: { 'zh-CN': '品牌', en: 'Brand' },
          passes: "!has(input.brand) || (size(input.brand) + 1 >= 3 && !input.brand.startsWith('x'))",
        },
      ],
    };
    const indicator = formulaIndicator(def);
    const good = {
      organicShare: 45,
      sales: 250000,
      certified: true,
      variety: 'LONGJING',
      certifiedOn: '2021-06-30',
      brand: '西湖',
    };
    expect(
      runIndicatorCases(indicator, [
        { name: 'tier 2 met', tier: 2, input: good, passed: true, margin: (45 - 40.5) / 40.5 },
        {
          name: 'tier 1 percent edge',
          tier: 1,
          input: { ...good, organicShare: 30 },
          passed: true,
          margin: 0,
        },
        { name: 'money must exceed', tier: 2, input: { ...good, sales: 200000 }, passed: false, margin: 0 },
        { name: 'tier 3 short', tier: 3, input: good, passed: false, margin: -0.5 },
        {
          name: 'old certificate',
          tier: 1,
          input: { ...good, certifiedOn: '2019-12-31' },
          passed: false,
          margin: -1,
        },
        { name: 'other variety', tier: 1, input: { ...good, variety: 'OTHER' }, passed: false, margin: -1 },
        { name: 'no brand is fine', tier: 1, input: { ...good, brand: undefined }, passed: true },
        { name: 'bad brand', tier: 1, input: { ...good, brand: 'xy' }, passed: false },
      ]),
    ).toEqual([]);
  });
});

describe('runtime errors', () => {
  const perHousehold = formulaIndicator(
    withConditions([
      condition('input.teaArea / input.households >= 2', 'input.teaArea / input.households / 2 - 1'),
      condition('input.households >= 0'),
    ]),
  );

  it('turns division by zero into a failed condition with margin -1', () => {
    const result = evaluate(perHousehold, { teaArea: 100, households: 0 }, { minTeaArea: 100 });
    expect(result.passed).toBe(false);
    expect(result.margin).toBe(-1);
    expect(result.reason['zh-CN']).toBe('条件：公式无法计算（division by zero）');
    expect(result.reason.en).toBe('Condition: the formula could not be evaluated (division by zero)');
    expect(evaluate(perHousehold, { teaArea: 100, households: 10 }, { minTeaArea: 100 }).passed).toBe(true);
  });

  it('fails a condition whose margin cannot be computed for a scheme-set param', () => {
    // The defaults are fine, but a scheme may set a threshold of 0 for some tier.
    const result = evaluate(tea, { teaArea: 10, households: 10 }, { minTeaArea: 0 });
    expect(result).toEqual({
      passed: false,
      margin: -1,
      reason: {
        'zh-CN': '茶园面积达标：公式无法计算（division by zero）',
        en: 'Tea garden area: the formula could not be evaluated (division by zero)',
      },
    });
  });

  it('fails, rather than throws, on an absent optional input or a wrong result type', () => {
    const def = teaGardens();
    def.inputs.note = { type: 'string', label: { 'zh-CN': '备注', en: 'Note' }, required: false };
    def.conditions = [condition("input.note == 'ok'"), condition("input.teaArea > 1000 ? 'yes' : true")];
    const indicator = formulaIndicator(def);
    // Sample values (small areas) give a bool; a large area takes the other branch at run time.
    const result = evaluate(indicator, { teaArea: 5000, households: 1 }, { minTeaArea: 1 });
    expect(result.passed).toBe(false);
    expect(result.margin).toBe(-1);
    expect(result.reason.en).toContain('could not be evaluated');
    expect(result.reason.en).toContain('did not yield a bool');
  });

  it('keeps the sign of a margin consistent with the outcome', () => {
    const indicator = formulaIndicator(
      withConditions([condition('input.teaArea > 10', 'input.teaArea - 20')]),
    );
    expect(evaluate(indicator, { teaArea: 15, households: 0 }, { minTeaArea: 1 }).margin).toBe(0);
    expect(evaluate(indicator, { teaArea: 5, households: 0 }, { minTeaArea: 1 }).margin).toBe(-15);
  });
});

describe('formulaIndicator and the plugin', () => {
  it('throws an error that lists every problem', () => {
    const def = withConditions([condition('input.nope >= 1'), condition('1 +')]);
    expect(() => formulaIndicator(def)).toThrow(/Invalid formula indicator "custom\.tea-gardens"/);
    expect(() => formulaIndicator(def)).toThrow(
      /conditions\[0\]\.passes: Condition 1 refers to an undefined input "nope"/,
    );
    expect(() => formulaIndicator(def)).toThrow(
      /conditions\[1\]\.passes: The formula of condition 2 has a syntax error/,
    );
  });

  it('exports an empty formula plugin and its limits', () => {
    expect(plugin).toMatchObject({
      name: '@fanben/plugin-formula',
      version: '1.0.0',
      category: 'formula',
      indicators: [],
    });
    expect(plugin.title['zh-CN']).not.toBe('');
    expect(FORMULA_LIMITS).toEqual({
      maxConditions: 20,
      maxExpressionLength: 500,
      maxInputs: 30,
      maxParams: 30,
      maxNesting: 20,
    });
    expect(Object.isFrozen(FORMULA_LIMITS)).toBe(true);
  });

  it('returns a clean copy of the definition', () => {
    const raw = teaGardens() as unknown as Record<string, unknown>;
    const withNulls = {
      ...raw,
      description: null,
      inputs: {
        teaArea: {
          type: 'number',
          label: { 'zh-CN': '茶园面积', en: 'Tea garden area' },
          help: null,
          options: [],
        },
        households: { type: 'int', label: { 'zh-CN': '种植户数', en: 'Households' }, min: 0, max: null },
      },
    };
    const checked = checkFormula(withNulls);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.definition.description).toBeUndefined();
    expect(checked.definition.inputs.teaArea).toEqual({
      type: 'number',
      label: { 'zh-CN': '茶园面积', en: 'Tea garden area' },
    });
    expect(checked.definition.inputs.households).toEqual({
      type: 'int',
      label: { 'zh-CN': '种植户数', en: 'Households' },
      min: 0,
    });
    // Later changes to the submitted object do not reach the checked copy.
    (withNulls.inputs.teaArea.label as { en: string }).en = 'changed';
    expect(checked.definition.inputs.teaArea.label.en).toBe('Tea garden area');
  });
});
