import { useTheme } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { atTier, type DashboardData } from '../api';
import { ChartCard } from '../ChartCard';
import { CHART_HEIGHT, inOrder, NO_ANIMATION, TICK, TOWNSHIP_AXIS } from './axis';

const TIERS = [1, 2, 3];
const ORDER = inOrder(TIERS.map((tier) => `t${tier}`));

/** Stacked bars: each township's certified villages by tier, townships with certified villages only. */
export function TiersByTownshipChart({ data }: { data: DashboardData }) {
  const translate = useTranslate();
  const theme = useTheme();
  const colors = [theme.palette.info.main, theme.palette.success.main, theme.palette.warning.main];
  const rows = data.certifiedByTownship
    .filter((t) => t.certifiedVillages > 0)
    .sort((a, b) => b.certifiedVillages - a.certifiedVillages)
    .map((t) => ({
      name: t.townshipName,
      counts: TIERS.map((tier) => atTier(t.byTier, tier)),
      ...Object.fromEntries(TIERS.map((tier) => [`t${tier}`, atTier(t.byTier, tier)])),
    }));
  const tierName = (tier: number) => translate(`fanben.tier.${tier}`);
  const summary =
    rows.length === 0
      ? translate('fanben.dashboard.charts.tiersByTownshipEmpty', { year: data.year })
      : translate('fanben.dashboard.charts.tiersByTownshipSummary', {
          year: data.year,
          count: data.certifiedVillages,
          townships: rows.length,
        });
  return (
    <ChartCard
      title={translate('fanben.dashboard.charts.tiersByTownship')}
      summary={summary}
      table={{
        headers: [translate('fanben.dashboard.charts.township'), ...TIERS.map(tierName)],
        rows: rows.map((r) => [r.name, ...r.counts]),
      }}
    >
      {rows.length > 0 ? (
        <BarChart
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
          {TIERS.map((tier, i) => (
            <Bar
              key={tier}
              dataKey={`t${tier}`}
              name={tierName(tier)}
              stackId="tiers"
              fill={colors[i]}
              {...NO_ANIMATION}
            />
          ))}
        </BarChart>
      ) : null}
    </ChartCard>
  );
}
