// @fanben/plugin-formula: indicators a county defines as data (inputs, params, CEL conditions),
// without writing a plugin. The server builds them from scheme data with formulaIndicator().
import { definePlugin, i18n } from '@fanben/plugin-sdk';

export type { FormulaCheck, FormulaCondition, FormulaDefinition, FormulaProblem } from './types.js';
export { checkFormula } from './check.js';
export { formulaIndicator } from './indicator.js';
export { FORMULA_LIMITS } from './limits.js';

const plugin = definePlugin({
  name: '@fanben/plugin-formula',
  version: '1.0.0',
  category: 'formula',
  title: i18n('公式指标', 'Formula indicators'),
  // None of its own: each formula indicator comes from a scheme through formulaIndicator().
  indicators: [],
});

export default plugin;
