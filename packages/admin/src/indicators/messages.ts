import type { Messages } from '../i18n/types';

/** Words of the generated indicator forms and comparisons, shared by every screen that uses them. */
export const messages: Messages = {
  'zh-CN': {
    fanben: {
      indicators: {
        category: {
          organization: '组织建设',
          environment: '人居环境',
          civility: '乡风文明',
          industry: '产业发展',
          formula: '自定义指标',
        },
        loading: '正在加载评定指标…',
        loadFailed: '评定指标加载失败：%{message}',
        none: '该方案没有评定指标',
        integer: '必须是整数',
        wholeYuan: '必须是整数（元）',
        field: '项目',
        declared: '申报值',
        verified: '核实值',
        threshold: '本档要求',
        result: '结果',
        passed: '达标',
        failed: '未达标',
        notAssessed: '未评定',
        margin: '余量 %{margin}',
        marginHelp: '余量：与门槛的相对差距，负数表示未达到',
      },
    },
  },
  en: {
    fanben: {
      indicators: {
        category: {
          organization: 'Organization',
          environment: 'Living environment',
          civility: 'Civility',
          industry: 'Industry',
          formula: 'Custom indicators',
        },
        loading: 'Loading the indicators…',
        loadFailed: 'The indicators could not be loaded: %{message}',
        none: 'This scheme has no indicators',
        integer: 'Must be a whole number',
        wholeYuan: 'Must be a whole number of yuan',
        field: 'Item',
        declared: 'Declared',
        verified: 'Verified',
        threshold: 'Required at this tier',
        result: 'Result',
        passed: 'Met',
        failed: 'Not met',
        notAssessed: 'Not assessed',
        margin: 'Margin %{margin}',
        marginHelp: 'Margin: relative distance to the threshold; negative means not reached',
      },
    },
  },
};
