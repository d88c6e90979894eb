import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { session } from '../dataProvider/session';
import { catalog } from './catalog';

const polyglot = polyglotI18nProvider(
  (locale) => catalog(locale === 'en' ? 'en' : 'zh-CN'),
  session.locale(),
  [
    { locale: 'zh-CN', name: '中文' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: false },
);

/** Chinese first; the chosen language is remembered and sent to the API (indicator titles follow it). */
export const i18nProvider: I18nProvider = {
  ...polyglot,
  changeLocale: async (locale, options) => {
    session.setLocale(locale);
    await polyglot.changeLocale(locale, options);
  },
};
