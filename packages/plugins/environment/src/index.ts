import { definePlugin, i18n } from '@fanben/plugin-sdk';
import { appearance } from './appearance.js';

export { appearance } from './appearance.js';

/** 环境美: the environment indicators of the default scheme, in the scheme's order. */
const environmentPlugin = definePlugin({
  name: '@fanben/plugin-environment',
  version: '1.0.0',
  category: 'environment',
  title: i18n('环境美', 'Beautiful environment'),
  indicators: [appearance],
});

export default environmentPlugin;
