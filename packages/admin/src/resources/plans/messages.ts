import type { Messages } from '../../i18n/types';

export const messages: Messages = {
  'zh-CN': {
    resources: {
      PlanItem: {
        name: '三年规划 |||| 三年规划',
        emptyHint: '三年规划由乡镇审核员按村填报。',
        fields: {
          townshipId: '乡镇（街道）',
          villageId: '村（社区）',
          periodStart: '规划起始年',
          periodEnd: '规划截止年',
          period: '规划期',
          targetYear: '目标年度',
          targetTier: '目标等级',
          note: '备注',
          status: '销账状态',
          certificationId: '销账依据（命名）',
          writtenOffAt: '销账时间',
          createdAt: '创建时间',
          updatedAt: '更新时间',
        },
      },
    },
    fanben: {
      plan: {
        exportFile: '三年规划',
        period: '%{from}—%{to}年',
        targetYearOutOfPeriod: '目标年度须在规划期内（%{from}—%{to}年）',
        writtenOffNotice: '该规划已于%{date}由命名记录销账，不能再修改或删除。',
        certification: '%{year}年 %{tier}',
        periodHelp: '三年规划期从此年开始，含此后两年',
      },
    },
  },
  en: {
    resources: {
      PlanItem: {
        name: 'Plan line |||| Three-year plan',
        emptyHint: "Township officers enter each village's three-year plan.",
        fields: {
          townshipId: 'Township',
          villageId: 'Village',
          periodStart: 'Period starts',
          periodEnd: 'Period ends',
          period: 'Period',
          targetYear: 'Target year',
          targetTier: 'Target tier',
          note: 'Note',
          status: 'Write-off',
          certificationId: 'Written off by',
          writtenOffAt: 'Written off on',
          createdAt: 'Created',
          updatedAt: 'Updated',
        },
      },
    },
    fanben: {
      plan: {
        exportFile: 'Three-year plan',
        period: '%{from}–%{to}',
        targetYearOutOfPeriod: 'The target year must lie in the period (%{from}–%{to})',
        writtenOffNotice:
          'This line was written off by a certification on %{date}; it can no longer be changed or deleted.',
        certification: '%{tier}, %{year}',
        periodHelp: 'The three-year period starts in this year and covers the next two',
      },
    },
  },
};
