import { useRecordContext, useTranslate } from 'react-admin';

/** Choices for a GraphQL enum, labelled by `fanben.<prefix>.<VALUE>` messages. */
export function enumChoices(prefix: string, values: readonly string[]) {
  return values.map((id) => ({ id, name: `fanben.${prefix}.${id}` }));
}

/** Shows an enum value through its `fanben.<prefix>.<VALUE>` message. */
export function EnumField({
  source,
  prefix,
}: {
  source: string;
  prefix: string;
  label?: string;
  sortable?: boolean;
}) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source];
  if (value === null || value === undefined) return <span>—</span>;
  return <span>{translate(`fanben.${prefix}.${String(value)}`, { _: String(value) })}</span>;
}
