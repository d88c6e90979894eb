/**
 * Money is whole yuan (integers) everywhere; officials read large sums in 万 (ten thousand).
 * These are the only places the console turns amounts into text.
 */
export function formatYuan(amount: number | null | undefined, locale = 'zh-CN'): string {
  if (amount === null || amount === undefined) return '—';
  return `¥${new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN').format(amount)}`;
}

/** 2,280,000 → "228万元" (Chinese) or "¥2.28M"-style "¥2,280,000" (English keeps whole yuan). */
export function formatWan(amount: number | null | undefined, locale = 'zh-CN'): string {
  if (amount === null || amount === undefined) return '—';
  if (locale === 'en') return formatYuan(amount, 'en');
  const wan = amount / 10_000;
  const text = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(wan);
  return `${text}万元`;
}
