import { useLocaleState, useRecordContext } from 'react-admin';
import { formatDate, formatDateTime } from './date';
import { formatWan, formatYuan } from './money';

/** A money column: ¥ with thousands separators, or 万 when `wan` is set. */
export function MoneyField({ source, wan = false }: { source: string; label?: string; wan?: boolean }) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const value = record?.[source] as number | undefined;
  return <span>{wan ? formatWan(value, locale) : formatYuan(value, locale)}</span>;
}

/** A date (or date and time) in the console's language. */
export function DateText({ value, time = false }: { value: string | null | undefined; time?: boolean }) {
  const [locale] = useLocaleState();
  return <span>{time ? formatDateTime(value, locale) : formatDate(value, locale)}</span>;
}

/** A record's date (or date and time) column, in the console's language; "—" when empty. */
export function DateTextField({
  source,
  time = false,
}: {
  source: string;
  label?: string;
  sortable?: boolean;
  time?: boolean;
}) {
  const record = useRecordContext();
  return <DateText value={record?.[source] as string | null | undefined} time={time} />;
}
