import { definePlugin, i18n } from '@fanben/plugin-sdk';
import { culturalLife } from './cultural-life.js';
import { petitions } from './petitions.js';
import { publicSecurity } from './public-security.js';
import { selfGovernance } from './self-governance.js';

export { culturalLife } from './cultural-life.js';
export { petitions } from './petitions.js';
export { publicSecurity } from './public-security.js';
export { selfGovernance } from './self-governance.js';

/** 乡风纯: the civility indicators of the default scheme, in the scheme's order. */
const civilityPlugin = definePlugin({
  name: '@fanben/plugin-civility',
  version: '1.0.0',
  category: 'civility',
  title: i18n('乡风纯', 'Pure rural customs'),
  indicators: [publicSecurity, petitions, selfGovernance, culturalLife],
});

export default civilityPlugin;
