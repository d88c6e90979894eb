/** Dates as officials write them: 2016年3月5日 in Chinese, 5 Mar 2016 in English. */
export function formatDate(value: string | Date | null | undefined, locale = 'zh-CN'): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'long' }).format(date);
}

export function formatDateTime(value: string | Date | null | undefined, locale = 'zh-CN'): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(date);
}
