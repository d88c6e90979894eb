import {
  AutocompleteArrayInput,
  Create,
  Edit,
  ReferenceArrayInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
} from 'react-admin';
import { VILLAGE_ORDER } from '../../shared/referenceOrder';
import { departmentKindChoices } from './kinds';

function DepartmentFields() {
  return (
    <>
      <TextInput source="name" validate={required()} />
      <SelectInput source="kind" choices={departmentKindChoices} validate={required()} />
      <ReferenceArrayInput
        source="townshipIds"
        reference="Township"
        sort={{ field: 'code', order: 'ASC' }}
        perPage={100}
      >
        <AutocompleteArrayInput optionText="name" />
      </ReferenceArrayInput>
      <ReferenceArrayInput source="villageIds" reference="Village" sort={VILLAGE_ORDER}>
        <AutocompleteArrayInput optionText="name" />
      </ReferenceArrayInput>
    </>
  );
}

export const DepartmentCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ townshipIds: [], villageIds: [] }}>
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
