import type { Messages } from '../../i18n/types';

export const messages: Messages = {
  'zh-CN': {
    resources: {
      Certification: {
        name: '命名记录 |||| 命名记录',
        emptyHint: '村通过区级评定后，命名记录在此自动生成。',
        // The default title would name the record by its year and tier number.
        page: { show: '命名记录' },
        fields: {
          village: '村（社区）',
          villageId: '村（社区）',
          township: '乡镇（街道）',
          townshipId: '乡镇（街道）',
          tier: '等级',
          year: '命名年度',
          status: '状态',
          assessmentId: '评定记录',
          revokedAt: '撤销时间',
          revokedReason: '撤销原因',
          createdAt: '命名时间',
          q: '搜索村名',
        },
      },
    },
    fanben: {
      certification: {
        manual: '手工录入',
        viewAssessment: '查看评定记录',
        export: '导出名单（Excel）',
        exportFile: '命名村（社区）名单',
        exportFailed: '导出失败：%{message}',
        revoke: {
          button: '撤销命名',
          title: '撤销“%{village}”的%{tier}命名',
          explain:
            '撤销后该命名不再享受当年的奖励资金，已销账的三年规划将重新计为未完成。撤销原因将记入审计日志。',
          reason: '撤销原因',
          reasonHelp: '必填，如：发生重大安全事故，经领导小组研究决定撤销。',
          confirm: '确认撤销',
          done: '已撤销该命名',
        },
      },
    },
  },
  en: {
    resources: {
      Certification: {
        name: 'Certification |||| Certifications',
        emptyHint: 'A certification appears here when a village passes its assessment.',
        page: { show: 'Certification' },
        fields: {
          village: 'Village',
          villageId: 'Village',
          township: 'Township',
          townshipId: 'Township',
          tier: 'Tier',
          year: 'Year',
          status: 'Status',
          assessmentId: 'Assessment',
          revokedAt: 'Revoked on',
          revokedReason: 'Reason for revocation',
          createdAt: 'Certified on',
          q: 'Search villages',
        },
      },
    },
    fanben: {
      certification: {
        manual: 'Entered by hand',
        viewAssessment: 'View the assessment',
        export: 'Export list (Excel)',
        exportFile: 'Certified villages',
        exportFailed: 'Export failed: %{message}',
        revoke: {
          button: 'Revoke',
          title: 'Revoke the %{tier} certification of %{village}',
          explain:
            'A revoked certification no longer pays for its year, and the plan lines it wrote off are owed again. The reason is kept in the audit trail.',
          reason: 'Reason for revocation',
          reasonHelp: 'Required, e.g. a major safety incident; revoked by decision of the leadership group.',
          confirm: 'Revoke certification',
          done: 'The certification has been revoked',
        },
      },
    },
  },
};
