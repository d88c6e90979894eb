import type { Messages } from '../../i18n/types';

export const messages: Messages = {
  'zh-CN': {
    resources: {
      Township: {
        name: '乡镇 |||| 乡镇',
        fields: {
          name: '名称',
          code: '代码',
          kind: '类型',
          villageCount: '村（社区）数',
          createdAt: '创建时间',
          updatedAt: '更新时间',
        },
      },
    },
  },
  en: {
    resources: {
      Township: {
        name: 'Township |||| Townships',
        fields: {
          name: 'Name',
          code: 'Code',
          kind: 'Kind',
          villageCount: 'Villages',
          createdAt: 'Created',
          updatedAt: 'Updated',
        },
      },
    },
  },
};
