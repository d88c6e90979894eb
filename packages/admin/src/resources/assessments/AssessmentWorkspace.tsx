import { Alert, Box, Card, CardContent, Chip, Link as MuiLink, Typography } from '@mui/material';
import { Link } from 'react-router';
import {
  useCreatePath,
  useGetList,
  useGetOne,
  useResourceDefinition,
  useShowContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { DateText } from '../../format';
import {
  DefinitionsStatus,
  useIndicatorDefinitions,
  type AssessmentStepView,
  type IndicatorDefinition,
  type ValuesByIndicator,
} from '../../indicators';
import { PlanList } from './PlanList';
import { planEntries } from './plan';

export interface AssessmentRecord extends RaRecord {
  applicationId: string;
  status: 'IN_PROGRESS' | 'PASSED' | 'FAILED';
  plan: string[];
  steps: AssessmentStepView[];
  nextIndicatorKey: string | null;
  notAssessed: string[];
  failedIndicatorKey: string | null;
  isReference: boolean;
  createdAt: string;
  finishedAt: string | null;
}

const STATUS_COLOR = { IN_PROGRESS: 'info', PASSED: 'success', FAILED: 'error' } as const;

/**
 * The assessment with what it needs around it: the application (declared values, scheme, tier), the
 * village, the scheme's indicator definitions; then the header, the outcome and the plan.
 */
export function AssessmentWorkspace() {
  const { record, refetch } = useShowContext<AssessmentRecord>();
  const translate = useTranslate();
  const { data: app } = useGetOne('Application', { id: record?.applicationId ?? '' }, { enabled: !!record });
  const definitions = useIndicatorDefinitions(app?.schemeId as string | undefined, { enabled: !!app });
  if (!record) return null;
  if (!app || !definitions.data) {
    return (
      <Card>
        <CardContent>
          {!app ? <Typography role="status">{translate('fanben.assessment.loading')}</Typography> : null}
          <DefinitionsStatus isPending={definitions.isPending} error={definitions.error} />
        </CardContent>
      </Card>
    );
  }
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Header assessment={record} app={app} />
      <Outcome assessment={record} app={app} byKey={definitions.byKey} />
      <PlanList
        assessment={record}
        entries={planEntries(record)}
        byKey={definitions.byKey}
        declared={app.declaredValues as ValuesByIndicator}
        onRecorded={() => void refetch()}
      />
    </Box>
  );
}

function Header({ assessment, app }: { assessment: AssessmentRecord; app: RaRecord }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const applications = useResourceDefinition({ resource: 'Application' });
  const { data: village } = useGetOne('Village', { id: app.villageId as string });
  const { data: township } = useGetOne(
    'Township',
    { id: (village?.townshipId as string) ?? '' },
    { enabled: !!village },
  );
  const heading = translate('fanben.assessment.heading', {
    village: village?.name ?? '…',
    year: app.year,
    tier: translate(`fanben.tier.${app.targetTier}`),
  });
  return (
    <Card>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="h5" component="h1">
            {heading}
          </Typography>
          <Chip
            color={STATUS_COLOR[assessment.status]}
            label={translate(`fanben.assessmentStatus.${assessment.status}`)}
            data-testid="assessment-status"
          />
          {assessment.isReference ? (
            <Chip variant="outlined" color="secondary" label={translate('fanben.assessment.reference')} />
          ) : null}
        </Box>
        <Box
          component="dl"
          sx={{
            display: 'grid',
            gridTemplateColumns: 'max-content 1fr',
            columnGap: 2,
            rowGap: 0.5,
            m: 0,
            mt: 1,
            '& dt': { color: 'text.secondary' },
            '& dd': { m: 0 },
          }}
        >
          <dt>{translate('fanben.assessment.township')}</dt>
          <dd>{township?.name ?? '…'}</dd>
          <dt>{translate('fanben.assessment.startedAt')}</dt>
          <dd>
            <DateText value={assessment.createdAt} time />
          </dd>
          <dt>{translate('fanben.assessment.finishedAt')}</dt>
          <dd>
            <DateText value={assessment.finishedAt} time />
          </dd>
        </Box>
        {applications.hasShow ? (
          <MuiLink
            component={Link}
            to={createPath({ resource: 'Application', id: app.id, type: 'show' })}
            sx={{ display: 'inline-block', mt: 1 }}
          >
            {translate('fanben.assessment.openApplication')}
          </MuiLink>
        ) : null}
      </CardContent>
    </Card>
  );
}

/** The result in one sentence: how far it got, why it stopped, or the certification it produced. */
function Outcome({
  assessment,
  app,
  byKey,
}: {
  assessment: AssessmentRecord;
  app: RaRecord;
  byKey: Map<string, IndicatorDefinition>;
}) {
  const translate = useTranslate();
  const total = assessment.plan.length;
  if (assessment.status === 'IN_PROGRESS') {
    return (
      <Alert severity="info" role="status" data-testid="assessment-outcome">
        {translate('fanben.assessment.outcome.inProgress', { done: assessment.steps.length, total })}
      </Alert>
    );
  }
  if (assessment.status === 'FAILED') {
    const key = assessment.failedIndicatorKey ?? '';
    const step = assessment.steps.find((s) => s.indicatorKey === key);
    return (
      <Alert severity="error" role="status" data-testid="assessment-outcome">
        <Typography sx={{ fontWeight: 600 }}>
          {translate('fanben.assessment.outcome.failed', { title: byKey.get(key)?.title ?? key })}
        </Typography>
        {step ? <Typography variant="body2">{step.reason}</Typography> : null}
        {assessment.notAssessed.length > 0 ? (
          <Typography variant="body2">
            {translate('fanben.assessment.outcome.notAssessed', { count: assessment.notAssessed.length })}
          </Typography>
        ) : null}
      </Alert>
    );
  }
  return (
    <Alert severity="success" role="status" data-testid="assessment-outcome">
      <Typography sx={{ fontWeight: 600 }}>
        {translate('fanben.assessment.outcome.passed', { total })}
      </Typography>
      <CertificationNote app={app} />
    </Alert>
  );
}

/** The certification a passed assessment created (village, tier and year identify it). */
function CertificationNote({ app }: { app: RaRecord }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data } = useGetList('Certification', {
    filter: { villageId: app.villageId, year: app.year, tier: app.targetTier },
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'year', order: 'DESC' }, // the API sorts by listed fields only, never by id
  });
  const certification = data?.[0];
  if (!certification) return null;
  return (
    <Typography variant="body2" data-testid="assessment-certification">
      {translate('fanben.assessment.outcome.certified', {
        year: certification.year,
        tier: translate(`fanben.tier.${certification.tier}`),
      })}{' '}
      <MuiLink
        component={Link}
        to={createPath({ resource: 'Certification', id: certification.id, type: 'show' })}
      >
        {translate('fanben.assessment.outcome.viewCertification')}
      </MuiLink>
    </Typography>
  );
}
