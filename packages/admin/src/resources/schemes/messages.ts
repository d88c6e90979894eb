import type { Messages } from '../../i18n/types';

export const messages: Messages = {
  'zh-CN': {
    resources: {
      Scheme: {
        name: '评定方案 |||| 评定方案',
        fields: {
          name: '方案名称',
          effectiveFromYear: '起始年度',
          active: '启用',
          tiers: '等次与奖励',
          rules: '评定规则',
          indicators: '评定指标',
          createdAt: '创建时间',
          updatedAt: '更新时间',
          version: '版本',
        },
      },
    },
    fanben: {
      scheme: {
        effectiveFromYearHelp: '本方案管辖自该年度起的申报与奖励发放，直到有更晚的启用方案',
        activeHelp: '同一年度以起始年度最晚的启用方案为准',
        sections: {
          basics: '基本信息',
          rules: '评定规则',
          tiers: '等次与奖励标准（元/年）',
          indicators: '评定指标与各等次参数',
        },
        rules: {
          requirePreviousTier: '逐级申报（申报示范村、典范村须已是上一等次）',
          newReachRatio: '每年新达标比例',
          newReachRatioHelp: '各乡镇每年应新达到规范村的村数占比，如 33.33 即三分之一',
          townshipQuotaPerYear: '乡镇每年推荐名额',
          townshipQuotaHelp: '留空为不限',
          noLimit: '不限',
          ratioRange: '须大于 0 且不超过 100',
        },
        tierNameZh: '名称（中文）',
        tierNameEn: '名称（英文）',
        cadreReward: '每名在职干部奖励',
        activityFund: '村活动经费',
        indicatorKeys: '评定指标（按评定顺序）',
        indicatorKeysHelp: '选择本方案采用的指标；展开下方各指标可设置规范、示范、典范三个等次的参数',
        noParams: '该指标没有可调参数',
        paramCount: '%{smart_count} 项参数',
        basedOn: '新方案以“%{name}”为底稿（含其指标和参数），保存前默认不启用。',
        noBase: '尚无启用的方案，请逐项填写。',
        level: '等次',
        tierName: '名称',
        indicator: '指标',
        key: '指标代码',
        source: '来源',
        formula: '自定义公式',
        unavailable: '插件未加载',
        params: '参数（规范 / 示范 / 典范）',
        saved: '评定方案已保存',
      },
    },
  },
  en: {
    resources: {
      Scheme: {
        name: 'Scheme |||| Schemes',
        fields: {
          name: 'Name',
          effectiveFromYear: 'Effective from',
          active: 'Active',
          tiers: 'Tiers and rewards',
          rules: 'Rules',
          indicators: 'Indicators',
          createdAt: 'Created',
          updatedAt: 'Updated',
          version: 'Version',
        },
      },
    },
    fanben: {
      scheme: {
        effectiveFromYearHelp:
          'Governs applications and payouts from this year on, until a later active scheme takes over',
        activeHelp: 'For a year, the active scheme with the latest start year applies',
        sections: {
          basics: 'Basics',
          rules: 'Rules',
          tiers: 'Tiers and amounts (yuan a year)',
          indicators: 'Indicators and their params per tier',
        },
        rules: {
          requirePreviousTier: 'One tier at a time (Model and Exemplar need the tier below first)',
          newReachRatio: 'New reach per year',
          newReachRatioHelp:
            'Share of a township’s villages that should newly reach Standard each year; 33.33 is one third',
          townshipQuotaPerYear: 'Forwarding quota per township and year',
          townshipQuotaHelp: 'Empty for no limit',
          noLimit: 'No limit',
          ratioRange: 'Must be above 0 and at most 100',
        },
        tierNameZh: 'Name (Chinese)',
        tierNameEn: 'Name (English)',
        cadreReward: 'Reward per active cadre',
        activityFund: 'Village activity fund',
        indicatorKeys: 'Indicators (in assessment order)',
        indicatorKeysHelp:
          'Choose the indicators of this scheme; open each one below to set its params for the three tiers',
        noParams: 'This indicator has no params',
        paramCount: '%{smart_count} param |||| %{smart_count} params',
        basedOn:
          'The new scheme starts as a copy of “%{name}” (indicators and params included) and is not active until you say so.',
        noBase: 'No scheme is active yet: fill in every part.',
        level: 'Tier',
        tierName: 'Name',
        indicator: 'Indicator',
        key: 'Key',
        source: 'Source',
        formula: 'Custom formula',
        unavailable: 'Plugin not loaded',
        params: 'Params (Standard / Model / Exemplar)',
        saved: 'Scheme saved',
      },
    },
  },
};
