import { describe, expect, it } from 'vitest';
import { FORMULA_LIMITS, checkFormula, type FormulaDefinition, type FormulaProblem } from './index.js';
import { condition, teaGardens, withConditions } from './test-support/tea-gardens.js';

function problems(def: unknown): FormulaProblem[] {
  const result = checkFormula(def);
  if (result.ok) throw new Error('expected the definition to be rejected');
  return result.problems;
}

function messages(def: unknown): string[] {
  return problems(def).map((p) => `${p.path} | ${p.message['zh-CN']} | ${p.message.en}`);
}

describe('checkFormula accepts', () => {
  it('the tea-gardens definition, unchanged', () => {
    const result = checkFormula(teaGardens());
    expect(result).toEqual({ ok: true, definition: teaGardens() });
  });

  it('brackets inside string literals, which do not count towards nesting', () => {
    const def = teaGardens();
    def.inputs.note = { type: 'string', label: { 'zh-CN': '备注', en: 'Note' } };
    def.conditions.push(
      condition(`input.note != '${'('.repeat(30)}' && input.note != r'\\' && input.note != "[[["`),
    );
    expect(checkFormula(def).ok).toBe(true);
  });

  it('a formula whose divisor is zero on some samples only', () => {
    expect(checkFormula(withConditions([condition('input.teaArea / input.households >= 2')])).ok).toBe(true);
  });
});

