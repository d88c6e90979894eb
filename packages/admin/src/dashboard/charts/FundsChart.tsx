import { useTheme } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatWan, formatYuan } from '../../format';
import type { DashboardData } from '../api';
import { ChartCard } from '../ChartCard';
import { CHART_HEIGHT, inOrder, NO_ANIMATION, TICK, toWan } from './axis';

const ORDER = inOrder(['cadreReward', 'activityFund']);

/** Stacked bars: what each year's certifications are owed, cadre rewards and activity funds, in 万元. */
export function FundsChart({ data }: { data: DashboardData }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { palette } = useTheme();
  const t = (key: string, options?: object) => translate(`fanben.dashboard.charts.${key}`, options);
  const rows = data.funds.map((f) => ({
    name: String(f.year),
    cadreReward: f.cadreRewardTotal,
    activityFund: f.activityFundTotal,
  }));
  const current = data.funds.find((f) => f.year === data.year);
  const nothingOwed = data.funds.every((f) => f.total === 0);
  return (
    <ChartCard
      title={t('funds')}
      summary={t(nothingOwed ? 'fundsEmpty' : 'fundsSummary', {
        from: data.funds[0]?.year ?? data.year,
        to: data.year,
        year: data.year,
        amount: formatWan(current?.total ?? 0, locale),
      })}
      table={{
        headers: [t('year'), t('cadreReward'), t('activityFund'), t('total')],
        rows: data.funds.map((f) => [
          f.year,
          formatYuan(f.cadreRewardTotal, locale),
          formatYuan(f.activityFundTotal, locale),
          formatYuan(f.total, locale),
        ]),
      }}
    >
      {nothingOwed ? null : (
        <BarChart
          responsive
          style={{ width: '100%', height: CHART_HEIGHT }}
          data={rows}
          margin={{ top: 4, right: 8, bottom: 0, left: -8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={TICK} />
          <YAxis tick={TICK} tickFormatter={(yuan: number) => String(toWan(yuan))} />
          <Tooltip itemSorter={ORDER} formatter={(yuan) => formatWan(Number(yuan), locale)} />
          <Legend verticalAlign="top" height={24} itemSorter={ORDER} />
          <Bar
            dataKey="cadreReward"
            name={t('cadreReward')}
            stackId="funds"
            fill={palette.primary.main}
            maxBarSize={56}
            {...NO_ANIMATION}
          />
          <Bar
            dataKey="activityFund"
            name={t('activityFund')}
            stackId="funds"
            fill={palette.secondary.main}
            maxBarSize={56}
            {...NO_ANIMATION}
          />
        </BarChart>
      )}
    </ChartCard>
  );
}
