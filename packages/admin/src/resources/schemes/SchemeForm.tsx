import { Alert, Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  AutocompleteArrayInput,
  BooleanInput,
  Create,
  DeleteButton,
  Edit,
  FormDataConsumer,
  NumberInput,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  maxLength,
  maxValue,
  minValue,
  required,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import {
  DefinitionsStatus,
  useInvalidateIndicatorDefinitions,
  type IndicatorDefinition,
} from '../../indicators';
import { useApiQuery } from '../../shared/useApiQuery';
import { useWorkingYear } from '../../shared/year';
import {
  formExtras,
  newSchemeRecord,
  toSchemeInput,
  type SchemeFormValues,
  type SchemeRecordLike,
} from './schemeForm';
import { TierAmountsInput } from './TierAmountsInput';
import { IndicatorParamsAccordions } from './TierParamsInput';
import { useSchemeDefinitions } from './useSchemeDefinitions';

const wholeNumber = (value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? 'fanben.indicators.integer' : undefined;
const ratio = (value: unknown) =>
  typeof value === 'number' && value > 0 && value <= 1 ? undefined : 'fanben.scheme.rules.ratioRange';
// The ratio is stored as a share (1/3) and typed as a percentage (33.33).
const asPercent = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(value * 10_000) / 100;
const fromPercent = (value: number | string | null) =>
  value === null || value === '' ? null : Number(value) / 100;

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ width: '100%', mb: 2 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
}

/** Every part of a scheme; the indicators' params are generated from their definitions. */
function SchemeFields({ definitions }: { definitions: IndicatorDefinition[] }) {
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  return (
    <>
      <Section title="fanben.scheme.sections.basics">
        <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2 }}>
          <TextInput source="name" validate={[required(), maxLength(200)]} sx={{ maxWidth: 640 }} />
          <NumberInput
            fullWidth={false}
            source="effectiveFromYear"
            validate={[required(), minValue(2000), maxValue(2100), wholeNumber]}
            helperText="fanben.scheme.effectiveFromYearHelp"
            step={1}
          />
        </Box>
        <BooleanInput source="active" helperText="fanben.scheme.activeHelp" />
      </Section>
      <Section title="fanben.scheme.sections.rules">
        <BooleanInput source="rules.requirePreviousTier" label="fanben.scheme.rules.requirePreviousTier" />
        <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2 }}>
          <NumberInput
            fullWidth={false}
            source="rules.newReachRatio"
            label="fanben.scheme.rules.newReachRatio"
            helperText="fanben.scheme.rules.newReachRatioHelp"
            format={asPercent}
            parse={fromPercent}
            validate={[required(), ratio]}
            step={0.01}
            slotProps={{ input: { endAdornment: '%' } }}
          />
          <NumberInput
            fullWidth={false}
            source="rules.townshipQuotaPerYear"
            label="fanben.scheme.rules.townshipQuotaPerYear"
            helperText="fanben.scheme.rules.townshipQuotaHelp"
            validate={[minValue(1), wholeNumber]}
            step={1}
          />
        </Box>
      </Section>
      <Section title="fanben.scheme.sections.tiers">
        <FormDataConsumer<SchemeFormValues>>
          {({ formData }) => (
            <TierAmountsInput
              levels={(formData.tiers ?? []).map((t) => t.level)}
              source="tiers"
              labels={{
                cadreReward: 'fanben.scheme.cadreReward',
                activityFund: 'fanben.scheme.activityFund',
              }}
              before={(index) => (
                <>
                  <TextInput
                    source={`tiers.${index}.names.zh-CN`}
                    label="fanben.scheme.tierNameZh"
                    validate={[required(), maxLength(20)]}
                  />
                  <TextInput
                    source={`tiers.${index}.names.en`}
                    label="fanben.scheme.tierNameEn"
                    validate={[required(), maxLength(40)]}
                  />
                </>
              )}
            />
          )}
        </FormDataConsumer>
      </Section>
      <Section title="fanben.scheme.sections.indicators">
        <AutocompleteArrayInput
          source="indicatorKeys"
          label="fanben.scheme.indicatorKeys"
          helperText="fanben.scheme.indicatorKeysHelp"
          choices={definitions.map((d) => ({ id: d.key, name: d.title }))}
          translateChoice={false}
          validate={required()}
          fullWidth
        />
        <FormDataConsumer<SchemeFormValues>>
          {({ formData }) => (
            <IndicatorParamsAccordions
              definitions={(formData.indicatorKeys ?? []).flatMap((key) => byKey.get(key) ?? [])}
              source="paramsForm"
            />
          )}
        </FormDataConsumer>
      </Section>
    </>
  );
}

