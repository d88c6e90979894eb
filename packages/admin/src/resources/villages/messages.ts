import type { Messages } from '../../i18n/types';

export const messages: Messages = {
  'zh-CN': {
    resources: {
      Village: {
        name: '村（社区） |||| 村（社区）',
        fields: {
          name: '名称',
          code: '代码',
          townshipId: '所属乡镇（街道）',
          kind: '类型',
          population: '人口',
          households: '户数',
          cadreCount: '在职村干部数',
          currentTier: '已命名等次',
          latestApplicationStatus: '最近一次申报',
          cadres: '村干部',
          economy: '村集体经济',
          createdAt: '创建时间',
          updatedAt: '更新时间',
        },
      },
    },
    fanben: {
      village: {
        exportFile: '村（社区）名单',
        basics: '基本情况',
        cadres: '村干部',
        economy: '村集体经济',
        addCadre: '添加村干部',
        noCadres: '尚无村干部记录',
        noEconomy: '尚无村集体经济数据',
        economyFields: {
          year: '年度',
          model: '发展模式',
          operatingIncome: '经营性收入',
          collectiveAccumulation: '集体积累',
        },
        model: {
          LAND: '经营土地型',
          RESOURCES: '资源开发型',
          ASSETS: '资产经营型',
          CAPITAL: '资本运作型',
          COOPERATIVE_SERVICE: '合作服务型',
        },
      },
    },
  },
  en: {
    resources: {
      Village: {
        name: 'Village |||| Villages',
        fields: {
          name: 'Name',
          code: 'Code',
          townshipId: 'Township',
          kind: 'Kind',
          population: 'Population',
          households: 'Households',
          cadreCount: 'Active cadres',
          currentTier: 'Certified tier',
          latestApplicationStatus: 'Latest application',
          cadres: 'Cadres',
          economy: 'Collective economy',
          createdAt: 'Created',
          updatedAt: 'Updated',
        },
      },
    },
    fanben: {
      village: {
        exportFile: 'Villages',
        basics: 'Basics',
        cadres: 'Cadres',
        economy: 'Collective economy',
        addCadre: 'Add a cadre',
        noCadres: 'No cadres recorded yet',
        noEconomy: 'No collective-economy figures yet',
        economyFields: {
          year: 'Year',
          model: 'Model',
          operatingIncome: 'Operating income',
          collectiveAccumulation: 'Collective accumulation',
        },
        model: {
          LAND: 'Land',
          RESOURCES: 'Resources',
          ASSETS: 'Assets',
          CAPITAL: 'Capital',
          COOPERATIVE_SERVICE: 'Cooperative services',
        },
      },
    },
  },
};
