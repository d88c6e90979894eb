import {
  AutocompleteInput,
  Datagrid,
  List,
  NumberField,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
} from 'react-admin';
import { SearchInput } from '../../shared/SearchInput';
import { useCsvExporter, type CsvColumn, type CsvRelations } from '../../shared/csvExport';
import { EnumField, enumChoices } from '../../shared/EnumField';
import { ListActions } from '../../shared/ListActions';

export const villageKindChoices = enumChoices('villageKind', ['VILLAGE', 'COMMUNITY']);

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="townshipId"
    source="townshipId"
    reference="Township"
    sort={{ field: 'code', order: 'ASC' }}
    alwaysOn
  >
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={villageKindChoices} />,
];

const field = (name: string) => `resources.Village.fields.${name}`;
const columns: CsvColumn[] = [
  { label: field('code'), value: (r) => r.code },
  { label: field('name'), value: (r) => r.name },
  { label: field('townshipId'), value: (r, { related }) => related.township[r.townshipId]?.name },
  { label: field('kind'), value: (r, { translate }) => translate(`fanben.villageKind.${r.kind}`) },
  { label: field('population'), value: (r) => r.population },
  { label: field('households'), value: (r) => r.households },
  { label: field('cadreCount'), value: (r) => r.cadreCount },
];
const relations: CsvRelations = { township: ['townshipId', 'Township'] };

export function VillageList() {
  const exporter = useCsvExporter('fanben.village.exportFile', columns, relations);
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      exporter={exporter}
      sort={{ field: 'code', order: 'ASC' }}
      perPage={50}
    >
      {/* The village's page shows its cadres and economy; editing starts from there. */}
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="name" />
        <ReferenceField source="townshipId" reference="Township" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <EnumField source="kind" prefix="villageKind" />
        <NumberField source="population" />
        <NumberField source="households" />
        <NumberField source="cadreCount" sortable={false} />
        <EnumField source="currentTier" prefix="tier" sortable={false} />
        <EnumField source="latestApplicationStatus" prefix="applicationStatus" sortable={false} />
      </Datagrid>
    </List>
  );
}
