import {
  atLeast,
  defineIndicator,
  field,
  i18n,
  type EvaluationResult,
  type I18nText,
} from '@fanben/plugin-sdk';

/** The ten "起来" in the order the standard lists them; each is declared as done or not. */
const UPS = {
  venue: {
    label: i18n('阵地靓起来', 'Venue in good shape'),
    help: i18n(
      '村级组织活动场所建设规范、整洁美观、标识统一。',
      'The village organization venue is built to standard, clean and properly signposted.',
    ),
  },
  redFlag: {
    label: i18n('红旗飘起来', 'Red flag flying'),
    help: i18n(
      '活动场所按规定悬挂党旗、国旗。',
      'The Party and national flags fly at the venue as required.',
    ),
  },
  equipment: {
    label: i18n('设备配起来', 'Equipment in place'),
    help: i18n(
      '办公、远程教育、便民服务等设备配备齐全并正常使用。',
      'Office, remote-education and service equipment is complete and in use.',
    ),
  },
  canteen: {
    label: i18n('食堂建起来', 'Canteen built'),
    help: i18n('村级组织食堂建成并正常运转。', 'The village organization canteen is built and running.'),
  },
  rules: {
    label: i18n('制度立起来', 'Rules established'),
    help: i18n(
      '议事、值班、财务、考勤等工作制度健全并上墙公示。',
      'Rules for deliberation, duty, finance and attendance are in place and posted.',
    ),
  },
  activities: {
    label: i18n('活动搞起来', 'Activities held'),
    help: i18n(
      '组织生活和党员活动按规定经常开展。',
      'Party organization meetings and member activities are held regularly as required.',
    ),
  },
  seals: {
    label: i18n('公章管起来', 'Official seals controlled'),
    help: i18n(
      '村级公章实行统一保管、用章登记审批。',
      'Village seals are kept centrally and every use is registered and approved.',
    ),
  },
  services: {
    label: i18n('服务做起来', 'Services delivered'),
    help: i18n(
      '便民服务代办、坐班值班等服务落实到位。',
      'Services for villagers (agency services, office hours, duty) are delivered.',
    ),
  },
  affairsDeliberation: {
    label: i18n('村务议起来', 'Village affairs deliberated'),
    help: i18n(
      '村级重大事务按程序民主议事决策。',
      'Major village affairs are deliberated and decided democratically by the set procedure.',
    ),
  },
  industry: {
    label: i18n('产业兴起来', 'Industry thriving'),
    help: i18n('村里有发展起来的产业带动增收。', 'The village has a growing industry that raises incomes.'),
  },
} as const satisfies Record<string, { label: I18nText; help: I18nText }>;

type UpName = keyof typeof UPS;

const UP_NAMES = Object.keys(UPS) as UpName[];

const upsDone = i18n('“起来”做到的项数', 'Number of ups achieved');

export const tenUps = defineIndicator({
  key: 'organization.ten-ups',
  category: 'organization',
  version: 1,
  title: i18n('十个起来', 'The ten "ups"'),
  description: i18n(
    '阵地靓起来、红旗飘起来……产业兴起来：做到的项数须达到本梯次的要求。',
    'Venue in good shape, red flag flying … industry thriving: the number achieved must reach the tier’s minimum.',
  ),
  inputs: {
    venue: field.boolean(UPS.venue.label, { help: UPS.venue.help }),
    redFlag: field.boolean(UPS.redFlag.label, { help: UPS.redFlag.help }),
    equipment: field.boolean(UPS.equipment.label, { help: UPS.equipment.help }),
    canteen: field.boolean(UPS.canteen.label, { help: UPS.canteen.help }),
    rules: field.boolean(UPS.rules.label, { help: UPS.rules.help }),
    activities: field.boolean(UPS.activities.label, { help: UPS.activities.help }),
    seals: field.boolean(UPS.seals.label, { help: UPS.seals.help }),
    services: field.boolean(UPS.services.label, { help: UPS.services.help }),
    affairsDeliberation: field.boolean(UPS.affairsDeliberation.label, { help: UPS.affairsDeliberation.help }),
    industry: field.boolean(UPS.industry.label, { help: UPS.industry.help }),
  },
  params: {
    minTrueCount: field.int(i18n('“起来”最少项数', 'Minimum ups achieved'), {
      help: i18n(
        '十个“起来”中至少须做到的项数（0–10）。',
        'How many of the ten ups must be achieved (0–10).',
      ),
      min: 0,
      max: 10,
      unit: '项',
    }),
  },
  defaults: {
    '1': { minTrueCount: 8 },
    '2': { minTrueCount: 9 },
    '3': { minTrueCount: 10 },
  },
  evaluate(input, params): EvaluationResult {
    const missing = UP_NAMES.filter((name) => !input[name]);
    const result = atLeast(upsDone, UP_NAMES.length - missing.length, params.minTrueCount);
    if (missing.length === 0) return result;
    // Naming what is missing tells the village where to improve; passed and margin are untouched.
    const zh = missing.map((name) => UPS[name].label['zh-CN']).join('、');
    const en = missing.map((name) => UPS[name].label.en).join(', ');
    return {
      passed: result.passed,
      margin: result.margin,
      reason: {
        'zh-CN': `${result.reason['zh-CN']}（未做到：${zh}）`,
        en: `${result.reason.en} (missing: ${en})`,
      },
    };
  },
});
