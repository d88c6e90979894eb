import { Box } from '@mui/material';
import type { DashboardData } from './api';
import { ApplicationsChart } from './charts/ApplicationsChart';
import { FundsChart } from './charts/FundsChart';
import { PlanChart } from './charts/PlanChart';
import { TiersByTownshipChart } from './charts/TiersByTownshipChart';

const PAIR = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } };

/** The charts under the figures: township-wide ones across the page, the two small ones side by side. */
export default function DashboardCharts({ data }: { data: DashboardData }) {
  return (
    <>
      <TiersByTownshipChart data={data} />
      <Box sx={PAIR}>
        <ApplicationsChart data={data} />
        <FundsChart data={data} />
      </Box>
      <PlanChart data={data} />
    </>
  );
}
