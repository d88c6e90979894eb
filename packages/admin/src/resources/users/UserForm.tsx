import {
  AutocompleteInput,
  BooleanInput,
  Create,
  FormDataConsumer,
  Edit,
  PasswordInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  TopToolbar,
  minLength,
  regex,
  required,
  type RaRecord,
} from 'react-admin';
import { VILLAGE_ORDER } from '../../shared/referenceOrder';
import { ToggleActiveButton } from './ToggleActiveButton';
import { roleChoices, scopeOf } from './roles';

const username = [required(), minLength(3), regex(/^[A-Za-z0-9._-]+$/, 'fanben.user.usernameFormat')];
const passwordRule = minLength(8, 'fanben.user.passwordTooShort');

/** The place the role works for: a village for a clerk, a township for an officer, nothing otherwise. */
function ScopeInput() {
  return (
    <FormDataConsumer<{ role?: string }>>
      {({ formData }) => {
        const scope = scopeOf(formData.role);
        if (scope === 'village') {
          return (
            <ReferenceInput source="villageId" reference="Village" sort={VILLAGE_ORDER}>
              <AutocompleteInput
                optionText="name"
                validate={required()}
                helperText="fanben.user.villageHelp"
              />
            </ReferenceInput>
          );
        }
        if (scope === 'township') {
          return (
            <ReferenceInput source="townshipId" reference="Township" sort={{ field: 'code', order: 'ASC' }}>
              <AutocompleteInput
                optionText="name"
                validate={required()}
                helperText="fanben.user.townshipHelp"
              />
            </ReferenceInput>
          );
        }
        return null;
      }}
    </FormDataConsumer>
  );
}

/**
 * Sends only the scope the role uses (the server derives the rest: a clerk's township from the
 * village) and a password only when one was typed.
 */
function toUserArgs(data: RaRecord): RaRecord {
  const { township: _t, village: _v, townshipId, villageId, password, ...rest } = data;
  const scope = scopeOf(rest.role);
  return {
    ...rest,
    ...(scope === 'township' ? { townshipId } : {}),
    ...(scope === 'village' ? { villageId } : {}),
    ...(password ? { password } : {}),
  } as RaRecord;
}

export const UserCreate = () => (
  <Create redirect="list" transform={toUserArgs}>
    <SimpleForm>
      <TextInput source="username" validate={username} autoComplete="off" />
      <TextInput source="displayName" />
      <PasswordInput
        source="password"
        validate={[required(), passwordRule]}
        helperText="fanben.user.passwordHelp"
        autoComplete="new-password"
      />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <ScopeInput />
      <BooleanInput source="active" defaultValue={true} />
    </SimpleForm>
  </Create>
);

// Accounts are deactivated, not deleted: the audit trail keeps naming who did what.
const EditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

export const UserEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="list"
    transform={toUserArgs}
    actions={
      <TopToolbar>
        <ToggleActiveButton />
      </TopToolbar>
    }
  >
    <SimpleForm toolbar={<EditToolbar />}>
      <TextInput source="username" disabled />
      <TextInput source="displayName" />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <ScopeInput />
      <PasswordInput
        source="password"
        label="resources.User.fields.newPassword"
        validate={passwordRule}
        helperText="fanben.user.newPasswordHelp"
        autoComplete="new-password"
      />
    </SimpleForm>
  </Edit>
);
