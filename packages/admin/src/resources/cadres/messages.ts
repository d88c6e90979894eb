import type { Messages } from '../../i18n/types';

export const messages: Messages = {
  'zh-CN': {
    resources: {
      Cadre: {
        name: '村干部 |||| 村干部',
        fields: {
          name: '姓名',
          villageId: '所在村（社区）',
          position: '职务',
          gender: '性别',
          phone: '联系电话',
          active: '在职',
          createdAt: '创建时间',
          updatedAt: '更新时间',
        },
      },
    },
    fanben: {
      cadre: {
        exportFile: '村干部名单',
        positionHelp: '如：支部书记、村委会主任、村监委会主任',
        phoneFormat: '只能包含数字、空格、“+”和“-”',
      },
    },
  },
  en: {
    resources: {
      Cadre: {
        name: 'Cadre |||| Cadres',
        fields: {
          name: 'Name',
          villageId: 'Village',
          position: 'Position',
          gender: 'Gender',
          phone: 'Phone',
          active: 'In office',
          createdAt: 'Created',
          updatedAt: 'Updated',
        },
      },
    },
    fanben: {
      cadre: {
        exportFile: 'Cadres',
        positionHelp: 'e.g. Party branch secretary (支部书记), village committee director',
        phoneFormat: 'Only digits, spaces, "+" and "-"',
      },
    },
  },
};
