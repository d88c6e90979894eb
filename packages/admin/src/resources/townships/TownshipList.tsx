import { Datagrid, List, NumberField, SelectInput, TextField } from 'react-admin';
import { SearchInput } from '../../shared/SearchInput';
import { EnumField, enumChoices } from '../../shared/EnumField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="kind"
    source="kind"
    choices={enumChoices('townshipKind', ['TOWN', 'TOWNSHIP', 'SUBDISTRICT'])}
  />,
];

export function TownshipList() {
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={50}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="name" />
        <EnumField source="kind" prefix="townshipKind" />
        <NumberField source="villageCount" sortable={false} />
      </Datagrid>
    </List>
  );
}
