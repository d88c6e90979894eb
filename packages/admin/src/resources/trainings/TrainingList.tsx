import {
  AutocompleteInput,
  Datagrid,
  List,
  NumberField,
  NumberInput,
  ReferenceInput,
  TextField,
  type RaRecord,
} from 'react-admin';
import { TownshipsField, VillageCountField } from '../../shared/places';
import { SearchInput } from '../../shared/SearchInput';
import { VILLAGE_ORDER } from '../../shared/referenceOrder';
import { DateTextField } from '../../format';
import { useCsvExporter, type CsvColumn, type CsvRelations } from '../../shared/csvExport';
import { ListActions, useRowClick } from '../../shared/ListActions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NumberInput key="year" source="year" min={2000} max={2100} alwaysOn />,
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
];

const names = (ids: string[] | undefined, byId: Record<string, RaRecord>) =>
  (ids ?? []).map((id) => byId[id]?.name).filter(Boolean);
const field = (name: string) => `resources.Training.fields.${name}`;
const columns: CsvColumn[] = [
  { label: field('date'), value: (r) => r.date },
  { label: field('topic'), value: (r) => r.topic },
  { label: field('organizer'), value: (r) => r.organizer },
  { label: field('attendeeCount'), value: (r) => r.attendeeCount },
  { label: field('townshipIds'), value: (r, { related }) => names(r.townshipIds, related.townships) },
  { label: field('villageIds'), value: (r, { related }) => names(r.villageIds, related.villages) },
];
const relations: CsvRelations = {
  townships: ['townshipIds', 'Township'],
  villages: ['villageIds', 'Village'],
};

export function TrainingList() {
  const exporter = useCsvExporter('fanben.training.exportFile', columns, relations);
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      exporter={exporter}
      sort={{ field: 'date', order: 'DESC' }}
      perPage={50}
    >
      <TrainingGrid />
    </List>
  );
}

function TrainingGrid() {
  const rowClick = useRowClick(true);
  return (
    <Datagrid rowClick={rowClick} bulkActionButtons={false}>
      <DateTextField source="date" />
      <TextField source="topic" />
      <TextField source="organizer" />
      <NumberField source="attendeeCount" />
      <TownshipsField source="townshipIds" sortable={false} />
      <VillageCountField source="villageCount" sortable={false} />
    </Datagrid>
  );
}