/** Save turns the form into what the API takes; the definitions refresh after (indicators changed). */
function SchemeToolbar({
  definitions,
  formulas,
  canDelete,
}: {
  definitions: Map<string, IndicatorDefinition>;
  formulas: Map<string, Record<string, unknown>>;
  canDelete: boolean;
}) {
  const notify = useNotify();
  const redirect = useRedirect();
  const invalidateIndicatorDefinitions = useInvalidateIndicatorDefinitions();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton
        transform={(data: SchemeFormValues) => ({
          ...toSchemeInput(data, definitions, formulas),
          ...(data.version !== undefined ? { version: data.version } : {}),
        })}
        mutationOptions={{
          onSuccess: (saved: RaRecord) => {
            invalidateIndicatorDefinitions();
            notify('fanben.scheme.saved', { type: 'success' });
            redirect('show', 'Scheme', saved.id);
          },
        }}
        type="button"
      />
      {canDelete ? <DeleteButton mutationMode="pessimistic" /> : null}
    </Toolbar>
  );
}

function formulasOf(record: SchemeRecordLike) {
  return new Map((record.indicators ?? []).flatMap((i) => (i.formula ? [[i.key, i.formula] as const] : [])));
}

function SchemeEditForm() {
  const record = useRecordContext<SchemeRecordLike & RaRecord>();
  const definitions = useSchemeDefinitions(record ? String(record.id) : undefined);
  if (!record) return null;
  if (!definitions.data)
    return <DefinitionsStatus isPending={definitions.isPending} error={definitions.error} />;
  return (
    <SimpleForm
      defaultValues={formExtras(definitions.data, record)}
      toolbar={<SchemeToolbar definitions={definitions.byKey} formulas={formulasOf(record)} canDelete />}
    >
      <SchemeFields definitions={definitions.data} />
    </SimpleForm>
  );
}

/** Editing a scheme: a version conflict or a refused param comes back with the server's message. */
export const SchemeEdit = () => (
  <Edit mutationMode="pessimistic">
    <SchemeEditForm />
  </Edit>
);

const BASE_QUERY = `query SchemeBase($year: Int) {
  activeScheme(year: $year) {
    id name effectiveFromYear
    rules { requirePreviousTier newReachRatio townshipQuotaPerYear }
    tiers { level names cadreReward activityFund }
    indicators { key params formula }
  }
}`;

// Used only when a county has no scheme yet; an administrator renames them at will.
const DEFAULT_TIER_NAMES = [
  { 'zh-CN': '规范', en: 'Standard' },
  { 'zh-CN': '示范', en: 'Model' },
  { 'zh-CN': '典范', en: 'Exemplar' },
];

/** A new scheme starts as a copy of the one in force for the working year (formulas included). */
export function SchemeCreate() {
  const translate = useTranslate();
  const { year } = useWorkingYear();
  const base = useApiQuery<{ activeScheme: (SchemeRecordLike & { id: string; name: string }) | null }>(
    BASE_QUERY,
    { year },
  );
  const scheme = base.data ? base.data.activeScheme : undefined;
  const definitions = useSchemeDefinitions(scheme === undefined ? undefined : (scheme?.id ?? null));
  const record = scheme === undefined ? undefined : newSchemeRecord(scheme, DEFAULT_TIER_NAMES, year);
  return (
    <Create>
      {base.error ? <Alert severity="error">{base.error.message}</Alert> : null}
      {record && definitions.data ? (
        <SimpleForm
          defaultValues={{ ...record, ...formExtras(definitions.data, record) }}
          toolbar={
            <SchemeToolbar definitions={definitions.byKey} formulas={formulasOf(record)} canDelete={false} />
          }
        >
          <Alert severity="info" sx={{ mb: 2 }}>
            {scheme
              ? translate('fanben.scheme.basedOn', { name: scheme.name })
              : translate('fanben.scheme.noBase')}
          </Alert>
          <SchemeFields definitions={definitions.data} />
        </SimpleForm>
      ) : (
        <DefinitionsStatus isPending={!base.error && definitions.isPending} error={definitions.error} />
      )}
    </Create>
  );
}
