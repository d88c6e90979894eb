import { allOf, atMost, defineIndicator, field, i18n, mustBeZero } from '@fanben/plugin-sdk';

const majorIncidents = i18n('重大案事件', 'Major incidents');
const criminalCases = i18n('刑事案件', 'Criminal cases');

export const publicSecurity = defineIndicator({
  key: 'civility.public-security',
  category: 'civility',
  version: 1,
  title: i18n('社会治安', 'Public security'),
  description: i18n(
    '本年度无重大案事件，刑事案件不超过本梯次的上限。',
    'No major incident this year, and no more criminal cases than the tier allows.',
  ),
  inputs: {
    majorIncidents: field.int(majorIncidents, {
      help: i18n(
        '本年度本村发生的重大刑事案件、群体性事件、重大安全事故等的起数（须为 0）。',
        'Major criminal cases, mass incidents and serious accidents in the village this year (must be 0).',
      ),
      min: 0,
      unit: '起',
    }),
    criminalCases: field.int(criminalCases, {
      help: i18n('本年度本村发生的刑事案件起数。', 'Criminal cases in the village this year.'),
      min: 0,
      unit: '起',
    }),
  },
  params: {
    maxCriminalCases: field.int(i18n('刑事案件上限', 'Maximum criminal cases'), {
      help: i18n('刑事案件允许的最多起数。', 'The largest number of criminal cases that still passes.'),
      min: 0,
      unit: '起',
    }),
  },
  defaults: {
    '1': { maxCriminalCases: 3 },
    '2': { maxCriminalCases: 2 },
    '3': { maxCriminalCases: 0 },
  },
  evaluate(input, params) {
    return allOf(
      mustBeZero(majorIncidents, input.majorIncidents),
      atMost(criminalCases, input.criminalCases, params.maxCriminalCases),
    );
  },
});
