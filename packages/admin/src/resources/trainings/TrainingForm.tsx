import {
  AutocompleteArrayInput,
  Create,
  DateInput,
  Edit,
  NumberInput,
  ReferenceArrayInput,
  SimpleForm,
  TextInput,
  minValue,
  required,
} from 'react-admin';
import { VILLAGE_ORDER } from '../../shared/referenceOrder';

function TrainingFields() {
  return (
    <>
      <DateInput source="date" validate={required()} />
      <TextInput source="topic" validate={required()} fullWidth />
      <TextInput source="organizer" />
      <NumberInput source="attendeeCount" min={0} step={1} validate={minValue(0)} />
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

export const TrainingCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ townshipIds: [], villageIds: [] }}>
      <TrainingFields />
    </SimpleForm>
  </Create>
);

export const TrainingEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <TrainingFields />
    </SimpleForm>
  </Edit>
);