describe('checkFormula rejects', () => {
  it('a reference to an undefined input, naming it (the example from the brief)', () => {
    const def = teaGardens();
    def.inputs = { households: def.inputs.households };
    def.conditions = [condition('input.households >= 10'), condition('input.teaArea >= params.minTeaArea')];
    expect(problems(def)).toEqual([
      {
        path: 'conditions[1].passes',
        message: {
          'zh-CN': '第 2 条条件引用了未定义的输入「teaArea」',
          en: 'Condition 2 refers to an undefined input "teaArea"',
        },
      },
    ]);
  });

  it('undefined params and unknown names, in the margin too', () => {
    expect(messages(withConditions([condition('input.teaArea >= params.minArea', 'teaArea - 1')]))).toEqual([
      'conditions[0].passes | 第 1 条条件引用了未定义的参数「minArea」 | Condition 1 refers to an undefined param "minArea"',
      'conditions[0].margin | 第 1 条条件的余量公式使用了未知的名称「teaArea」（只能使用 input.<输入名> 和 params.<参数名>） | ' +
        'The margin formula of condition 1 uses the unknown name "teaArea" (only input.<name> and params.<name> are available)',
    ]);
  });

  it('a passes formula that does not yield a bool', () => {
    expect(messages(withConditions([condition('input.teaArea - params.minTeaArea')]))).toEqual([
      'conditions[0].passes | 第 1 条条件必须得出“是”或“否”（bool），实际得出 double | Condition 1 must yield a bool, but yields double',
    ]);
    expect(messages(withConditions([condition("'yes'")]))[0]).toContain('yields string');
  });

  it('a margin that does not yield a number', () => {
    expect(messages(withConditions([condition('input.teaArea > 1', 'input.teaArea > 2')]))).toEqual([
      'conditions[0].margin | 第 1 条条件的余量公式必须得出有限的数字，实际得出 bool | ' +
        'The margin formula of condition 1 must yield a finite number, but yields bool',
    ]);
  });

  it('a formula that fails on every sample', () => {
    const [message] = messages(withConditions([condition("input.teaArea + 'x' > 1")]));
    expect(message).toMatch(
      /^conditions\[0\]\.passes \| 第 1 条条件的公式在示例值上无法计算：.*no matching overload/,
    );
    // A divisor that is zero for every tier's defaults.
    const def = teaGardens();
    def.conditions = [
      condition('input.teaArea >= 0', 'input.teaArea / (params.minTeaArea - params.minTeaArea)'),
    ];
    expect(messages(def)[0]).toContain('division by zero');
  });

  it('a syntax error', () => {
    const [problem] = problems(withConditions([condition('input.teaArea >=')]));
    expect(problem.path).toBe('conditions[0].passes');
    expect(problem.message['zh-CN']).toMatch(/^第 1 条条件的公式有语法错误：/);
    expect(problem.message.en).toMatch(/^The formula of condition 1 has a syntax error: /);
  });

  it('an empty formula', () => {
    expect(messages(withConditions([condition('  ')]))).toEqual([
      'conditions[0].passes | 第 1 条条件的公式不能为空 | The formula of condition 1 is empty',
    ]);
  });

  it('a too-long expression, before parsing it', () => {
    const long = Array.from({ length: 30 }, () => 'input.teaArea >= 1').join(' && ');
    expect(long.length).toBeGreaterThan(FORMULA_LIMITS.maxExpressionLength);
    expect(messages(withConditions([condition(long)]))).toEqual([
      `conditions[0].passes | 第 1 条条件的公式过长：${long.length} 个字符，最多 500 个 | ` +
        `The formula of condition 1 is too long: ${long.length} characters, at most 500`,
    ]);
  });

  it('too deep nesting, before parsing it', () => {
    const deep = `${'('.repeat(21)}input.teaArea >= 1${')'.repeat(21)}`;
    expect(messages(withConditions([condition(deep)]))).toEqual([
      'conditions[0].passes | 第 1 条条件的公式嵌套过深：括号嵌套 21 层，最多 20 层 | ' +
        'The formula of condition 1 is nested too deeply: 21 levels of brackets, at most 20',
    ]);
    const twenty = `${'('.repeat(20)}input.teaArea >= 1${')'.repeat(20)}`;
    expect(checkFormula(withConditions([condition(twenty)])).ok).toBe(true);
  });

  it('too many conditions', () => {
    const many = Array.from({ length: 21 }, () => condition('input.teaArea >= 1'));
    expect(messages(withConditions(many))).toEqual([
      'conditions | 条件最多 20 条，现有 21 条 | At most 20 conditions, got 21',
    ]);
    expect(checkFormula(withConditions(many.slice(0, 20))).ok).toBe(true);
  });

  it('no conditions', () => {
    expect(messages(withConditions([]))).toEqual([
      'conditions | 至少需要一条条件 | At least one condition is needed',
    ]);
  });

  it('too many inputs or params', () => {
    const def = teaGardens();
    for (let i = 0; i < 30; i += 1)
      def.inputs[`extra${i}`] = { type: 'int', label: { 'zh-CN': '额外', en: 'Extra' } };
    expect(messages(def)).toEqual(['inputs | 输入最多 30 个，现有 32 个 | At most 30 inputs, got 32']);
    const params = teaGardens();
    for (let i = 0; i < 31; i += 1)
      params.params[`p${i}`] = { type: 'int', label: { 'zh-CN': '参数', en: 'Param' } };
    expect(problems(params)[0].message.en).toBe('At most 30 params, got 32');
  });

  it('bad defaults', () => {
    const def = teaGardens() as unknown as { defaults: Record<string, unknown> };
    def.defaults = {
      '1': { minTeaArea: 100 },
      '2': { minTeaArea: 'abc' },
      '3': { minTeaArea: -5, other: 1 },
      '4': {},
    };
    expect(messages(def)).toEqual([
      'defaults.4 | 未知的属性「4」 | Unknown property "4"',
      'defaults.2.minTeaArea | 「示范」级（2）的默认参数：「茶园面积门槛」必须是数字 | Defaults for tier 2 (Model): Minimum tea garden area must be a number',
      'defaults.3.other | 「典范」级（3）的默认参数：未知字段「other」 | Defaults for tier 3 (Exemplar): Unknown field "other"',
      'defaults.3.minTeaArea | 「典范」级（3）的默认参数：「茶园面积门槛」不能小于 0 | Defaults for tier 3 (Exemplar): Minimum tea garden area must be at least 0',
    ]);
    const missing = teaGardens() as unknown as { defaults: Record<string, unknown> };
    delete missing.defaults['3'];
    expect(messages(missing)).toEqual([
      'defaults.3 | 缺少「典范」级（3）的默认参数 | Defaults for tier 3 (Exemplar) are missing',
    ]);
  });

  it('a malformed shape: key, category, version, title, fields, conditions', () => {
    const def = {
      ...teaGardens(),
      key: 'Tea Gardens',
      category: '',
      version: 1.5,
      title: { 'zh-CN': '茶园', en: ' ' },
      extra: true,
      inputs: {
        teaArea: { type: 'decimal', label: { 'zh-CN': '面积', en: 'Area' } },
        kind: { type: 'enum', label: { 'zh-CN': '类型', en: 'Kind' } },
        '1bad': { type: 'int', label: { 'zh-CN': '坏', en: 'Bad' } },
        size: {
          type: 'int',
          label: { 'zh-CN': '规模', en: 'Size' },
          min: 5,
          max: 1,
          maxLength: 3,
          colour: 'red',
        },
        flag: {
          type: 'boolean',
          label: { 'zh-CN': '', en: 'Flag' },
          options: [{ value: 'A', label: { 'zh-CN': 'A', en: 'A' } }],
        },
      },
      conditions: [{ label: { 'zh-CN': '条件', en: 'Condition' }, passes: 3 }, 'input.teaArea > 1'],
    };
    expect(problems(def).map((p) => p.path)).toEqual([
      'extra',
      'key',
      'category',
      'version',
      'title',
      'inputs.teaArea.type',
      'inputs.kind.options',
      'inputs.1bad',
      'inputs.size.colour',
      'inputs.size.min',
      'inputs.size.maxLength',
      'inputs.flag.label',
      'inputs.flag.options',
      'conditions[0].passes',
      'conditions[1]',
    ]);
    expect(problems(def).find((p) => p.path === 'inputs.kind.options')?.message).toEqual({
      'zh-CN': '输入「kind」是枚举，需要至少一个选项',
      en: 'Input "kind" is an enum and needs at least one option',
    });
  });

  it('anything that is not an object', () => {
    for (const raw of [null, 'custom.tea', 42, [teaGardens()]]) {
      expect(messages(raw)).toEqual([
        ' | 公式指标的定义必须是一个对象 | A formula definition must be an object',
      ]);
    }
  });

  it('inputs that admit no value at all', () => {
    const def = teaGardens();
    def.inputs.households = { type: 'int', label: { 'zh-CN': '户数', en: 'Households' }, min: 0.2, max: 0.8 };
    expect(messages(def)).toEqual([
      'inputs | 无法为输入构造有效的示例值，请检查各字段的最小值和最大值 | ' +
        'No valid sample values can be built for the inputs: check the fields’ min and max',
    ]);
  });

  it('duplicate enum options', () => {
    const def: FormulaDefinition = teaGardens();
    def.inputs.kind = {
      type: 'enum',
      label: { 'zh-CN': '类型', en: 'Kind' },
      options: [
        { value: 'A', label: { 'zh-CN': '甲', en: 'A' } },
        { value: 'A', label: { 'zh-CN': '乙', en: 'B' } },
      ],
    };
    expect(messages(def)).toEqual([
      'inputs.kind.options[1].value | 输入「kind」的选项值「A」重复 | Input "kind": option value "A" is repeated',
    ]);
  });
});
