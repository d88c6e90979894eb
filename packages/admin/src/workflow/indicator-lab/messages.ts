import type { Messages } from '../../i18n/types';

export const messages: Messages = {
  'zh-CN': {
    fanben: {
      indicatorLab: {
        menu: '指标试算',
        title: '指标试算',
        intro: '输入一组数值，按选定等次试算指标是否达标。试算不保存任何内容，也不影响任何申报或评定。',
        mode: {
          label: '试算对象',
          scheme: '方案中的指标',
          formula: '自定义公式指标',
        },
        scheme: '评定方案',
        indicator: '指标',
        tier: '等次',
        values: '数值',
        params: '%{tier}参数',
        paramsHelp: '默认取方案（或公式）中该等次的参数，可临时修改。',
        formula: '公式指标定义（JSON）',
        formulaHelp:
          '格式见 @fanben/plugin-formula：inputs（输入项）、params（参数）、defaults（各等次参数）、conditions（条件，passes 为 CEL 表达式，可引用 input.* 和 params.*）。',
        apply: '按定义生成输入项',
        formulaInvalid: '不是有效的 JSON：%{message}',
        run: '试算',
        result: '试算结果',
        passed: '达标',
        failed: '未达标',
        margin: '余量',
        reason: '说明',
        paramsUsed: '所用参数',
        pickIndicator: '请选择一个指标。',
        labelled: '%{label}：%{value}',
      },
    },
  },
  en: {
    fanben: {
      indicatorLab: {
        menu: 'Indicator lab',
        title: 'Indicator lab',
        intro:
          'Enter values and see whether an indicator passes at a tier. A dry run: nothing is saved and no application or assessment changes.',
        mode: {
          label: 'Try',
          scheme: 'An indicator of a scheme',
          formula: 'A custom formula indicator',
        },
        scheme: 'Scheme',
        indicator: 'Indicator',
        tier: 'Tier',
        values: 'Values',
        params: '%{tier} params',
        paramsHelp: 'The scheme’s (or the formula’s) params for this tier; change them for this run only.',
        formula: 'Formula indicator definition (JSON)',
        formulaHelp:
          'As @fanben/plugin-formula defines it: inputs, params, defaults (params per tier) and conditions (passes is a CEL expression over input.* and params.*).',
        apply: 'Generate the inputs',
        formulaInvalid: 'Not valid JSON: %{message}',
        run: 'Evaluate',
        result: 'Result',
        passed: 'Passed',
        failed: 'Not passed',
        margin: 'Margin',
        reason: 'Reason',
        paramsUsed: 'Params used',
        pickIndicator: 'Choose an indicator.',
        labelled: '%{label}: %{value}',
      },
    },
  },
};
