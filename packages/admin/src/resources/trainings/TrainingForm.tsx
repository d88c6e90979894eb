import { Create, DateInput, Edit, NumberInput, SimpleForm, TextInput, minValue, required } from 'react-admin';
import { NO_PLACES, PlacesInputs } from '../../shared/places';

function TrainingFields() {
  return (
    <>
      <DateInput source="date" validate={required()} />
      <TextInput source="topic" validate={required()} fullWidth />
      <TextInput source="organizer" />
      <NumberInput source="attendeeCount" min={0} step={1} validate={minValue(0)} />
      <PlacesInputs />
    </>
  );
}

export const TrainingCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={NO_PLACES}>
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
