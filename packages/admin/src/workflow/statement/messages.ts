import type { Messages } from '../../i18n/types';

export const messages: Messages = {
  'zh-CN': {
    fanben: {
      statement: {
        menu: '奖励发放表',
        title: '%{year}年度奖励资金发放表',
        intro:
          '按%{year}年度有效的命名和现行评定方案计算：每个命名村的在职村干部奖励与村活动经费。生成发放明细后，逐条登记发放。',
        cards: {
          villages: '命名村（社区）',
          cadres: '在职村干部',
          cadreReward: '干部奖励',
          activityFund: '村活动经费',
          total: '应发合计',
          villagesUnit: '%{count} 个',
          cadresUnit: '%{count} 人',
        },
        forecast: {
          title: '%{year}年度预算预测',
          certified: '已命名应发（%{count} 个村）',
          pipeline: '在评申报全部通过时增加（%{count} 个村）',
          total: '预测合计',
        },
        group: {
          label: '汇总方式',
          village: '按村',
          township: '按乡镇',
          tier: '按等次',
        },
        columns: {
          village: '村（社区）',
          township: '乡镇',
          tier: '等次',
          villages: '村数',
          cadres: '干部人数',
          cadreReward: '干部奖励',
          activityFund: '村活动经费',
          total: '合计',
        },
        sum: '合计',
        empty: '%{year}年度没有有效的命名村，无需发放。往年的发放表请在右上角“工作年度”中切换年度查看。',
        actions: {
          generate: '生成发放明细',
          regenerate: '重新生成未发放明细',
          viewLines: '查看发放明细（%{count} 条）',
          downloadXlsx: '下载 Excel',
          downloadCsv: '下载 CSV',
        },
        confirm: {
          generateTitle: '生成%{year}年度发放明细？',
          generateContent:
            '将为每位在职村干部的奖励和每个命名村的活动经费各生成一条发放明细。已生成的明细保持不变，重复生成不会新增记录。',
          regenerateTitle: '重新生成%{year}年度未发放明细？',
          regenerateContent:
            '未发放的明细将按当前干部名单和评定方案重新计算（人员变动、撤销命名会增删或调整明细）；已发放的明细不受影响。',
        },
        result: {
          created: '已新生成 %{created} 条发放明细，本年度共 %{total} 条。',
          nothingNew: '本年度发放明细此前已生成，本次未新增任何记录（共 %{total} 条）。',
          regenerated:
            '未发放明细已按当前名单和方案更新：新增 %{created} 条，调整 %{updated} 条，删除 %{removed} 条；已发放的 %{paid} 条保持不变。本年度共 %{total} 条。',
        },
        fileName: '%{year}年奖励发放表',
      },
    },
  },
  en: {
    fanben: {
      statement: {
        menu: 'Payout statement',
        title: 'Payout statement %{year}',
        intro:
          'From the certifications active in %{year} and the scheme in force: each certified village’s rewards for its active cadres and its activity fund. Generate the lines, then record each payment.',
        cards: {
          villages: 'Certified villages',
          cadres: 'Active cadres',
          cadreReward: 'Cadre rewards',
          activityFund: 'Activity funds',
          total: 'Total owed',
          villagesUnit: '%{count}',
          cadresUnit: '%{count}',
        },
        forecast: {
          title: 'Budget forecast %{year}',
          certified: 'Certified (%{count} villages)',
          pipeline: 'If every pending application passes (%{count} villages)',
          total: 'Forecast total',
        },
        group: {
          label: 'Group by',
          village: 'Village',
          township: 'Township',
          tier: 'Tier',
        },
        columns: {
          village: 'Village',
          township: 'Township',
          tier: 'Tier',
          villages: 'Villages',
          cadres: 'Cadres',
          cadreReward: 'Cadre rewards',
          activityFund: 'Activity fund',
          total: 'Total',
        },
        sum: 'Total',
        empty:
          'No certification is active in %{year}: nothing to pay. Pick an earlier working year at the top right to see its statement.',
        actions: {
          generate: 'Generate payout lines',
          regenerate: 'Regenerate unpaid lines',
          viewLines: 'View payout lines (%{count})',
          downloadXlsx: 'Download Excel',
          downloadCsv: 'Download CSV',
        },
        confirm: {
          generateTitle: 'Generate the payout lines for %{year}?',
          generateContent:
            'One line per active cadre’s reward and one per certified village’s activity fund. Lines already generated stay as they are: running it again creates nothing new.',
          regenerateTitle: 'Regenerate the unpaid lines for %{year}?',
          regenerateContent:
            'Unpaid lines are recomputed from the current cadres and scheme (people who left or joined, revoked certifications add, change or remove lines). Paid lines are not touched.',
        },
        result: {
          created: '%{created} payout lines generated; %{total} lines this year.',
          nothingNew: 'The lines for this year already existed: nothing new was created (%{total} lines).',
          regenerated:
            'Unpaid lines now follow the current cadres and scheme: %{created} added, %{updated} changed, %{removed} removed; %{paid} paid lines unchanged. %{total} lines this year.',
        },
        fileName: 'payout-statement-%{year}',
      },
    },
  },
};
