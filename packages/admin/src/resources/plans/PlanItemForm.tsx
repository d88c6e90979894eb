import { Alert } from '@mui/material';
import {
  AutocompleteInput,
  Create,
  Edit,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { VILLAGE_ORDER } from '../../shared/referenceOrder';
import { formatDate } from '../../format';
import { useWorkingYear } from '../../shared/year';
import { tierChoices } from './fields';
import { PlanItemDetails } from './PlanItemShow';

const PERIOD_YEARS = 3;

/** The target year must fall in the line's three-year period (the server checks it too). */
function validatePlanLine(values: Record<string, unknown>) {
  const from = Number(values.periodStart);
  const target = Number(values.targetYear);
  if (!from || !target) return {};
  const to = from + PERIOD_YEARS - 1;
  if (target < from || target > to) {
    return { targetYear: { message: 'fanben.plan.targetYearOutOfPeriod', args: { from, to } } };
  }
  return {};
}

function PlanItemFields() {
  return (
    <>
      {/* An officer is offered the own township's villages only: the API lists no others to them. */}
      <ReferenceInput source="villageId" reference="Village" sort={VILLAGE_ORDER}>
        <AutocompleteInput optionText="name" validate={required()} />
      </ReferenceInput>
      <NumberInput
        source="periodStart"
        min={2000}
        max={2100}
        step={1}
        validate={required()}
        helperText="fanben.plan.periodHelp"
      />
      <NumberInput source="targetYear" min={2000} max={2102} step={1} validate={required()} />
      <SelectInput source="targetTier" choices={tierChoices} validate={required()} />
      <TextInput source="note" multiline minRows={2} fullWidth />
    </>
  );
}

export function PlanItemCreate() {
  const { year } = useWorkingYear();
  return (
    <Create redirect="list">
      <SimpleForm
        validate={validatePlanLine}
        defaultValues={{ periodStart: year, targetYear: year, targetTier: 1 }}
      >
        <PlanItemFields />
      </SimpleForm>
    </Create>
  );
}

/** An open line is edited; a written-off one is shown as it stands, with what settled it. */
function EditOrSettled() {
  const line = useRecordContext();
  const translate = useTranslate();
  if (line?.status === 'WRITTEN_OFF') {
    return (
      <>
        <Alert severity="info" sx={{ m: 2 }}>
          {translate('fanben.plan.writtenOffNotice', { date: formatDate(line.writtenOffAt as string) })}
        </Alert>
        <PlanItemDetails />
      </>
    );
  }
  return (
    <SimpleForm validate={validatePlanLine}>
      <PlanItemFields />
    </SimpleForm>
  );
}

export const PlanItemEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <EditOrSettled />
  </Edit>
);
