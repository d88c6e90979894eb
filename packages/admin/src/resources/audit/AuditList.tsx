import {
  AutocompleteInput,
  Datagrid,
  DateInput,
  FunctionField,
  List,
  ReferenceInput,
  SelectInput,
  TopToolbar,
  FilterButton,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { SearchInput } from '../../shared/SearchInput';
import { DateTextField, formatDateTime } from '../../format';
import { ExportAllButton, useCsvExporter, type CsvColumn } from '../../shared/csvExport';
import { EntityLink } from './EntityLink';
import { actionChoices, entityTypeChoices } from './vocabulary';
import { endOfDay, startOfDay } from './dayBounds';

const filters = [
  <DateInput key="createdFrom" source="createdFrom" parse={startOfDay} alwaysOn />,
  <DateInput key="createdTo" source="createdTo" parse={endOfDay} alwaysOn />,
  <SelectInput key="entityType" source="entityType" choices={entityTypeChoices} alwaysOn />,
  <SelectInput key="action" source="action" choices={actionChoices} alwaysOn />,
  <ReferenceInput key="actorId" source="actorId" reference="User" sort={{ field: 'username', order: 'ASC' }}>
    <AutocompleteInput optionText="username" />
  </ReferenceInput>,
  <SearchInput key="q" source="q" />,
];

/** An audited action or entity type in words; unknown ones (a newer server) as the server names them. */
export function useAuditWords() {
  const translate = useTranslate();
  return {
    action: (a: unknown) => translate(`fanben.audit.action.${String(a)}`, { _: String(a) }),
    entity: (t: unknown) => translate(`fanben.audit.entity.${String(t)}`, { _: String(t) }),
  };
}

const field = (name: string) => `resources.AuditEvent.fields.${name}`;
const columns: CsvColumn[] = [
  { label: field('createdAt'), value: (r) => formatDateTime(r.createdAt) },
  {
    label: field('actorUsername'),
    value: (r, { translate }) => r.actorUsername ?? translate('fanben.audit.system'),
  },
  {
    label: field('action'),
    value: (r, { translate }) => translate(`fanben.audit.action.${r.action}`, { _: r.action }),
  },
  {
    label: field('entityType'),
    value: (r, { translate }) => translate(`fanben.audit.entity.${r.entityType}`, { _: r.entityType }),
  },
  { label: field('entityId'), value: (r) => r.entityId },
];

/** The audit trail, newest first: who did what to which record, and when. Read-only. */
export function AuditList() {
  const exporter = useCsvExporter('fanben.audit.exportFile', columns);
  const words = useAuditWords();
  const translate = useTranslate();
  return (
    <List
      filters={filters}
      actions={
        <TopToolbar>
          <FilterButton />
          <ExportAllButton />
        </TopToolbar>
      }
      exporter={exporter}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={50}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateTextField source="createdAt" time />
        <FunctionField
          source="actorUsername"
          render={(r: RaRecord) => r.actorUsername ?? translate('fanben.audit.system')}
        />
        <FunctionField source="action" render={(r: RaRecord) => words.action(r.action)} />
        <FunctionField source="entityType" render={(r: RaRecord) => words.entity(r.entityType)} />
        <EntityLink source="entityId" sortable={false} />
      </Datagrid>
    </List>
  );
}
