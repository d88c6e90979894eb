import type { Messages } from '../../i18n/types';

export const messages: Messages = {
  'zh-CN': {
    fanben: {
      preAssessment: {
        menu: '全面摸排',
        title: '%{year}年度全面摸排',
        intro:
          '以各村（社区）最近一次申报的数据，按所选等级逐项测算，准备度从高到低排列。测算不保存任何结果，仅供评定员和乡镇摸清底数。',
        tier: '测算等级',
        township: '乡镇（街道）',
        allTownships: '全部乡镇',
        search: '搜索村名',
        summary: {
          villages: '摸排村（社区）',
          ready: '按申报数据可达标',
          short: '有指标未达标',
          missing: '无可用申报数据',
          value: '%{count} 个',
        },
        columns: {
          rank: '序号',
          village: '村（社区）',
          township: '乡镇（街道）',
          declaredYear: '申报年度',
          readiness: '准备度',
          failingCount: '未达标指标数',
          weakest: '最薄弱指标',
          problem: '说明',
        },
        noDeclared: '尚无申报数据',
        empty: '没有符合条件的村（社区）。',
      },
    },
  },
  en: {
    fanben: {
      preAssessment: {
        menu: 'Pre-assessment',
        title: 'Pre-assessment, %{year}',
        intro:
          'Every village evaluated at the chosen tier on its latest declared values, most ready first. Nothing is saved: it shows assessors and townships where each village stands.',
        tier: 'Tier',
        township: 'Township',
        allTownships: 'All townships',
        search: 'Search villages',
        summary: {
          villages: 'Villages surveyed',
          ready: 'Pass on declared values',
          short: 'Fail some indicator',
          missing: 'No usable declared values',
          value: '%{count}',
        },
        columns: {
          rank: 'No.',
          village: 'Village',
          township: 'Township',
          declaredYear: 'Declared in',
          readiness: 'Readiness',
          failingCount: 'Failing indicators',
          weakest: 'Weakest indicator',
          problem: 'Note',
        },
        noDeclared: 'No declared values yet',
        empty: 'No village matches.',
      },
    },
  },
};
