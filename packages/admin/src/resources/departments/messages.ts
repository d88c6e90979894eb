import type { Messages } from '../../i18n/types';

export const messages: Messages = {
  'zh-CN': {
    resources: {
      Department: {
        name: '帮扶部门 |||| 帮扶部门',
        emptyHint: '帮扶部门由系统管理员录入。',
        fields: {
          name: '部门名称',
          kind: '帮扶类型',
          townshipIds: '帮扶乡镇（街道）',
          villageIds: '帮扶村（社区）',
          townshipId: '帮扶乡镇（街道）',
          villageId: '帮扶村（社区）',
          villageCount: '帮扶村数',
          createdAt: '创建时间',
          updatedAt: '更新时间',
        },
      },
    },
    fanben: { department: { exportFile: '帮扶部门名单' } },
  },
  en: {
    resources: {
      Department: {
        name: 'Department |||| Departments',
        emptyHint: 'Administrators enter the partner departments.',
        fields: {
          name: 'Name',
          kind: 'Kind of assistance',
          townshipIds: 'Townships helped',
          villageIds: 'Villages helped',
          townshipId: 'Township helped',
          villageId: 'Village helped',
          villageCount: 'Villages helped',
          createdAt: 'Created',
          updatedAt: 'Updated',
        },
      },
    },
    fanben: { department: { exportFile: 'Departments' } },
  },
};
