import { definePlugin, i18n } from '@fanben/plugin-sdk';
import { teaGardens } from './tea-gardens.js';

export { teaGardens } from './tea-gardens.js';

/**
 * 生态美: Hezhang's own plugin, shipped inside the example and loaded by a relative path from the
 * county configuration (`./plugins/tea/dist/index.js`). The server is not changed to run it.
 */
const teaPlugin = definePlugin({
  name: '@fanben/example-plugin-tea',
  version: '1.0.0',
  category: 'ecology',
  title: i18n('生态美', 'Ecology'),
  indicators: [teaGardens],
});

export default teaPlugin;
