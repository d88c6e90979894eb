import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import {
  DeleteButton,
  EditButton,
  Labeled,
  NumberField,
  ReferenceField,
  Show,
  TextField,
  TopToolbar,
  useCanAccess,
  useGetOne,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateTextField } from '../../format';
import {
  DefinitionsStatus,
  IndicatorComparison,
  useIndicatorDefinitions,
  type AssessmentStepView,
} from '../../indicators';
import { EnumField } from '../../shared/EnumField';
import { ApplicationFeedback } from './ApplicationFeedback';
import { EDITABLE_STATUSES } from './choices';
import { ReadinessSummary } from './Readiness';
import { SubmitButton } from './SubmitButton';

interface AssessmentRecord {
  id: string;
  status: string;
  failedIndicatorKey: string | null;
  steps: AssessmentStepView[];
}

function ShowActions() {
  const record = useRecordContext();
  const { canAccess: canEdit } = useCanAccess({ resource: 'Application', action: 'edit' });
  const { canAccess: canDelete } = useCanAccess({ resource: 'Application', action: 'delete' });
  const editable = !!record && EDITABLE_STATUSES.includes(record.status as string);
  return (
    <TopToolbar>
      {canEdit && editable ? <EditButton /> : null}
      {canDelete && record?.status === 'DRAFT' ? <DeleteButton mutationMode="pessimistic" /> : null}
      <SubmitButton />
    </TopToolbar>
  );
}

/** The page title: the village and year, not the record's id. */
function ApplicationTitle() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { data: village } = useGetOne(
    'Village',
    { id: record?.villageId as string },
    { enabled: !!record?.villageId },
  );
  if (!record) return null;
  return (
    <span>
      {translate('resources.Application.name', { smart_count: 1 })} · {village?.name ?? ''}{' '}
      {String(record.year)}
    </span>
  );
}

function StatusChip() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const color = record.status === 'PASSED' ? 'success' : record.status === 'FAILED' ? 'error' : 'default';
  return (
    <Chip
      label={translate(`fanben.applicationStatus.${String(record.status)}`)}
      color={record.status === 'RETURNED' ? 'warning' : color}
      data-testid="application-status"
    />
  );
}

function ApplicationDetails() {
  const record = useRecordContext();
  const translate = useTranslate();
  const {
    data: definitions,
    byKey,
    error,
    isPending,
  } = useIndicatorDefinitions(record?.schemeId as string | undefined, { enabled: !!record });
  const assessmentId = (record?.assessment as { id: string } | null | undefined)?.id;
  const { data: assessment } = useGetOne<AssessmentRecord & { id: string }>(
    'Assessment',
    { id: assessmentId as string },
    { enabled: !!assessmentId },
  );
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, p: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          <ReferenceField source="villageId" reference="Village" link={false}>
            <TextField source="name" variant="h5" />
          </ReferenceField>{' '}
          · {String(record.year)} · {translate(`fanben.tier.${String(record.targetTier)}`)}
        </Typography>
        <StatusChip />
      </Box>
      <ApplicationFeedback
        status={record.status as string}
        targetTier={record.targetTier as number}
        vetComment={record.vetComment as string | null}
        failedIndicatorKey={assessment?.failedIndicatorKey}
        steps={assessment?.steps}
        byKey={byKey}
      />
      <Card variant="outlined">
        <CardContent sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
          <Labeled source="villageId" label="resources.Application.fields.township">
            <ReferenceField source="villageId" reference="Village" link={false}>
              <ReferenceField source="townshipId" reference="Township" link={false}>
                <TextField source="name" />
              </ReferenceField>
            </ReferenceField>
          </Labeled>
          <Labeled>
            <NumberField source="year" options={{ useGrouping: false }} />
          </Labeled>
          <Labeled>
            <EnumField source="targetTier" prefix="tier" />
          </Labeled>
          <Labeled>
            <EnumField source="status" prefix="applicationStatus" />
          </Labeled>
          <Labeled>
            <DateTextField source="submittedAt" time />
          </Labeled>
          <Labeled>
            <DateTextField source="vettedAt" time />
          </Labeled>
          {record.vetComment ? (
            <Labeled>
              <TextField source="vetComment" />
            </Labeled>
          ) : null}
        </CardContent>
      </Card>
      <Box>
        <Typography variant="h6" component="h2">
          {translate('fanben.application.readiness')}
        </Typography>
        <ReadinessSummary
          readiness={record.readiness as number | null}
          weakestKey={record.weakestIndicatorKey as string | null}
          byKey={byKey}
        />
      </Box>
      <Box>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {translate(
            assessment?.steps.length ? 'fanben.application.compared' : 'fanben.application.declaredOnly',
          )}
        </Typography>
        {definitions ? (
          <IndicatorComparison
            definitions={definitions}
            declared={record.declaredValues as Record<string, Record<string, unknown>>}
            steps={assessment?.steps}
          />
        ) : (
          <DefinitionsStatus isPending={isPending} error={error} />
        )}
      </Box>
    </Box>
  );
}

/**
 * One application: its state and what the village should do next, readiness and the weakest
 * indicator, and the declared values per indicator — beside the assessor's verified values and
 * results once assessed.
 */
export function ApplicationShow() {
  return (
    <Show actions={<ShowActions />} title={<ApplicationTitle />}>
      <ApplicationDetails />
    </Show>
  );
}
