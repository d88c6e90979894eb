import { validateValues } from '@fanben/plugin-sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nestingDepth } from './expression.js';
import { FORMULA_LIMITS, checkFormula, formulaIndicator, type FormulaDefinition } from './index.js';
import { condition, teaGardens, withConditions } from './test-support/tea-gardens.js';

function rejectionText(passes: string): string {
  const result = checkFormula(withConditions([condition(passes)]));
  if (result.ok) throw new Error(`expected ${passes} to be rejected`);
  return result.problems.map((p) => `${p.message['zh-CN']} / ${p.message.en}`).join('\n');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('hostile expressions cannot escape', () => {
  const hostile: [string, RegExp][] = [
    ['this.constructor', /unknown name "this"/],
    ['process.exit()', /unknown name "process"[\s\S]*unavailable function "exit"/],
    ['input.__proto__', /undefined input "__proto__"/],
    ['params.constructor', /undefined param "constructor"/],
    ["input['__proto__'] == null", /may only use "input" as "input.<name>"/],
    ['params == {}', /may only use "params" as "params.<name>"/],
    ['__proto__', /unknown name "__proto__"/],
    ['constructor', /unknown name "constructor"/],
    ['globalThis.process.exit(1)', /unknown name "globalThis"/],
    ["require('child_process')", /unavailable function "require"/],
    ['input.teaArea.valueOf() > 1', /unavailable function "valueOf"/],
    ["input.constructor.constructor('return process')()", /syntax error/],
    ["''.constructor == ''", /cannot be evaluated on sample values: field not found: constructor/],
    ["{'a': 1}.__proto__ == null", /cannot be evaluated on sample values/],
    ['[1, 2, 3].all(x, x > 0)', /macro/],
    ['[1, 2].exists(a, [1, 2].exists(b, [1, 2].exists(c, a + b + c > 5)))', /macro/],
    ['google.protobuf.Duration{seconds: 1} != google.protobuf.Duration{}', /message type/],
    [
      "timestamp('2020-01-01T00:00:00Z') < timestamp('2021-01-01T00:00:00Z')",
      /unavailable function "timestamp"/,
    ],
    ['type(input.teaArea) == double', /unavailable function "type"[\s\S]*unknown name "double"/],
    ['dyn(input.teaArea) > 1', /unavailable function "dyn"/],
    ['[?input.teaArea][0] > 1', /syntax error/],
  ];

  it.each(hostile)('refuses %s', (passes, expected) => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    expect(rejectionText(passes)).toMatch(expected);
    expect(exit).not.toHaveBeenCalled();
  });

  it('treats prototype-like field names and hostile values as plain data', () => {
    const def: FormulaDefinition = {
      ...teaGardens(),
      // `as const`: TypeScript types these two keys from Object.prototype, not from the index signature.
      inputs: {
        constructor: { type: 'number' as const, label: { 'zh-CN': '构造', en: 'Constructor' } },
        toString: { type: 'string' as const, label: { 'zh-CN': '文本', en: 'Text' } },
      },
      conditions: [condition("input.constructor > 1 && input.toString != 'process.exit()'")],
    };
    const indicator = formulaIndicator(def);
    const run = (input: unknown) => {
      const values = validateValues(indicator.inputs, input);
      if (!values.ok) throw new Error('invalid');
      return indicator.evaluate(values.values, { minTeaArea: 1 }).passed;
    };
    expect(run({ constructor: 5, toString: 'hello' })).toBe(true);
    expect(run({ constructor: 5, toString: 'process.exit()' })).toBe(false);
    expect(run({ constructor: 0, toString: '__proto__' })).toBe(false);
  });

  it('rejects field names that could reach a prototype', () => {
    const raw = JSON.parse(
      '{"__proto__": {"type": "int", "label": {"zh-CN": "原型", "en": "Proto"}}}',
    ) as Record<string, unknown>;
    const result = checkFormula({ ...teaGardens(), inputs: raw });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].path).toBe('inputs.__proto__');
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });

  it('runs regular expressions in linear time (RE2), so a catastrophic pattern is harmless', () => {
    const def = teaGardens();
    def.inputs.note = { type: 'string', label: { 'zh-CN': '备注', en: 'Note' }, maxLength: 2000 };
    def.conditions = [condition("input.note.matches('^(a+)+$')")];
    const indicator = formulaIndicator(def);
    const note = `${'a'.repeat(1500)}!`;
    const started = performance.now();
    const result = indicator.evaluate({ teaArea: 1, households: 1, note }, { minTeaArea: 1 });
    expect(result.passed).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('limits are enforced on the raw text', () => {
  it('refuses a huge expression at once, with the length problem only', () => {
    // Also full of syntax errors and unknown names: none is reported, because nothing was parsed.
    const huge = 'process.exit( ((( '.repeat(60_000);
    const started = performance.now();
    const text = rejectionText(huge);
    expect(performance.now() - started).toBeLessThan(200);
    expect(text).toBe(
      `第 1 条条件的公式过长：${huge.length} 个字符，最多 ${FORMULA_LIMITS.maxExpressionLength} 个 / ` +
        `The formula of condition 1 is too long: ${huge.length} characters, at most 500`,
    );
  });

  it('refuses deep nesting within the length limit, with the nesting problem only', () => {
    const deep = `${'['.repeat(200)}${']'.repeat(200)} == []`;
    expect(rejectionText(deep)).toBe(
      '第 1 条条件的公式嵌套过深：括号嵌套 200 层，最多 20 层 / ' +
        'The formula of condition 1 is nested too deeply: 200 levels of brackets, at most 20',
    );
    expect(rejectionText(`${'-('.repeat(25)}1${')'.repeat(25)} > 0`)).toMatch(/nested too deeply: 25 levels/);
  });

  it('measures nesting outside string literals only', () => {
    expect(nestingDepth('(a + [b, {c: d}])')).toBe(3);
    expect(nestingDepth(`'((((' + "[[[" + '''(((''' + r'\\' + (x)`)).toBe(1);
    expect(nestingDepth(`'it\\'s (' + (y)`)).toBe(1);
  });

  it('evaluates the largest allowed expression quickly (no loops: each node runs once)', () => {
    const term = '(input.teaArea + 1) * 2 > input.households';
    const parts: string[] = [];
    while ([...parts, term].join(' || ').length <= FORMULA_LIMITS.maxExpressionLength) parts.push(term);
    const indicator = formulaIndicator(withConditions([condition(parts.join(' || '))]));
    const started = performance.now();
    for (let i = 0; i < 1000; i += 1) indicator.evaluate({ teaArea: 0, households: 5 }, { minTeaArea: 1 });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
