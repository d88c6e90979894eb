import {
  AutocompleteInput,
  Datagrid,
  List,
  ReferenceInput,
  SelectInput,
  TextField,
  type RaRecord,
} from 'react-admin';
import { TownshipsField, VillageCountField } from '../../shared/places';
import { SearchInput } from '../../shared/SearchInput';
import { VILLAGE_ORDER } from '../../shared/referenceOrder';
import { useCsvExporter, type CsvColumn, type CsvRelations } from '../../shared/csvExport';
import { EnumField } from '../../shared/EnumField';
import { ListActions, useRowClick } from '../../shared/ListActions';
import { departmentKindChoices } from './kinds';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={departmentKindChoices} alwaysOn />,
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
const field = (name: string) => `resources.Department.fields.${name}`;
const columns: CsvColumn[] = [
  { label: field('name'), value: (r) => r.name },
  { label: field('kind'), value: (r, { translate }) => translate(`fanben.departmentKind.${r.kind}`) },
  { label: field('townshipIds'), value: (r, { related }) => names(r.townshipIds, related.townships) },
  { label: field('villageIds'), value: (r, { related }) => names(r.villageIds, related.villages) },
];
const relations: CsvRelations = {
  townships: ['townshipIds', 'Township'],
  villages: ['villageIds', 'Village'],
};

export function DepartmentList() {
  const exporter = useCsvExporter('fanben.department.exportFile', columns, relations);
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      exporter={exporter}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={50}
    >
      <DepartmentGrid />
    </List>
  );
}

function DepartmentGrid() {
  const rowClick = useRowClick(true);
  return (
    <Datagrid rowClick={rowClick} bulkActionButtons={false}>
      <TextField source="name" />
      <EnumField source="kind" prefix="departmentKind" />
      <TownshipsField source="townshipIds" sortable={false} />
      <VillageCountField source="villageCount" sortable={false} />
    </Datagrid>
  );
}
