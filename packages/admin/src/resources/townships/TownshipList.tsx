import { Datagrid, List, NumberField, SelectInput, TextField } from 'react-admin';
import { SearchInput } from '../../shared/SearchInput';
import { EnumField, enumChoices } from '../../shared/EnumField';
import { useRowClick } from '../../shared/ListActions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="kind"
    source="kind"
    choices={enumChoices('townshipKind', ['TOWN', 'TOWNSHIP', 'SUBDISTRICT'])}
  />,
];

export function TownshipList() {
  // Only an administrator edits townships; for everyone else (no show page) a row leads nowhere.
  const rowClick = useRowClick(false);
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={50}>
      <Datagrid rowClick={rowClick} bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="name" />
        <EnumField source="kind" prefix="townshipKind" />
        <NumberField source="villageCount" sortable={false} />
      </Datagrid>
    </List>
  );
}
