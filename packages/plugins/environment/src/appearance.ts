import { allOf, atLeast, defineIndicator, field, i18n } from '@fanben/plugin-sdk';

const greeningRate = i18n('绿化率', 'Greening rate');
const lightingCoverage = i18n('亮化覆盖率', 'Lighting coverage');
const sanitationScore = i18n('环境卫生评分', 'Sanitation score');

export const appearance = defineIndicator({
  key: 'environment.appearance',
  category: 'environment',
  version: 1,
  title: i18n('村庄环境面貌', 'Village environment and appearance'),
  description: i18n(
    '村庄美化、绿化、亮化与人居环境卫生。',
    'Beautification, greening and lighting of the village, and the sanitation of its living environment.',
  ),
  inputs: {
    greeningRate: field.percent(greeningRate, {
      help: i18n(
        '村庄绿化覆盖面积占村庄面积的百分比（0–100）。',
        'Green cover as a percentage of the village area (0–100).',
      ),
      min: 0,
      max: 100,
      unit: '%',
    }),
    lightingCoverage: field.percent(lightingCoverage, {
      help: i18n(
        '有路灯等照明覆盖的村内道路与公共场所所占百分比（0–100）。',
        'Share of village roads and public places covered by street lighting, in percent (0–100).',
      ),
      min: 0,
      max: 100,
      unit: '%',
    }),
    sanitationScore: field.int(sanitationScore, {
      help: i18n(
        '人居环境卫生检查评分，满分 100 分。',
        'Score of the living-environment sanitation inspection, out of 100.',
      ),
      min: 0,
      max: 100,
      unit: '分',
    }),
  },
  params: {
    minGreeningRate: field.percent(i18n('绿化率下限', 'Minimum greening rate'), {
      help: i18n('绿化率须达到的最小百分比。', 'The smallest greening rate that passes, in percent.'),
      min: 0,
      max: 100,
      unit: '%',
    }),
    minLightingCoverage: field.percent(i18n('亮化覆盖率下限', 'Minimum lighting coverage'), {
      help: i18n('亮化覆盖率须达到的最小百分比。', 'The smallest lighting coverage that passes, in percent.'),
      min: 0,
      max: 100,
      unit: '%',
    }),
    minSanitationScore: field.int(i18n('环境卫生评分下限', 'Minimum sanitation score'), {
      help: i18n('环境卫生评分须达到的最低分。', 'The lowest sanitation score that passes.'),
      min: 0,
      max: 100,
      unit: '分',
    }),
  },
  defaults: {
    '1': { minGreeningRate: 30, minLightingCoverage: 60, minSanitationScore: 70 },
    '2': { minGreeningRate: 40, minLightingCoverage: 80, minSanitationScore: 80 },
    '3': { minGreeningRate: 50, minLightingCoverage: 95, minSanitationScore: 90 },
  },
  evaluate(input, params) {
    return allOf(
      atLeast(greeningRate, input.greeningRate, params.minGreeningRate),
      atLeast(lightingCoverage, input.lightingCoverage, params.minLightingCoverage),
      atLeast(sanitationScore, input.sanitationScore, params.minSanitationScore),
    );
  },
});
