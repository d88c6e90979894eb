import { FunctionField, Labeled, Show, SimpleShowLayout, useTranslate, type RaRecord } from 'react-admin';
import { DateTextField } from '../../format';
import { useAuditWords } from './AuditList';
import { EntityLink } from './EntityLink';
import { SnapshotDiff } from './SnapshotDiff';

export function AuditShow() {
  const words = useAuditWords();
  const translate = useTranslate();
  return (
    <Show actions={false}>
      <SimpleShowLayout>
        <DateTextField source="createdAt" time />
        <FunctionField
          source="actorUsername"
          render={(r: RaRecord) => r.actorUsername ?? translate('fanben.audit.system')}
        />
        <FunctionField source="action" render={(r: RaRecord) => words.action(r.action)} />
        <FunctionField source="entityType" render={(r: RaRecord) => words.entity(r.entityType)} />
        <Labeled label="resources.AuditEvent.fields.entityId">
          <EntityLink />
        </Labeled>
        <Labeled label="fanben.audit.changes" fullWidth>
          <SnapshotDiff />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
