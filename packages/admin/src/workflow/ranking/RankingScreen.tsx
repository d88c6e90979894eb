import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  Confirm,
  Title,
  useCreatePath,
  useGetList,
  useNotify,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { canTake } from '../../access';
import { callApi, type Role } from '../../dataProvider';
import { DateText } from '../../format';
import { useIndicatorDefinitions } from '../../indicators';
import { ReadinessText } from '../../indicators';
import { useApiQuery } from '../../shared/useApiQuery';
import { useWorkingYear } from '../../shared/year';
import { RANKING_QUERY, VET_APPLICATION, quotaLeft, type RankedApplication, type RankingData } from './api';
import { ReturnDialog } from './ReturnDialog';

/** Whoever sees several townships (the administrator) picks one; a township officer sees their own. */
function TownshipPicker({ value, onChange }: { value: string; onChange(id: string): void }) {
  const translate = useTranslate();
  const { data } = useGetList('Township', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'code', order: 'ASC' },
  });
  return (
    <TextField
      select
      size="small"
      label={translate('fanben.ranking.township')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      fullWidth={false}
      sx={{ width: 260, alignSelf: 'flex-start' }}
      slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
    >
      <MenuItem value="">{translate('fanben.ranking.allTownships')}</MenuItem>
      {(data ?? []).map((t) => (
        <MenuItem key={t.id} value={t.id as string}>
          {t.name as string}
        </MenuItem>
      ))}
    </TextField>
  );
}

interface Decision {
  app: RankedApplication;
  decision: 'FORWARD' | 'RETURN';
}

/**
 * The township officer's applications of the working year, the readiest first, with the forwarding
 * quota; each submitted one is forwarded to the district or returned with a reason. The list reloads
 * after every decision (another officer may decide at the same time; the server keeps the quota).
 */
export function RankingScreen() {
  const translate = useTranslate();
  const notify = useNotify();
  const { year } = useWorkingYear();
  const { permissions } = usePermissions<Role>();
  const [townshipId, setTownshipId] = useState('');
  const { data, error, loading, reload } = useApiQuery<RankingData>(RANKING_QUERY, {
    year,
    townshipId: townshipId || null,
  });
  const [pending, setPending] = useState<Decision | null>(null);
  const [busy, setBusy] = useState(false);
  const title = translate('fanben.ranking.title', { year });
  const ranking = data?.applicationRanking;
  // The quota is per township: across all townships (the administrator's overview) nothing is "left".
  const countyWide = permissions === 'ADMIN' && !townshipId;
  const left = ranking && !countyWide ? quotaLeft(ranking.quota, ranking.forwardedCount) : null;
  const mayVet = canTake(permissions, 'vetApplication');

  const decide = async (decision: Decision, comment?: string) => {
    const village = decision.app.village?.name ?? '';
    setBusy(true);
    try {
      await callApi(VET_APPLICATION, {
        id: decision.app.id,
        decision: decision.decision,
        comment: comment ?? null,
      });
      notify(decision.decision === 'FORWARD' ? 'fanben.ranking.forwarded' : 'fanben.ranking.returned', {
        type: 'success',
        messageArgs: { village },
      });
      setPending(null);
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
      reload();
    }
  };

  return (
    <Box sx={{ mt: 1, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title={title} />
      <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flex: '1 1 480px' }}>
          <Typography variant="h5" component="h1">
            {title}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('fanben.ranking.intro')}
          </Typography>
        </Box>
        {permissions === 'ADMIN' ? <TownshipPicker value={townshipId} onChange={setTownshipId} /> : null}
      </Box>
      {ranking ? (
        <Alert severity={left === 0 ? 'warning' : 'info'} data-testid="ranking-quota">
          {ranking.quota === null
            ? translate('fanben.ranking.noQuota', { count: ranking.forwardedCount })
            : countyWide
              ? translate('fanben.ranking.quotaPerTownship', {
                  quota: ranking.quota,
                  count: ranking.forwardedCount,
                })
              : translate('fanben.ranking.quota', {
                  quota: ranking.quota,
                  count: ranking.forwardedCount,
                  left: left ?? 0,
                })}
        </Alert>
      ) : null}
      {loading ? <LinearProgress /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {ranking ? (
        <RankingTable
          rows={ranking.applications}
          year={year}
          showTownship={permissions === 'ADMIN'}
          quotaFull={left === 0}
          mayVet={mayVet}
          busy={busy}
          onDecide={setPending}
        />
      ) : null}
      <Confirm
        isOpen={pending?.decision === 'FORWARD'}
        loading={busy}
        title="fanben.ranking.forwardTitle"
        content={translate('fanben.ranking.forwardConfirm', {
          village: pending?.app.village?.name ?? '',
          year,
          tier: pending ? translate(`fanben.tier.${pending.app.targetTier}`) : '',
        })}
        confirm="fanben.ranking.forward"
        onConfirm={() => pending && void decide(pending)}
        onClose={() => setPending(null)}
      />
      <ReturnDialog
        open={pending?.decision === 'RETURN'}
        village={pending?.app.village?.name ?? ''}
        busy={busy}
        onConfirm={(reason) => pending && void decide(pending, reason)}
        onClose={() => setPending(null)}
      />
    </Box>
  );
}

