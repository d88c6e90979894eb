import type { Messages } from '../i18n/types';

/** Words of the generated indicator forms and comparisons, shared by every screen that uses them. */
export const messages: Messages = {
  'zh-CN': {
    fanben: {
      readiness: {
        ready: '按申报数据全部达标',
        short: '按申报数据有指标未达标',
      },
      indicators: {
        // The scheme's own names of its four categories (组织强、环境美、乡风纯、产业兴), as the plugins title them.
        category: {
          organization: '组织强',
          environment: '环境美',
          civility: '乡风纯',
          industry: '产业兴',
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
      readiness: {
        ready: 'Every indicator passes on the declared values',
        short: 'Some indicator fails on the declared values',
      },
      indicators: {
        category: {
          organization: 'Strong organization',
          environment: 'Beautiful environment',
          civility: 'Pure rural customs',
          industry: 'Thriving industry',
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
