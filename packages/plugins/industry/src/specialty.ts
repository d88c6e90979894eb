import { allOf, atLeast, defineIndicator, field, i18n } from '@fanben/plugin-sdk';

const specialtyIndustries = i18n('特色产业', 'Specialty industries');
const cooperatives = i18n('专业合作社', 'Specialized cooperatives');

export const specialty = defineIndicator({
  key: 'industry.specialty',
  category: 'industry',
  version: 1,
  title: i18n('优势产业和特色经济', 'Advantageous industries and specialty economy'),
  description: i18n(
    '因地制宜发展特色产业，并有农民专业合作社带动。',
    'Specialty industries suited to the village, carried by farmers’ specialized cooperatives.',
  ),
  inputs: {
    specialtyIndustries: field.int(specialtyIndustries, {
      help: i18n(
        '本村已形成规模的特色产业数量。',
        'Specialty industries established at scale in the village.',
      ),
      min: 0,
      unit: '个',
    }),
    cooperatives: field.int(cooperatives, {
      help: i18n(
        '在本村依法登记并实际运营的农民专业合作社数量。',
        'Farmers’ specialized cooperatives registered and operating in the village.',
      ),
      min: 0,
      unit: '个',
    }),
  },
  params: {
    minSpecialtyIndustries: field.int(i18n('特色产业数下限', 'Minimum specialty industries'), {
      help: i18n('特色产业须达到的最少数量。', 'The fewest specialty industries that pass.'),
      min: 0,
      unit: '个',
    }),
    minCooperatives: field.int(i18n('专业合作社数下限', 'Minimum specialized cooperatives'), {
      help: i18n('专业合作社须达到的最少数量。', 'The fewest specialized cooperatives that pass.'),
      min: 0,
      unit: '个',
    }),
  },
  defaults: {
    '1': { minSpecialtyIndustries: 1, minCooperatives: 1 },
    '2': { minSpecialtyIndustries: 2, minCooperatives: 2 },
    '3': { minSpecialtyIndustries: 3, minCooperatives: 3 },
  },
  evaluate(input, params) {
    return allOf(
      atLeast(specialtyIndustries, input.specialtyIndustries, params.minSpecialtyIndustries),
      atLeast(cooperatives, input.cooperatives, params.minCooperatives),
    );
  },
});
