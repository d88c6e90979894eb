/** A feature's messages in both languages; the catalog merges them (Chinese first). */
export interface Messages {
  'zh-CN': Record<string, unknown>;
  en: Record<string, unknown>;
}

export type Locale = keyof Messages;
export const LOCALES: Locale[] = ['zh-CN', 'en'];
