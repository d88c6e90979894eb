import { EditButton, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { TownshipsField, VillagesField } from '../../shared/places';
import { EnumField } from '../../shared/EnumField';

export const DepartmentShow = () => (
  <Show
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="name" />
      <EnumField source="kind" prefix="departmentKind" />
      <TownshipsField source="townshipIds" />
      <VillagesField source="villageIds" />
    </SimpleShowLayout>
  </Show>
);
