import type { Messages } from '../../i18n/types';

export const messages: Messages = {
  'zh-CN': {
    fanben: {
      queue: {
        menu: '评定队列',
        title: '%{year}年度评定队列',
        intro:
          '乡镇推荐的申报按准备度从高到低排列（准备度为申报数据在申报等级下最薄弱指标的余量）。开始评定后，按最薄弱指标优先的顺序逐项核定，首项不达标即终止评定。',
        waiting: '待评定（%{count} 个）',
        assessing: '评定中（%{count} 个）',
        empty: '%{year}年度暂无待评定的申报。',
        columns: {
          rank: '序号',
          village: '村（社区）',
          township: '乡镇（街道）',
          tier: '申报等级',
          readiness: '准备度',
          weakest: '最薄弱指标',
          vettedAt: '推荐时间',
          progress: '进度',
          actions: '操作',
        },
        progress: '已核定 %{done} / %{total} 项',
        start: '开始评定',
        continue: '继续评定',
        started: '已开始评定“%{village}”',
      },
    },
  },
  en: {
    fanben: {
      queue: {
        menu: 'Assessment queue',
        title: 'Assessment queue, %{year}',
        intro:
          'Applications forwarded by the townships, most ready first (readiness is the margin of the weakest indicator on the declared values at the target tier). An assessment checks the indicators weakest first and ends at the first failure.',
        waiting: 'Waiting (%{count})',
        assessing: 'Being assessed (%{count})',
        empty: 'No applications wait for assessment in %{year}.',
        columns: {
          rank: 'No.',
          village: 'Village',
          township: 'Township',
          tier: 'Target tier',
          readiness: 'Readiness',
          weakest: 'Weakest indicator',
          vettedAt: 'Forwarded on',
          progress: 'Progress',
          actions: 'Actions',
        },
        progress: '%{done} of %{total} checked',
        start: 'Start assessment',
        continue: 'Continue',
        started: 'Assessment of %{village} started',
      },
    },
  },
};
