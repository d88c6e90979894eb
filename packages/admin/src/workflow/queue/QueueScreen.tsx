import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  Link as MuiLink,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  Title,
  useCreatePath,
  useNotify,
  usePermissions,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';
import { canTake } from '../../access';
import { callApi, type Role } from '../../dataProvider';
import { DateText } from '../../format';
import { useIndicatorDefinitions } from '../../indicators';
import { useApiQuery } from '../../shared/useApiQuery';
import { useWorkingYear } from '../../shared/year';
import {
  QUEUE_QUERY,
  START_ASSESSMENT,
  type AssessingApplication,
  type QueueData,
  type QueuedApplication,
} from './api';
import { ReadinessText } from '../../indicators';

/** The district assessor's queue for the working year: forwarded applications best-first, and those under way. */
export function QueueScreen() {
  const translate = useTranslate();
  const { year } = useWorkingYear();
  const { data, error, loading } = useApiQuery<QueueData>(QUEUE_QUERY, { year });
  const title = translate('fanben.queue.title', { year });

  return (
    <Box sx={{ mt: 1, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title={title} />
      <Box>
        <Typography variant="h5" component="h1">
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('fanben.queue.intro')}
        </Typography>
      </Box>
      {loading ? <LinearProgress /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {data ? (
        <>
          {data.assessing.length > 0 ? <AssessingTable rows={data.assessing} /> : null}
          <WaitingTable rows={data.assessmentQueue} year={year} />
        </>
      ) : null}
    </Box>
  );
}

function useColumns() {
  const translate = useTranslate();
  const { byKey, isPending } = useIndicatorDefinitions();
  return {
    col: (key: string) => translate(`fanben.queue.columns.${key}`),
    // While the definitions load, a placeholder rather than the bare key.
    indicatorTitle: (key: string | null) => (key ? (byKey.get(key)?.title ?? (isPending ? '…' : key)) : '—'),
  };
}

/** The cells every row shares: village (linked to its application), township, target tier, readiness, weakest indicator. */
function ApplicationCells({ app }: { app: QueuedApplication }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const applications = useResourceDefinition({ resource: 'Application' });
  const { indicatorTitle } = useColumns();
  const name = app.village?.name ?? '—';
  return (
    <>
      <TableCell component="th" scope="row">
        {applications.hasShow ? (
          <MuiLink component={Link} to={createPath({ resource: 'Application', id: app.id, type: 'show' })}>
            {name}
          </MuiLink>
        ) : (
          name
        )}
      </TableCell>
      <TableCell>{app.village?.township?.name ?? '—'}</TableCell>
      <TableCell>{translate(`fanben.tier.${app.targetTier}`)}</TableCell>
      <TableCell align="right">
        <ReadinessText value={app.readiness} />
      </TableCell>
      <TableCell>{indicatorTitle(app.weakestIndicatorKey)}</TableCell>
    </>
  );
}

function ApplicationHeadCells() {
  const { col } = useColumns();
  return (
    <>
      <TableCell>{col('village')}</TableCell>
      <TableCell>{col('township')}</TableCell>
      <TableCell>{col('tier')}</TableCell>
      <TableCell align="right">{col('readiness')}</TableCell>
      <TableCell>{col('weakest')}</TableCell>
    </>
  );
}

function WaitingTable({ rows, year }: { rows: QueuedApplication[]; year: number }) {
  const translate = useTranslate();
  const { col } = useColumns();
  const heading = translate('fanben.queue.waiting', { count: rows.length });
  return (
    <Card variant="outlined" component="section" aria-label={heading}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {heading}
        </Typography>
        {rows.length === 0 ? (
          <Typography>{translate('fanben.queue.empty', { year })}</Typography>
        ) : (
          <Table size="small" aria-label={heading}>
            <TableHead>
              <TableRow>
                <TableCell>{col('rank')}</TableCell>
                <ApplicationHeadCells />
                <TableCell>{col('vettedAt')}</TableCell>
                <TableCell>{col('actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((app, index) => (
                <TableRow key={app.id} hover>
                  <TableCell>{index + 1}</TableCell>
                  <ApplicationCells app={app} />
                  <TableCell>
                    <DateText value={app.vettedAt} />
                  </TableCell>
                  <TableCell>
                    <StartButton app={app} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

function AssessingTable({ rows }: { rows: AssessingApplication[] }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { col } = useColumns();
  const heading = translate('fanben.queue.assessing', { count: rows.length });
  return (
    <Card variant="outlined" component="section" aria-label={heading}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {heading}
        </Typography>
        <Table size="small" aria-label={heading}>
          <TableHead>
            <TableRow>
              <ApplicationHeadCells />
              <TableCell>{col('progress')}</TableCell>
              <TableCell>{col('actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((app) => (
              <TableRow key={app.id} hover>
                <ApplicationCells app={app} />
                <TableCell>
                  {app.assessment
                    ? translate('fanben.queue.progress', {
                        done: app.assessment.steps.length,
                        total: app.assessment.plan.length,
                      })
                    : '—'}
                </TableCell>
                <TableCell>
                  {app.assessment ? (
                    <Button
                      component={Link}
                      size="small"
                      to={createPath({ resource: 'Assessment', id: app.assessment.id, type: 'show' })}
                    >
                      {translate('fanben.queue.continue')}
                    </Button>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

/** Starts the assessment (FORWARDED → ASSESSING, the plan fixed) and opens it. */
function StartButton({ app }: { app: QueuedApplication }) {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const { permissions } = usePermissions<Role>();
  const [starting, setStarting] = useState(false);
  if (!canTake(permissions, 'startAssessment')) return null;
  const start = async () => {
    setStarting(true);
    try {
      const { startAssessment } = await callApi<{ startAssessment: { id: string } }>(START_ASSESSMENT, {
        applicationId: app.id,
      });
      notify('fanben.queue.started', { type: 'info', messageArgs: { village: app.village?.name ?? '' } });
      navigate(createPath({ resource: 'Assessment', id: startAssessment.id, type: 'show' }));
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      setStarting(false);
    }
  };
  return (
    <Button
      size="small"
      variant="contained"
      startIcon={<PlayArrowIcon />}
      disabled={starting}
      onClick={start}
      aria-label={`${translate('fanben.queue.start')} ${app.village?.name ?? ''}`}
    >
      {translate('fanben.queue.start')}
    </Button>
  );
}
