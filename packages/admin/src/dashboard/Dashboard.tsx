import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { Title, usePermissions, useTranslate } from 'react-admin';
import type { Role } from '../dataProvider';
import { useApiQuery } from '../shared/useApiQuery';
import { useWorkingYear } from '../shared/year';
import { DASHBOARD_QUERY, type DashboardData } from './api';
import { DashboardCards } from './DashboardCards';
import { NextStepCard } from './NextStepCard';

// recharts is the console's largest library: the charts load after the figures.
const DashboardCharts = lazy(() => import('./DashboardCharts'));

const SCOPE: Record<Role, 'county' | 'township' | 'village'> = {
  ADMIN: 'county',
  DISTRICT_ASSESSOR: 'county',
  FINANCE_OFFICER: 'county',
  VIEWER: 'county',
  TOWNSHIP_OFFICER: 'township',
  VILLAGE_CLERK: 'village',
};

/**
 * The landing page: what the role should do next, the working year's figures and charts. Every figure
 * is the server's, limited to the user's scope (a township officer sees the own township).
 */
export function Dashboard() {
  const translate = useTranslate();
  const { year } = useWorkingYear();
  const { permissions: role } = usePermissions<Role>();
  const { data, error, loading } = useApiQuery<{ dashboard: DashboardData }>(DASHBOARD_QUERY, { year });
  const current = data?.dashboard.year === year ? data.dashboard : undefined;
  return (
    <Box sx={{ mt: 1, mb: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title={translate('fanben.dashboard.title', { year })} />
      {role ? (
        <Typography variant="body2" color="text.secondary">
          {translate('fanben.dashboard.scopeNote', {
            scope: translate(`fanben.dashboard.scope.${SCOPE[role]}`),
          })}
        </Typography>
      ) : null}
      {loading ? <LinearProgress /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {current ? (
        <>
          <NextStepCard data={current} />
          <DashboardCards data={current} />
          <Suspense fallback={<LinearProgress />}>
            <DashboardCharts data={current} />
          </Suspense>
        </>
      ) : null}
    </Box>
  );
}
