import {
  AutocompleteInput,
  BooleanField,
  Datagrid,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
} from 'react-admin';
import { SearchInput } from '../../shared/SearchInput';
import { useCsvExporter, type CsvColumn, type CsvRelations } from '../../shared/csvExport';
import { EnumField } from '../../shared/EnumField';
import { ListActions, useRowClick } from '../../shared/ListActions';
import { roleChoices } from './roles';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <ReferenceInput
    key="townshipId"
    source="townshipId"
    reference="Township"
    sort={{ field: 'code', order: 'ASC' }}
  >
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <NullableBooleanInput key="active" source="active" />,
];

const field = (name: string) => `resources.User.fields.${name}`;
// Only what the API offers: a user's password hash never leaves the server.
const columns: CsvColumn[] = [
  { label: field('username'), value: (r) => r.username },
  { label: field('displayName'), value: (r) => r.displayName },
  { label: field('role'), value: (r, { translate }) => translate(`fanben.role.${r.role}`) },
  { label: field('townshipId'), value: (r, { related }) => related.township[r.townshipId]?.name },
  { label: field('villageId'), value: (r, { related }) => related.village[r.villageId]?.name },
  { label: field('active'), value: (r, { translate }) => translate(r.active ? 'fanben.yes' : 'fanben.no') },
];
const relations: CsvRelations = {
  township: ['townshipId', 'Township'],
  village: ['villageId', 'Village'],
};

export function UserList() {
  const exporter = useCsvExporter('fanben.user.exportFile', columns, relations);
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      exporter={exporter}
      sort={{ field: 'username', order: 'ASC' }}
      perPage={50}
    >
      <UserGrid />
    </List>
  );
}

function UserGrid() {
  const rowClick = useRowClick(false);
  return (
    <Datagrid rowClick={rowClick} bulkActionButtons={false}>
      <TextField source="username" />
      <TextField source="displayName" />
      <EnumField source="role" prefix="role" />
      <ReferenceField source="townshipId" reference="Township" link={false} sortable={false} emptyText="—">
        <TextField source="name" />
      </ReferenceField>
      <ReferenceField source="villageId" reference="Village" link={false} sortable={false} emptyText="—">
        <TextField source="name" />
      </ReferenceField>
      <BooleanField source="active" />
    </Datagrid>
  );
}
