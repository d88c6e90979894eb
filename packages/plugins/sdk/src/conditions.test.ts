import { describe, expect, it } from 'vitest';
import { allOf, atLeast, atMost, greaterThan, mustBeTrue, mustBeZero } from './conditions.js';
import { i18n } from './i18n.js';

const income = i18n('集体经营性收入', 'Operating income');
const perCapita = i18n('人均可支配收入', 'Per-capita disposable income');
const cases = i18n('刑事案件', 'Criminal cases');
const incidents = i18n('重大事件', 'Major incidents');
const core = i18n('党组织核心', 'Party core');

describe('atLeast (≥)', () => {
  it('fails one below the threshold and passes at it', () => {
    const below = atLeast(income, 29999, 30000);
    expect(below.passed).toBe(false);
    expect(below.margin).toBeCloseTo(-1 / 30000, 12);
    expect(below.reason).toEqual({
      'zh-CN': '集体经营性收入 29999 未达到 30000（差 1）',
      en: 'Operating income 29999 is below 30000 (short by 1)',
    });
    const edge = atLeast(income, 30000, 30000);
    expect(edge).toMatchObject({ passed: true, margin: 0, operator: '>=', value: 30000, threshold: 30000 });
    expect(edge.reason['zh-CN']).toBe('集体经营性收入 30000 达到 30000');
  });

  it('normalizes by max(|threshold|, 1)', () => {
    expect(atLeast(income, 3, 0).margin).toBe(3);
    expect(atLeast(income, 0.5, 0.25).margin).toBe(0.25);
    expect(atLeast(income, 40, 20).margin).toBe(1);
  });

  it('keeps float noise out of the reason', () => {
    expect(atLeast(income, 29.7, 30).reason.en).toBe('Operating income 29.7 is below 30 (short by 0.3)');
  });

  it('is loud about a non-finite value (a plugin bug)', () => {
    expect(() => atLeast(income, Number.NaN, 1)).toThrow(/finite/);
    expect(() => atLeast(income, 1, Number.POSITIVE_INFINITY)).toThrow(/finite/);
  });
});

describe('greaterThan (>)', () => {
  it('fails at the threshold (margin 0) and passes one above', () => {
    const edge = greaterThan(perCapita, 7350, 7350);
    expect(edge).toMatchObject({ passed: false, margin: 0, operator: '>' });
    expect(edge.reason).toEqual({
      'zh-CN': '人均可支配收入 7350 未超过 7350',
      en: 'Per-capita disposable income 7350 does not exceed 7350',
    });
    const above = greaterThan(perCapita, 7351, 7350);
    expect(above.passed).toBe(true);
    expect(above.margin).toBeCloseTo(1 / 7350, 12);
    expect(greaterThan(perCapita, 7349, 7350).margin).toBeCloseTo(-1 / 7350, 12);
  });
});

describe('atMost (≤)', () => {
  it('passes at the limit and fails one over', () => {
    expect(atMost(cases, 3, 3)).toMatchObject({ passed: true, margin: 0, operator: '<=' });
    const over = atMost(cases, 4, 3);
    expect(over.passed).toBe(false);
    expect(over.margin).toBeCloseTo(-1 / 3, 12);
    expect(over.reason).toEqual({
      'zh-CN': '刑事案件 4 超过上限 3（多 1）',
      en: 'Criminal cases 4 exceeds the limit of 3 (over by 1)',
    });
    expect(atMost(cases, 0, 3).margin).toBe(1);
  });

  it('uses a divisor of 1 for a zero limit', () => {
    expect(atMost(cases, 0, 0)).toMatchObject({ passed: true, margin: 0 });
    expect(atMost(cases, 2, 0)).toMatchObject({ passed: false, margin: -2 });
  });
});

describe('mustBeTrue', () => {
  it('is +1 / −1', () => {
    expect(mustBeTrue(core, true)).toMatchObject({ passed: true, margin: 1, threshold: null });
    const no = mustBeTrue(core, false);
    expect(no).toMatchObject({ passed: false, margin: -1 });
    expect(no.reason).toEqual({ 'zh-CN': '党组织核心：否（须为是）', en: 'Party core: no (must be yes)' });
  });
});

describe('mustBeZero (= 0)', () => {
  it('is +1 at 0 and −value otherwise', () => {
    expect(mustBeZero(incidents, 0)).toMatchObject({ passed: true, margin: 1, operator: '=0', threshold: 0 });
    const one = mustBeZero(incidents, 1);
    expect(one).toMatchObject({ passed: false, margin: -1 });
    expect(one.reason).toEqual({ 'zh-CN': '重大事件 1，须为 0', en: 'Major incidents is 1, must be 0' });
    expect(mustBeZero(incidents, 3).margin).toBe(-3);
    expect(mustBeZero(incidents, -2)).toMatchObject({ passed: false, margin: -2 });
  });
});

describe('allOf', () => {
  it('passes when all pass, with the smallest margin and the tightest reason', () => {
    const result = allOf(mustBeTrue(core, true), atLeast(income, 31000, 30000), atMost(cases, 1, 3));
    expect(result.passed).toBe(true);
    expect(result.margin).toBeCloseTo(1000 / 30000, 12);
    expect(result.reason.en).toBe('Operating income 31000 reaches 30000');
    expect(Object.keys(result).sort()).toEqual(['margin', 'passed', 'reason']);
  });

  it('fails when one fails, naming only the failing conditions', () => {
    const result = allOf(mustBeZero(incidents, 0), atLeast(income, 29999, 30000), atMost(cases, 4, 3));
    expect(result.passed).toBe(false);
    // −1/3 (cases) is smaller than −1/30000 (income).
    expect(result.margin).toBeCloseTo(-1 / 3, 12);
    expect(result.reason).toEqual({
      'zh-CN': '集体经营性收入 29999 未达到 30000（差 1）；刑事案件 4 超过上限 3（多 1）',
      en: 'Operating income 29999 is below 30000 (short by 1); Criminal cases 4 exceeds the limit of 3 (over by 1)',
    });
  });

  it('fails on a failing edge even when another margin is smaller', () => {
    // '>' at the edge has margin 0 yet fails: passing comes from the conditions, never from the margin.
    const result = allOf(greaterThan(perCapita, 7350, 7350), atLeast(income, 45000, 30000));
    expect(result).toMatchObject({ passed: false, margin: 0 });
    expect(result.reason.en).toBe('Per-capita disposable income 7350 does not exceed 7350');
  });

  it('takes the first of equal margins and needs at least one condition', () => {
    const result = allOf(atLeast(income, 30000, 30000), atMost(cases, 3, 3));
    expect(result.reason.en).toBe('Operating income 30000 reaches 30000');
    expect(() => allOf()).toThrow(/at least one/);
  });

  it('accepts nested results', () => {
    const inner = allOf(atLeast(income, 40000, 30000));
    expect(allOf(inner, mustBeTrue(core, false))).toMatchObject({ passed: false, margin: -1 });
  });
});
