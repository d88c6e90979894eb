import {
  AutocompleteInput,
  Datagrid,
  List,
  NumberField,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
  useCanAccess,
  type Identifier,
  type RaRecord,
} from 'react-admin';
import { SearchInput } from '../../shared/SearchInput';
import { VILLAGE_ORDER } from '../../shared/referenceOrder';
import { DateTextField, formatDate } from '../../format';
import { useCsvExporter, type CsvColumn, type CsvRelations } from '../../shared/csvExport';
import { EnumField } from '../../shared/EnumField';
import { ListActions } from '../../shared/ListActions';
import { PeriodField, WrittenOffByField, planStatusChoices, tierChoices } from './fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NumberInput key="targetYear" source="targetYear" min={2000} max={2102} alwaysOn />,
  <SelectInput key="status" source="status" choices={planStatusChoices} alwaysOn />,
  <ReferenceInput
    key="townshipId"
    source="townshipId"
    reference="Township"
    sort={{ field: 'code', order: 'ASC' }}
  >
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="villageId" source="villageId" reference="Village" sort={VILLAGE_ORDER}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <NumberInput key="periodStart" source="periodStart" min={2000} max={2100} />,
  <SelectInput key="targetTier" source="targetTier" choices={tierChoices} />,
];

const field = (name: string) => `resources.PlanItem.fields.${name}`;
const columns: CsvColumn[] = [
  { label: field('townshipId'), value: (r, { related }) => related.township[r.townshipId]?.name },
  { label: field('villageId'), value: (r, { related }) => related.village[r.villageId]?.name },
  { label: field('periodStart'), value: (r) => r.periodStart },
  { label: field('periodEnd'), value: (r) => r.periodEnd },
  { label: field('targetYear'), value: (r) => r.targetYear },
  { label: field('targetTier'), value: (r, { translate }) => translate(`fanben.tier.${r.targetTier}`) },
  { label: field('status'), value: (r, { translate }) => translate(`fanben.planStatus.${r.status}`) },
  { label: field('writtenOffAt'), value: (r) => (r.writtenOffAt ? formatDate(r.writtenOffAt) : '') },
  { label: field('note'), value: (r) => r.note },
];
const relations: CsvRelations = {
  township: ['townshipId', 'Township'],
  village: ['villageId', 'Village'],
};

export function PlanItemList() {
  const exporter = useCsvExporter('fanben.plan.exportFile', columns, relations);
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      exporter={exporter}
      sort={{ field: 'targetYear', order: 'ASC' }}
      perPage={50}
    >
      <PlanItemGrid />
    </List>
  );
}

function PlanItemGrid() {
  const { canAccess: canEdit } = useCanAccess({ resource: 'PlanItem', action: 'edit' });
  // A written-off line is settled: it opens read-only, with the certification that settled it.
  const rowClick = (_id: Identifier, _resource: string, record: RaRecord) =>
    canEdit && record.status === 'OPEN' ? 'edit' : 'show';
  return (
    <Datagrid rowClick={rowClick} bulkActionButtons={false}>
      <ReferenceField source="townshipId" reference="Township" link={false} sortable={false}>
        <TextField source="name" />
      </ReferenceField>
      <ReferenceField source="villageId" reference="Village" link="show">
        <TextField source="name" />
      </ReferenceField>
      <PeriodField label={field('period')} sortBy="periodStart" />
      <NumberField source="targetYear" options={{ useGrouping: false }} />
      <EnumField source="targetTier" prefix="tier" />
      <EnumField source="status" prefix="planStatus" />
      <WrittenOffByField label={field('certificationId')} sortable={false} />
      <DateTextField source="writtenOffAt" />
    </Datagrid>
  );
}
