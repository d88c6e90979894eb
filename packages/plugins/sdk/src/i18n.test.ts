import { describe, expect, it } from 'vitest';
import { i18n, isLocale, LOCALES, translate } from './i18n.js';

describe('i18n', () => {
  it('builds a text with zh first and translates it', () => {
    const text = i18n('集体经营性收入', 'Operating income');
    expect(text).toEqual({ 'zh-CN': '集体经营性收入', en: 'Operating income' });
    expect(translate(text, 'zh-CN')).toBe('集体经营性收入');
    expect(translate(text, 'en')).toBe('Operating income');
  });

  it('recognizes only the supported locales', () => {
    expect(LOCALES.every(isLocale)).toBe(true);
    expect(isLocale('zh')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
