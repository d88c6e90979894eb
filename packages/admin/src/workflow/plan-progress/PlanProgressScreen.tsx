import AddIcon from '@mui/icons-material/Add';
import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button, Card, CardContent, CardHeader, LinearProgress, Typography } from '@mui/material';
import { Link } from 'react-router';
import { Title, useNotify, usePermissions, useTranslate } from 'react-admin';
import { canDo } from '../../access';
import type { Role } from '../../dataProvider';
import { downloadExport } from '../../shared/download';
import { StatCard } from '../../shared/StatCard';
import { useApiQuery } from '../../shared/useApiQuery';
import { useWorkingYear } from '../../shared/year';
import { PLAN_PROGRESS_QUERY, totals, type PlanProgressData } from './api';
import { LedgerTable } from './LedgerTable';
import { ProgressTable } from './ProgressTable';

/**
 * The township officers' three-year plans for the working year: each township's new-reach figures
 * against ceil(villages / 3), then the write-off ledger (销账台账) of the plan lines.
 */
export function PlanProgressScreen() {
  const translate = useTranslate();
  const notify = useNotify();
  const { year } = useWorkingYear();
  const { permissions } = usePermissions<Role>();
  const { data, error, loading } = useApiQuery<PlanProgressData>(PLAN_PROGRESS_QUERY, { year });
  const t = (key: string, options?: object) => translate(`fanben.planProgress.${key}`, options);
  const current = data?.planProgress.every((r) => r.year === year) ? data : undefined;
  const sum = current ? totals(current.planProgress) : undefined;

  const download = () =>
    downloadExport('plan-ledger.xlsx', {}, t('ledger.file')).catch((e: Error) =>
      notify(t('ledger.downloadFailed', { message: e.message }), { type: 'error' }),
    );

  return (
    <Box sx={{ mt: 1, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title={t('title', { year })} />
      <Typography variant="body2" color="text.secondary">
        {t('intro')}
      </Typography>
      {loading ? <LinearProgress /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {current && sum ? (
        <>
          <Box
            sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))' }}
          >
            <StatCard
              label={t('cards.villages')}
              value={t('cards.villagesValue', { count: sum.villageCount })}
            />
            <StatCard
              label={t('cards.reached')}
              value={t('cards.villagesValue', { count: sum.reachedCount })}
            />
            <StatCard
              label={t('cards.newly')}
              value={t('cards.newlyValue', { reached: sum.newlyReachedCount, target: sum.target })}
            />
            <StatCard label={t('cards.behind')} value={t('cards.townshipsValue', { count: sum.behind })} />
            <StatCard label={t('cards.open')} value={t('cards.linesValue', { count: sum.openCount })} />
            <StatCard label={t('cards.overdue')} value={t('cards.linesValue', { count: sum.overdueCount })} />
          </Box>
          <Card variant="outlined">
            <CardContent sx={{ overflowX: 'auto' }}>
              {current.planProgress.length > 0 ? (
                <ProgressTable rows={current.planProgress} />
              ) : (
                <Typography>{t('empty')}</Typography>
              )}
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardHeader
              title={t('ledger.title', { year })}
              subheader={t('ledger.intro', { year })}
              slotProps={{ title: { variant: 'h6', component: 'h2' } }}
              action={
                <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                  {canDo(permissions, 'PlanItem', 'create') ? (
                    <Button component={Link} to="/PlanItem/create" startIcon={<AddIcon />}>
                      {t('ledger.addLine')}
                    </Button>
                  ) : null}
                  <Button onClick={() => void download()} startIcon={<DownloadIcon />}>
                    {t('ledger.download')}
                  </Button>
                </Box>
              }
            />
            <CardContent sx={{ overflowX: 'auto' }}>
              <LedgerTable lines={current.planLedger} townships={current.planProgress} year={year} />
            </CardContent>
          </Card>
        </>
      ) : null}
    </Box>
  );
}
