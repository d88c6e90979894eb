import { allOf, atMost, defineIndicator, field, i18n, mustBeZero } from '@fanben/plugin-sdk';

const escalatedPetitions = i18n('越级上访', 'Escalated petitions');
const unresolvedPetitions = i18n('未化解信访', 'Unresolved petitions');

export const petitions = defineIndicator({
  key: 'civility.petitions',
  category: 'civility',
  version: 1,
  title: i18n('信访维稳', 'Petitions and stability'),
  description: i18n(
    '本年度无越级上访，未化解的信访不超过本梯次的上限。',
    'No escalated petition this year, and no more unresolved petitions than the tier allows.',
  ),
  inputs: {
    escalatedPetitions: field.int(escalatedPetitions, {
      help: i18n(
        '本年度本村村民越级上访的件数（须为 0）。',
        'Petitions villagers took past the proper level this year (must be 0).',
      ),
      min: 0,
      unit: '件',
    }),
    unresolvedPetitions: field.int(unresolvedPetitions, {
      help: i18n('本年度尚未化解的信访件数。', 'Petitions of this year not yet resolved.'),
      min: 0,
      unit: '件',
    }),
  },
  params: {
    maxUnresolvedPetitions: field.int(i18n('未化解信访上限', 'Maximum unresolved petitions'), {
      help: i18n(
        '未化解信访允许的最多件数。',
        'The largest number of unresolved petitions that still passes.',
      ),
      min: 0,
      unit: '件',
    }),
  },
  defaults: {
    '1': { maxUnresolvedPetitions: 2 },
    '2': { maxUnresolvedPetitions: 1 },
    '3': { maxUnresolvedPetitions: 0 },
  },
  evaluate(input, params) {
    return allOf(
      mustBeZero(escalatedPetitions, input.escalatedPetitions),
      atMost(unresolvedPetitions, input.unresolvedPetitions, params.maxUnresolvedPetitions),
    );
  },
});