function RankingTable({
  rows,
  year,
  showTownship,
  quotaFull,
  mayVet,
  busy,
  onDecide,
}: {
  rows: RankedApplication[];
  year: number;
  showTownship: boolean;
  quotaFull: boolean;
  mayVet: boolean;
  busy: boolean;
  onDecide(decision: Decision): void;
}) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { byKey } = useIndicatorDefinitions();
  const col = (key: string) => translate(`fanben.ranking.columns.${key}`);
  if (rows.length === 0) {
    return <Typography>{translate('fanben.ranking.empty', { year })}</Typography>;
  }
  return (
    <Card variant="outlined">
      <CardContent sx={{ overflowX: 'auto' }}>
        <Table
          size="small"
          aria-label={translate('fanben.ranking.title', { year })}
          sx={{ '& thead th': { whiteSpace: 'nowrap' } }}
        >
          <TableHead>
            <TableRow>
              <TableCell>{col('rank')}</TableCell>
              <TableCell>{col('village')}</TableCell>
              {showTownship ? <TableCell>{col('township')}</TableCell> : null}
              <TableCell>{col('tier')}</TableCell>
              <TableCell>{col('status')}</TableCell>
              <TableCell align="right">{col('readiness')}</TableCell>
              <TableCell>{col('weakest')}</TableCell>
              <TableCell>{col('submittedAt')}</TableCell>
              <TableCell>{col('comment')}</TableCell>
              <TableCell>{col('actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((app, index) => (
              <TableRow key={app.id} hover data-testid={`ranking-row-${app.id}`}>
                <TableCell>{index + 1}</TableCell>
                <TableCell component="th" scope="row">
                  <Link to={createPath({ resource: 'Application', id: app.id, type: 'show' })}>
                    {app.village?.name ?? '—'}
                  </Link>
                </TableCell>
                {showTownship ? <TableCell>{app.village?.township?.name ?? '—'}</TableCell> : null}
                <TableCell>{translate(`fanben.tier.${app.targetTier}`)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {translate(`fanben.applicationStatus.${app.status}`)}
                </TableCell>
                <TableCell align="right">
                  <ReadinessText value={app.readiness} />
                </TableCell>
                <TableCell>
                  {app.weakestIndicatorKey
                    ? (byKey.get(app.weakestIndicatorKey)?.title ?? app.weakestIndicatorKey)
                    : '—'}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <DateText value={app.submittedAt} />
                </TableCell>
                <TableCell sx={{ minWidth: 160, maxWidth: 260 }}>{app.vetComment ?? ''}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {mayVet && app.status === 'SUBMITTED' ? (
                    <>
                      <Button
                        size="small"
                        variant="contained"
                        disabled={busy || quotaFull}
                        title={quotaFull ? translate('fanben.ranking.quotaFull') : undefined}
                        onClick={() => onDecide({ app, decision: 'FORWARD' })}
                        sx={{ mr: 1 }}
                      >
                        {translate('fanben.ranking.forward')}
                      </Button>
                      <Button
                        size="small"
                        variant="outlined"
                        color="warning"
                        disabled={busy}
                        onClick={() => onDecide({ app, decision: 'RETURN' })}
                      >
                        {translate('fanben.ranking.return')}
                      </Button>
                    </>
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
