import { allOf, atLeast, defineIndicator, field, i18n, mustBeTrue } from '@fanben/plugin-sdk';

const hasVillageRules = i18n('村规民约', 'Village rules and covenant');
const affairsPublished = i18n('村务公开', 'Village affairs made public');
const villagersAssemblies = i18n('村民大会', 'Villagers’ assemblies');

export const selfGovernance = defineIndicator({
  key: 'civility.self-governance',
  category: 'civility',
  version: 1,
  title: i18n('村民自治', 'Villager self-governance'),
  description: i18n(
    '有村规民约、村务公开，并按本梯次的要求召开村民大会。',
    'The village has rules and a covenant, makes its affairs public and holds the villagers’ assemblies the tier requires.',
  ),
  inputs: {
    hasVillageRules: field.boolean(hasVillageRules, {
      help: i18n(
        '是否结合实际制定了村规民约（须为“是”）。',
        'Whether the village has drawn up its own rules and covenant (must be yes).',
      ),
    }),
    affairsPublished: field.boolean(affairsPublished, {
      help: i18n(
        '村务、财务是否按规定公开（须为“是”）。',
        'Whether village affairs and finances are made public as required (must be yes).',
      ),
    }),
    villagersAssemblies: field.int(villagersAssemblies, {
      help: i18n(
        '本年度召开村民大会（或村民代表会议）的次数。',
        'Villagers’ assemblies (or villagers’ representative meetings) held this year.',
      ),
      min: 0,
      unit: '次',
    }),
  },
  params: {
    minAssemblies: field.int(i18n('村民大会次数下限', 'Minimum villagers’ assemblies'), {
      help: i18n('每年须召开村民大会的最少次数。', 'The fewest villagers’ assemblies a year that pass.'),
      min: 0,
      unit: '次',
    }),
  },
  defaults: {
    '1': { minAssemblies: 2 },
    '2': { minAssemblies: 4 },
    '3': { minAssemblies: 6 },
  },
  evaluate(input, params) {
    return allOf(
      mustBeTrue(hasVillageRules, input.hasVillageRules),
      mustBeTrue(affairsPublished, input.affairsPublished),
      atLeast(villagersAssemblies, input.villagersAssemblies, params.minAssemblies),
    );
  },
});
