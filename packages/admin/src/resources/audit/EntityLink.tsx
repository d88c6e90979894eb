import { Link } from 'react-router';
import { useRecordContext, useResourceDefinitions } from 'react-admin';

/** Fields of a snapshot that name a record, in the order they are tried. */
const NAME_FIELDS = ['name', 'displayName', 'username', 'topic', 'payeeName'];

/**
 * The record's name as the event saw it (its snapshot after, else before), or — for a sign-in, whose
 * record is the user signing in — the actor's username; null when neither names it.
 */
function recordName(event: Record<string, unknown>): string | null {
  const snapshot = (event.after ?? event.before) as Record<string, unknown> | null | undefined;
  for (const field of NAME_FIELDS) {
    const value = snapshot?.[field];
    if (typeof value === 'string' && value !== '') return value;
  }
  if (event.entityType === 'User' && event.entityId === event.actorId && event.actorUsername) {
    return String(event.actorUsername);
  }
  return null;
}

/**
 * The audited record: by name where the event tells it, else by the first block of its id (ids are
 * long; that block identifies one here); a link to it when the console has a page for its type (it
 * may since have been deleted, which its page then says).
 */
export function EntityLink(_props: { label?: string; sortable?: boolean; source?: string }) {
  const event = useRecordContext();
  const definitions = useResourceDefinitions();
  const id = event?.entityId as string | null | undefined;
  if (!event || !id) return <span>—</span>;
  const type = String(event.entityType);
  const definition = definitions[type];
  const label = recordName(event) ?? id.split('-')[0];
  const to = definition?.hasShow ? `/${type}/${id}/show` : definition?.hasEdit ? `/${type}/${id}` : null;
  if (!to) return <span title={id}>{label}</span>;
  return (
    <Link to={to} title={id} onClick={(e) => e.stopPropagation()}>
      {label}
    </Link>
  );
}
