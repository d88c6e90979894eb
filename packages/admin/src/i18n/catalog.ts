import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { appMessages } from './app';
import { deepMerge } from './merge';
import { raChinese } from './ra-zh-CN';
import type { Locale, Messages } from './types';

/**
 * Every feature folder's messages.ts, found at build time: a new resource or screen brings its strings
 * without touching this file, and the catalog (and its test) never loads the views or the API client.
 */
const featureMessages = Object.entries(
  import.meta.glob<Messages>('../**/messages.ts', { eager: true, import: 'messages' }),
)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([, messages]) => messages);

/** All messages of one language: react-admin's own, the app's, then each feature folder's. */
export function catalog(locale: Locale): TranslationMessages {
  const base = locale === 'en' ? englishMessages : raChinese;
  return [appMessages, ...featureMessages].reduce<TranslationMessages>(
    (all, m) => deepMerge(all, m[locale]) as TranslationMessages,
    base,
  );
}

/** The folders that contributed messages (for the completeness test). */
export const featureMessageCount = featureMessages.length;
