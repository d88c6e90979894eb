import { useTheme } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import type { ApplicationStatus, DashboardData } from '../api';
import { ChartCard } from '../ChartCard';
import { CHART_HEIGHT, NO_ANIMATION, TICK } from './axis';

/** Bars: the year's applications per status, in the order of the procedure. */
export function ApplicationsChart({ data }: { data: DashboardData }) {
  const translate = useTranslate();
  const { palette } = useTheme();
  const color: Record<ApplicationStatus, string> = {
    DRAFT: palette.grey[500],
    SUBMITTED: palette.info.light,
    RETURNED: palette.warning.main,
    FORWARDED: palette.info.main,
    ASSESSING: palette.primary.main,
    PASSED: palette.success.main,
    FAILED: palette.error.main,
  };
  const rows = data.applicationsByStatus.map((s) => ({
    status: s.status,
    name: translate(`fanben.applicationStatus.${s.status}`),
    count: s.count,
  }));
  const countLabel = translate('fanben.dashboard.charts.count');
  return (
    <ChartCard
      title={translate('fanben.dashboard.charts.applications')}
      summary={translate(
        data.applicationCount === 0
          ? 'fanben.dashboard.charts.applicationsEmpty'
          : 'fanben.dashboard.charts.applicationsSummary',
        { year: data.year, count: data.applicationCount },
      )}
      table={{
        headers: [translate('fanben.dashboard.charts.status'), countLabel],
        rows: rows.map((r) => [r.name, r.count]),
      }}
    >
      <BarChart
        responsive
        layout="vertical"
        style={{ width: '100%', height: CHART_HEIGHT }}
        data={rows}
        margin={{ top: 4, right: 28, bottom: 0, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={TICK} />
        <YAxis type="category" dataKey="name" width={72} tick={TICK} interval={0} />
        <Tooltip />
        <Bar dataKey="count" name={countLabel} {...NO_ANIMATION}>
          {rows.map((r) => (
            <Cell key={r.status} fill={color[r.status]} />
          ))}
          <LabelList dataKey="count" position="right" fontSize={11} />
        </Bar>
      </BarChart>
    </ChartCard>
  );
}
