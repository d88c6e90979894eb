import {
  AutocompleteInput,
  BooleanField,
  Datagrid,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  TextField,
} from 'react-admin';
import { SearchInput } from '../../shared/SearchInput';
import { VILLAGE_ORDER } from '../../shared/referenceOrder';
import { useCsvExporter, type CsvColumn, type CsvRelations } from '../../shared/csvExport';
import { EnumField } from '../../shared/EnumField';
import { ListActions, useRowClick } from '../../shared/ListActions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="villageId" source="villageId" reference="Village" sort={VILLAGE_ORDER} alwaysOn>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <NullableBooleanInput key="active" source="active" />,
];

const field = (name: string) => `resources.Cadre.fields.${name}`;
const columns: CsvColumn[] = [
  { label: field('name'), value: (r) => r.name },
  { label: field('villageId'), value: (r, { related }) => related.village[r.villageId]?.name },
  { label: field('position'), value: (r) => r.position },
  {
    label: field('gender'),
    value: (r, { translate }) => (r.gender ? translate(`fanben.gender.${r.gender}`) : ''),
  },
  { label: field('phone'), value: (r) => r.phone },
  { label: field('active'), value: (r, { translate }) => translate(r.active ? 'fanben.yes' : 'fanben.no') },
];
const relations: CsvRelations = { village: ['villageId', 'Village'] };

export function CadreList() {
  const exporter = useCsvExporter('fanben.cadre.exportFile', columns, relations);
  return (
    <List
      filters={filters}
      filterDefaultValues={{ active: true }}
      actions={<ListActions />}
      exporter={exporter}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={50}
    >
      <CadreGrid />
    </List>
  );
}

function CadreGrid() {
  const rowClick = useRowClick(false);
  return (
    <Datagrid rowClick={rowClick} bulkActionButtons={false}>
      <TextField source="name" />
      <ReferenceField source="villageId" reference="Village" link="show">
        <TextField source="name" />
      </ReferenceField>
      <TextField source="position" />
      <EnumField source="gender" prefix="gender" />
      <TextField source="phone" sortable={false} />
      <BooleanField source="active" />
    </Datagrid>
  );
}
