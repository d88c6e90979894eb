import { useTheme } from '@mui/material';
import { Bar, CartesianGrid, ComposedChart, Legend, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import type { DashboardData } from '../api';
import { ChartCard } from '../ChartCard';
import { CHART_HEIGHT, inOrder, NO_ANIMATION, TICK, TOWNSHIP_AXIS } from './axis';

const ORDER = inOrder(['newly', 'target']);

/**
 * Bars: the villages each township newly certified in the year; a red rule on each: its target, one third
 * of its villages (domain.md §5). A bar reaching its rule is a township on target.
 */
export function PlanChart({ data }: { data: DashboardData }) {
  const translate = useTranslate();
  const { palette } = useTheme();
  const t = (key: string, options?: object) => translate(`fanben.dashboard.charts.${key}`, options);
  const rows = data.plan.townships.map((p) => ({
    name: p.townshipName,
    newly: p.newlyReachedCount,
    target: p.target,
    onTrack: p.onTrack,
  }));
  return (
    <ChartCard
      title={t('plan')}
      summary={t('planSummary', {
        year: data.year,
        reached: data.plan.newlyReachedCount,
        target: data.plan.target,
        onTrack: data.plan.onTrackTownships,
      })}
      table={{
        headers: [t('township'), t('newlyReached'), t('target'), t('onTrack')],
        rows: rows.map((r) => [r.name, r.newly, r.target, translate(r.onTrack ? 'fanben.yes' : 'fanben.no')]),
      }}
    >
      <ComposedChart
        responsive
        style={{ width: '100%', height: CHART_HEIGHT }}
        data={rows}
        margin={{ top: 4, right: 8, bottom: 0, left: -16 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis {...TOWNSHIP_AXIS} />
        <YAxis allowDecimals={false} tick={TICK} />
        <Tooltip itemSorter={ORDER} />
        <Legend verticalAlign="top" height={24} itemSorter={ORDER} />
        <Bar
          dataKey="newly"
          name={t('newlyReached')}
          fill={palette.success.main}
          maxBarSize={40}
          {...NO_ANIMATION}
        />
        <Scatter
          dataKey="target"
          name={t('target')}
          fill={palette.error.main}
          legendType="plainline"
          shape={<TargetMark />}
          {...NO_ANIMATION}
        />
      </ComposedChart>
    </ChartCard>
  );
}

/** A township's target: a short red rule across its bar (a line through 40-odd townships would zigzag). */
function TargetMark({ cx, cy, fill }: { cx?: number; cy?: number; fill?: string }) {
  if (cx === undefined || cy === undefined) return null;
  return <line x1={cx - 8} x2={cx + 8} y1={cy} y2={cy} stroke={fill} strokeWidth={3} />;
}
