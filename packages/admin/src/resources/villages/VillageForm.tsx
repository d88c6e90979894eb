import {
  AutocompleteInput,
  Create,
  Edit,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  minValue,
  required,
} from 'react-admin';
import { villageKindChoices } from './VillageList';

const nonNegative = [minValue(0)];

function VillageFields() {
  return (
    <>
      <TextInput source="name" validate={required()} />
      <TextInput source="code" validate={required()} />
      {/* A township officer is offered only the own township: the API lists nothing else to them. */}
      <ReferenceInput source="townshipId" reference="Township" sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput optionText="name" validate={required()} />
      </ReferenceInput>
      <SelectInput source="kind" choices={villageKindChoices} defaultValue="VILLAGE" validate={required()} />
      <NumberInput source="population" min={0} step={1} validate={nonNegative} />
      <NumberInput source="households" min={0} step={1} validate={nonNegative} />
    </>
  );
}

export const VillageCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <VillageFields />
    </SimpleForm>
  </Create>
);

export const VillageEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <VillageFields />
    </SimpleForm>
  </Edit>
);
