import type { Messages } from '../../i18n/types';

export const messages: Messages = {
  'zh-CN': {
    resources: {
      Training: {
        name: '培训 |||| 培训',
        emptyHint: '培训由系统管理员录入。',
        fields: {
          date: '培训日期',
          year: '年度',
          topic: '培训主题',
          organizer: '主办单位',
          attendeeCount: '参训人数',
          townshipIds: '参训乡镇（街道）',
          villageIds: '参训村（社区）',
          townshipId: '参训乡镇（街道）',
          villageId: '参训村（社区）',
          villageCount: '参训村数',
          createdAt: '创建时间',
          updatedAt: '更新时间',
        },
      },
    },
    fanben: { training: { exportFile: '培训记录' } },
  },
  en: {
    resources: {
      Training: {
        name: 'Training |||| Trainings',
        emptyHint: 'Administrators enter the trainings.',
        fields: {
          date: 'Date',
          year: 'Year',
          topic: 'Topic',
          organizer: 'Organizer',
          attendeeCount: 'Attendees',
          townshipIds: 'Townships attending',
          villageIds: 'Villages attending',
          townshipId: 'Township attending',
          villageId: 'Village attending',
          villageCount: 'Villages attending',
          createdAt: 'Created',
          updatedAt: 'Updated',
        },
      },
    },
    fanben: { training: { exportFile: 'Trainings' } },
  },
};
