import { definePlugin, i18n } from '@fanben/plugin-sdk';
import { collectiveIncome } from './collective-income.js';
import { perCapitaIncome } from './per-capita-income.js';
import { specialty } from './specialty.js';

export {
  COLLECTIVE_ECONOMY_MODELS,
  collectiveIncome,
  type CollectiveEconomyModel,
} from './collective-income.js';
export { perCapitaIncome } from './per-capita-income.js';
export { specialty } from './specialty.js';

/** 产业兴: the industry indicators of the default scheme, in the scheme's order. */
const industryPlugin = definePlugin({
  name: '@fanben/plugin-industry',
  version: '1.0.0',
  category: 'industry',
  title: i18n('产业兴', 'Thriving industry'),
  indicators: [collectiveIncome, perCapitaIncome, specialty],
});

export default industryPlugin;
