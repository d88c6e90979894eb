import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { messages as dashboardMessages } from '../dashboard/messages';
import { messages as indicatorMessages } from '../indicators/messages';
import { resources } from '../resources';
import { screens } from '../workflow';
import { appMessages } from './app';
import { deepMerge } from './merge';
import { raChinese } from './ra-zh-CN';
import type { Locale } from './types';

/** All messages of one language: react-admin's own, the app's, then each resource's and screen's. */
export function catalog(locale: Locale): TranslationMessages {
  const base = locale === 'en' ? englishMessages : raChinese;
  return [
    appMessages,
    indicatorMessages,
    dashboardMessages,
    ...resources.map((r) => r.messages),
    ...screens.map((s) => s.messages),
  ].reduce<TranslationMessages>((all, m) => deepMerge(all, m[locale]) as TranslationMessages, base);
}
