import { Alert, Box, Typography } from '@mui/material';
import { useEffect, useRef, type MutableRefObject } from 'react';
import {
  AutocompleteInput,
  Create,
  Edit,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  required,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import {
  DefinitionsStatus,
  IndicatorGroupsInput,
  fromFormValues,
  toFormValues,
  useIndicatorDefinitions,
  type IndicatorDefinition,
} from '../../indicators';
import { useWorkingYear } from '../../shared/year';
import { EDITABLE_STATUSES, tierChoices } from './choices';
import { useSchemeInForce } from './useSchemeInForce';

/**
 * The definitions a form was generated from (set by the part that loads them), so the saved
 * declared values hold exactly their indicators and fields.
 */
type DefinitionsRef = MutableRefObject<IndicatorDefinition[]>;

const BASICS_GRID = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
  columnGap: 2,
  width: '100%',
} as const;

/** Form state keeps declared values (encoded keys, see indicators/formKeys) apart from the record's raw ones. */
const DECLARED = 'declared';

function DeclaredValuesSection({ definitions }: { definitions: IndicatorDefinition[] }) {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', mt: 2 }}>
      <Typography variant="h6" component="h2">
        {translate('fanben.application.declared')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('fanben.application.declaredHelp')}
      </Typography>
      <IndicatorGroupsInput definitions={definitions} source={DECLARED} />
    </Box>
  );
}

/** The indicators of the scheme in force for the year typed in the form. */
function CreateDeclaredValues({
  year,
  definitionsRef,
}: {
  year: number | null;
  definitionsRef: DefinitionsRef;
}) {
  const translate = useTranslate();
  const { scheme, error: schemeError, loading } = useSchemeInForce(year);
  const { data, error, isPending } = useIndicatorDefinitions(scheme?.id, { enabled: !!scheme });
  useEffect(() => {
    definitionsRef.current = scheme && data ? data : [];
  }, [definitionsRef, scheme, data]);
  if (loading || schemeError) return <DefinitionsStatus isPending={loading} error={schemeError} />;
  if (!scheme) {
    return year ? (
      <Alert severity="warning">{translate('fanben.application.schemeMissing', { year })}</Alert>
    ) : null;
  }
  if (!data) return <DefinitionsStatus isPending={isPending} error={error} />;
  return <DeclaredValuesSection definitions={data} />;
}

/**
 * A new application. A clerk's village is their own (fixed); the year starts at the working year; the
 * declared values are asked per indicator of the scheme in force for that year, grouped by category.
 */
export function ApplicationCreate() {
  const { year } = useWorkingYear();
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const definitionsRef = useRef<IndicatorDefinition[]>([]);
  const ownVillage = (identity?.villageId as string | null | undefined) ?? undefined;
  if (identity === undefined) return null; // the default village must be known before the form starts
  return (
    <Create
      transform={(data: RaRecord) => ({
        villageId: data.villageId,
        year: data.year,
        targetTier: data.targetTier,
        declaredValues: fromFormValues(definitionsRef.current, data[DECLARED]),
      })}
      mutationOptions={{
        onSuccess: (record: RaRecord) => {
          notify('fanben.application.created', { type: 'success' });
          redirect('show', 'Application', record.id);
        },
      }}
    >
      <SimpleForm
        defaultValues={{ year, targetTier: 1, villageId: ownVillage }}
        sx={{ maxWidth: 1100 }}
        // The form's own validators speak the console's language and name the field; the browser's do not.
        noValidate
      >
        <Typography variant="h6" component="h2">
          {translate('fanben.application.basics')}
        </Typography>
        <Box sx={BASICS_GRID}>
          <ReferenceInput source="villageId" reference="Village">
            <AutocompleteInput
              optionText="name"
              validate={required()}
              readOnly={!!ownVillage}

              label="resources.Application.fields.villageId"
            />
          </ReferenceInput>
          <NumberInput source="year" validate={required()} min={2000} max={2100} step={1} />
          <SelectInput source="targetTier" choices={tierChoices} validate={required()} />
        </Box>
        <FormDataConsumer<{ year: number | null }>>
          {({ formData }) => <CreateDeclaredValues year={formData.year} definitionsRef={definitionsRef} />}
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
}

function EditForm({ definitionsRef }: { definitionsRef: DefinitionsRef }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const { data, error, isPending } = useIndicatorDefinitions(record?.schemeId as string | undefined, {
    enabled: !!record,
  });
  useEffect(() => {
    definitionsRef.current = data ?? [];
  }, [definitionsRef, data]);
  if (!record) return null;
  if (!EDITABLE_STATUSES.includes(record.status as string)) {
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        {translate('fanben.application.notEditable', {
          status: translate(`fanben.applicationStatus.${String(record.status)}`),
        })}
      </Alert>
    );
  }
  if (!data) return <DefinitionsStatus isPending={isPending} error={error} />;
  return (
    <SimpleForm
      defaultValues={(r: RaRecord) => ({ [DECLARED]: toFormValues(data, r.declaredValues as never) })}
      sx={{ maxWidth: 1100 }}
      noValidate
    >
      <Typography variant="h6" component="h2">
        {translate('fanben.application.basics')}
      </Typography>
      <Box sx={BASICS_GRID}>
        <ReferenceInput source="villageId" reference="Village">
          <AutocompleteInput
            optionText="name"
            readOnly

            label="resources.Application.fields.villageId"
          />
        </ReferenceInput>
        <NumberInput source="year" readOnly />
        <SelectInput source="targetTier" choices={tierChoices} validate={required()} />
      </Box>
      {record.status === 'RETURNED' && record.vetComment ? (
        <Alert severity="warning" sx={{ width: '100%', boxSizing: 'border-box' }}>
          {translate('fanben.application.feedback.returnedReason', { comment: record.vetComment })}
        </Alert>
      ) : null}
      <DeclaredValuesSection definitions={data} />
    </SimpleForm>
  );
}

/** Changing a draft or a returned application (village and year stay; the scheme is the one it was made under). */
export function ApplicationEdit() {
  const notify = useNotify();
  const redirect = useRedirect();
  const definitionsRef = useRef<IndicatorDefinition[]>([]);
  return (
    <Edit
      mutationMode="pessimistic"
      transform={(data: RaRecord) => ({
        id: data.id,
        version: data.version,
        targetTier: data.targetTier,
        declaredValues: fromFormValues(definitionsRef.current, data[DECLARED]),
      })}
      mutationOptions={{
        onSuccess: (record: RaRecord) => {
          notify('fanben.application.saved', { type: 'success' });
          redirect('show', 'Application', record.id);
        },
      }}
    >
      <EditForm definitionsRef={definitionsRef} />
    </Edit>
  );
}
