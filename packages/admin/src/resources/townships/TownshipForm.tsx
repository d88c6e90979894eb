import { Create, Edit, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { enumChoices } from '../../shared/EnumField';

function TownshipFields() {
  return (
    <>
      <TextInput source="name" validate={required()} />
      <TextInput source="code" validate={required()} />
      <SelectInput source="kind" choices={enumChoices('townshipKind', ['TOWN', 'TOWNSHIP', 'SUBDISTRICT'])} />
    </>
  );
}

export const TownshipCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <TownshipFields />
    </SimpleForm>
  </Create>
);

export const TownshipEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <TownshipFields />
    </SimpleForm>
  </Edit>
);
