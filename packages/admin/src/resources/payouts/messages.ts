import type { Messages } from '../../i18n/types';

export const messages: Messages = {
  'zh-CN': {
    resources: {
      Payout: {
        name: '发放明细 |||| 发放明细',
        emptyHint: '发放明细由财务人员在“奖励发放表”中生成。',
        fields: {
          year: '年度',
          villageName: '村（社区）',
          villageId: '村（社区）',
          townshipId: '乡镇',
          payeeName: '领取人',
          payeePosition: '职务',
          kind: '类别',
          tier: '等次',
          amount: '金额',
          status: '状态',
          paidAt: '发放日期',
          createdAt: '生成时间',
          updatedAt: '更新时间',
        },
      },
    },
    fanben: {
      payout: {
        markPaid: '登记发放',
        markPaidDone: '已登记发放：%{name} %{amount}',
        bulkMarkPaid: '登记发放',
        bulkMarkPaidDone: '已登记发放 %{count} 条',
        bulkMarkPaidPartly: '已登记发放 %{count} 条，其余未能登记：%{message}',
      },
    },
  },
  en: {
    resources: {
      Payout: {
        name: 'Payout line |||| Payout lines',
        emptyHint: 'Finance officers generate payout lines on the payout statement.',
        fields: {
          year: 'Year',
          villageName: 'Village',
          villageId: 'Village',
          townshipId: 'Township',
          payeeName: 'Payee',
          payeePosition: 'Position',
          kind: 'Kind',
          tier: 'Tier',
          amount: 'Amount',
          status: 'Status',
          paidAt: 'Paid on',
          createdAt: 'Generated',
          updatedAt: 'Updated',
        },
      },
    },
    fanben: {
      payout: {
        markPaid: 'Mark paid',
        markPaidDone: 'Marked paid: %{name} %{amount}',
        bulkMarkPaid: 'Mark paid',
        bulkMarkPaidDone: '%{count} lines marked paid',
        bulkMarkPaidPartly: '%{count} lines marked paid; the rest could not be: %{message}',
      },
    },
  },
};
