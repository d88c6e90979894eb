import { Create, Edit, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { NO_PLACES, PlacesInputs } from '../../shared/places';
import { departmentKindChoices } from './kinds';

function DepartmentFields() {
  return (
    <>
      <TextInput source="name" validate={required()} />
      <SelectInput source="kind" choices={departmentKindChoices} validate={required()} />
      <PlacesInputs />
    </>
  );
}

export const DepartmentCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={NO_PLACES}>
      <DepartmentFields />
    </SimpleForm>
  </Create>
);

export const DepartmentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <DepartmentFields />
    </SimpleForm>
  </Edit>
);
