/** How a declared or verified value reads on a page. Pure (unit-tested). */
import { formatDate } from '../format/date';
import { formatYuan } from '../format/money';
import type { FieldDescription } from './types';

export interface DisplayWords {
  locale: string;
  yes: string;
  no: string;
}

export function formatFieldValue(field: FieldDescription, value: unknown, words: DisplayWords): string {
  if (value === null || value === undefined || value === '') return '—';
  const numberFormat = new Intl.NumberFormat(words.locale === 'en' ? 'en-US' : 'zh-CN');
  switch (field.type) {
    case 'boolean':
      return value === true ? words.yes : words.no;
    case 'money':
      return typeof value === 'number' ? formatYuan(value, words.locale) : String(value);
    case 'percent':
      return typeof value === 'number' ? `${numberFormat.format(value)}%` : String(value);
    case 'int':
    case 'number': {
      const text = typeof value === 'number' ? numberFormat.format(value) : String(value);
      return field.unit ? `${text} ${field.unit}` : text;
    }
    case 'enum':
      return field.options.find((o) => o.value === value)?.label ?? String(value);
    case 'date':
      return formatDate(String(value), words.locale);
    default:
      return String(value);
  }
}

/**
 * A margin (the normalized distance to the threshold, design.md §4) as a signed percentage:
 * 0.214 → "+21.4%", −0.133 → "−13.3%".
 */
export function formatMargin(margin: number | null | undefined, locale = 'zh-CN'): string {
  if (margin === null || margin === undefined || !Number.isFinite(margin)) return '—';
  // The sign follows the figure shown: −0.04 % rounds to 0 and reads ±0%, not −0%.
  const shown = Math.round(margin * 1000) / 10;
  const text = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', {
    maximumFractionDigits: 1,
  }).format(Math.abs(shown));
  const sign = shown > 0 ? '+' : shown < 0 ? '−' : '±';
  return `${sign}${text}%`;
}
