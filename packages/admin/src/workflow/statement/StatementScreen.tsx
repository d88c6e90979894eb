import ListAltIcon from '@mui/icons-material/ListAlt';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Typography } from '@mui/material';
import { Link } from 'react-router';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { canDo, canTake } from '../../access';
import type { Role } from '../../dataProvider';
import { useApiQuery } from '../../shared/useApiQuery';
import { useWorkingYear } from '../../shared/year';
import { STATEMENT_QUERY, type StatementData } from './api';
import { DownloadButtons } from './DownloadButtons';
import { GenerateActions } from './GenerateActions';
import { ForecastCard, StatementCards } from './StatementCards';
import { StatementLines } from './StatementLines';

/** The finance officer's payout statement for the working year: totals, lines, generating, downloads. */
export function StatementScreen() {
  const translate = useTranslate();
  const { year } = useWorkingYear();
  const { permissions } = usePermissions<Role>();
  const { data, error, loading, reload } = useApiQuery<StatementData>(STATEMENT_QUERY, { year });
  const title = translate('fanben.statement.title', { year });
  const current = data?.payoutSchedule.year === year ? data : undefined;
  const lineCount = current?._allPayoutsMeta.count ?? 0;

  return (
    <Box sx={{ mt: 1, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title={title} />
      <Typography variant="body2" color="text.secondary">
        {translate('fanben.statement.intro', { year })}
      </Typography>
      {loading ? <LinearProgress /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {current ? (
        <>
          <StatementCards schedule={current.payoutSchedule} />
          <Box sx={{ maxWidth: 560 }}>
            <ForecastCard forecast={current.budgetForecast} />
          </Box>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
            {canTake(permissions, 'generatePayouts') && current.payoutSchedule.villageCount > 0 ? (
              <GenerateActions year={year} hasLines={lineCount > 0} onDone={reload} />
            ) : null}
            {canDo(permissions, 'Payout', 'list') && lineCount > 0 ? (
              <Button
                component={Link}
                to={{
                  pathname: '/Payout',
                  search: `?filter=${encodeURIComponent(JSON.stringify({ year }))}`,
                }}
                startIcon={<ListAltIcon />}
              >
                {translate('fanben.statement.actions.viewLines', { count: lineCount })}
              </Button>
            ) : null}
            <DownloadButtons year={year} />
          </Box>
          <Card variant="outlined">
            <CardContent>
              {current.payoutSchedule.lines.length > 0 ? (
                <StatementLines lines={current.payoutSchedule.lines} />
              ) : (
                <Typography>{translate('fanben.statement.empty', { year })}</Typography>
              )}
            </CardContent>
          </Card>
        </>
      ) : null}
    </Box>
  );
}
