/** The languages every user-facing text of a plugin is written in. */
export type Locale = 'zh-CN' | 'en';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** A text in every supported locale: both are required so no screen ever falls back silently. */
export type I18nText = { 'zh-CN': string; en: string };

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

export function translate(text: I18nText, locale: Locale): string {
  return text[locale];
}

/** Builds an {@link I18nText}; the argument order (zh first) matches how the standards are written. */
export function i18n(zh: string, en: string): I18nText {
  return { 'zh-CN': zh, en };
}
