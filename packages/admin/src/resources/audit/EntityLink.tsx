import { Link } from 'react-router';
import { useRecordContext, useResourceDefinitions } from 'react-admin';

/**
 * The audited record: a link to it when the console has a page for its type (it may since have been
 * deleted, which its page then says), else its id. Ids are long; the first block identifies one here.
 */
export function EntityLink(_props: { label?: string; sortable?: boolean; source?: string }) {
  const event = useRecordContext();
  const definitions = useResourceDefinitions();
  const id = event?.entityId as string | null | undefined;
  if (!event || !id) return <span>—</span>;
  const type = String(event.entityType);
  const definition = definitions[type];
  const short = id.split('-')[0];
  const to = definition?.hasShow ? `/${type}/${id}/show` : definition?.hasEdit ? `/${type}/${id}` : null;
  if (!to) return <span title={id}>{short}</span>;
  return (
    <Link to={to} title={id} onClick={(e) => e.stopPropagation()}>
      {short}
    </Link>
  );
}
