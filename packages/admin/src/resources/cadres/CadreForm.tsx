import {
  AutocompleteInput,
  BooleanInput,
  Create,
  Edit,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  regex,
  required,
} from 'react-admin';
import { VILLAGE_ORDER } from '../../shared/referenceOrder';
import { enumChoices } from '../../shared/EnumField';

const phone = regex(/^[0-9+\- ]*$/, 'fanben.cadre.phoneFormat');

function CadreFields() {
  return (
    <>
      <TextInput source="name" validate={required()} />
      <ReferenceInput source="villageId" reference="Village" sort={VILLAGE_ORDER}>
        <AutocompleteInput optionText="name" validate={required()} />
      </ReferenceInput>
      {/* Free text: counties name their posts differently (支部书记, 村委会主任, 文书 …). */}
      <TextInput source="position" validate={required()} helperText="fanben.cadre.positionHelp" />
      <SelectInput source="gender" choices={enumChoices('gender', ['M', 'F'])} />
      <TextInput source="phone" validate={phone} />
      <BooleanInput source="active" defaultValue={true} />
    </>
  );
}

/** After a change, the cadre's village shows its cadres: the new one among them. */
const toVillageCadres = (_resource?: string, _id?: unknown, data?: Record<string, unknown>) =>
  data?.villageId ? `Village/${String(data.villageId)}/show/cadres` : 'Cadre';

export const CadreCreate = () => (
  <Create redirect={toVillageCadres}>
    <SimpleForm>
      <CadreFields />
    </SimpleForm>
  </Create>
);

export const CadreEdit = () => (
  <Edit mutationMode="pessimistic" redirect={toVillageCadres}>
    <SimpleForm>
      <CadreFields />
    </SimpleForm>
  </Edit>
);
