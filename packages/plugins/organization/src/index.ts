import { definePlugin, i18n } from '@fanben/plugin-sdk';
import { serviceSystem } from './service-system.js';
import { tenUps } from './ten-ups.js';

export { serviceSystem } from './service-system.js';
export { tenUps } from './ten-ups.js';

/** 组织强: the organization indicators of the default scheme, in the scheme's order. */
const organizationPlugin = definePlugin({
  name: '@fanben/plugin-organization',
  version: '1.0.0',
  category: 'organization',
  title: i18n('组织强', 'Strong organization'),
  indicators: [tenUps, serviceSystem],
});

export default organizationPlugin;
