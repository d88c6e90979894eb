import { allOf, atLeast, defineIndicator, field, i18n } from '@fanben/plugin-sdk';

const culturalEvents = i18n('文体活动', 'Cultural and sports events');
const moralLectures = i18n('道德讲堂', 'Moral lecture hall sessions');

export const culturalLife = defineIndicator({
  key: 'civility.cultural-life',
  category: 'civility',
  version: 1,
  title: i18n('文化生活', 'Cultural life'),
  description: i18n(
    '群众文体活动和“道德讲堂”的开展次数达到本梯次的要求。',
    'Cultural and sports events for villagers and "moral lecture hall" sessions reach the tier’s numbers.',
  ),
  inputs: {
    culturalEvents: field.int(culturalEvents, {
      help: i18n(
        '本年度组织开展群众文体活动的次数。',
        'Cultural and sports events held for villagers this year.',
      ),
      min: 0,
      unit: '次',
    }),
    moralLectures: field.int(moralLectures, {
      help: i18n('本年度举办“道德讲堂”的次数。', '"Moral lecture hall" sessions held this year.'),
      min: 0,
      unit: '次',
    }),
  },
  params: {
    minCulturalEvents: field.int(i18n('文体活动次数下限', 'Minimum cultural and sports events'), {
      help: i18n('每年须开展文体活动的最少次数。', 'The fewest cultural and sports events a year that pass.'),
      min: 0,
      unit: '次',
    }),
    minMoralLectures: field.int(i18n('道德讲堂次数下限', 'Minimum moral lecture hall sessions'), {
      help: i18n(
        '每年须举办道德讲堂的最少次数。',
        'The fewest moral lecture hall sessions a year that pass.',
      ),
      min: 0,
      unit: '次',
    }),
  },
  defaults: {
    '1': { minCulturalEvents: 4, minMoralLectures: 2 },
    '2': { minCulturalEvents: 8, minMoralLectures: 4 },
    '3': { minCulturalEvents: 12, minMoralLectures: 6 },
  },
  evaluate(input, params) {
    return allOf(
      atLeast(culturalEvents, input.culturalEvents, params.minCulturalEvents),
      atLeast(moralLectures, input.moralLectures, params.minMoralLectures),
    );
  },
});
