import { allOf, atLeast, defineIndicator, field, i18n, mustBeTrue, type Condition } from '@fanben/plugin-sdk';

const teaArea = i18n('茶园面积', 'Tea garden area');
const organicCertified = i18n('有机茶认证', 'Organic tea certification');

/**
 * 茶园: the size of the village's tea gardens, and, where the tier asks for it, an organic
 * certification. Hezhang's own indicator: Qixingguan's scheme has nothing like it.
 */
export const teaGardens = defineIndicator({
  key: 'ecology.tea-gardens',
  category: 'ecology',
  version: 1,
  title: i18n('生态茶园', 'Ecological tea gardens'),
  description: i18n(
    '发展生态茶产业：茶园面积达到本梯次的要求，典范村的茶园须获得有机认证。',
    'Growing the ecological tea industry: the tea gardens must reach the tier’s area, and an Exemplar village’s must be certified organic.',
  ),
  inputs: {
    teaArea: field.number(teaArea, {
      help: i18n(
        '本村现有投产茶园的面积（亩，可有小数）。',
        'Area of the village’s tea gardens in production, in mu (decimals allowed).',
      ),
      min: 0,
      unit: '亩',
    }),
    organicCertified: field.boolean(organicCertified, {
      help: i18n(
        '本村茶园是否持有有效的有机产品认证证书。',
        'Whether the village’s tea gardens hold a valid organic product certificate.',
      ),
    }),
  },
  params: {
    minTeaArea: field.number(i18n('茶园面积下限', 'Minimum tea garden area'), {
      help: i18n('茶园面积须达到的最小值（亩）。', 'The smallest tea garden area that passes, in mu.'),
      min: 0,
      unit: '亩',
    }),
    requireOrganic: field.boolean(i18n('须有有机认证', 'Organic certification required'), {
      help: i18n(
        '是：茶园须持有有机认证；否：认证仅作记录。',
        'Yes: the tea gardens must be certified organic; no: the certification is recorded only.',
      ),
    }),
  },
  defaults: {
    '1': { minTeaArea: 200, requireOrganic: false },
    '2': { minTeaArea: 500, requireOrganic: false },
    '3': { minTeaArea: 1000, requireOrganic: true },
  },
  evaluate(input, params) {
    const conditions: Condition[] = [atLeast(teaArea, input.teaArea, params.minTeaArea)];
    if (params.requireOrganic) conditions.push(mustBeTrue(organicCertified, input.organicCertified));
    return allOf(...conditions);
  },
});
