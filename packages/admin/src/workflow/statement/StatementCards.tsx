import { Box } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatWan, formatYuan } from '../../format';
import type { BudgetForecast, PayoutSchedule } from './api';
import { StatCard } from '../../shared/StatCard';

const GRID = { display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))' };

/** The statement's totals: villages, cadres, the two kinds of money and the sum, in ¥ and 万元. */
export function StatementCards({ schedule }: { schedule: PayoutSchedule }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const money = (label: string, amount: number) => (
    <StatCard
      label={translate(`fanben.statement.cards.${label}`)}
      value={formatYuan(amount, locale)}
      detail={formatWan(amount, locale)}
    />
  );
  return (
    <Box sx={GRID}>
      <StatCard
        label={translate('fanben.statement.cards.villages')}
        value={translate('fanben.statement.cards.villagesUnit', { count: schedule.villageCount })}
      />
      <StatCard
        label={translate('fanben.statement.cards.cadres')}
        value={translate('fanben.statement.cards.cadresUnit', { count: schedule.cadreCount })}
      />
      {money('cadreReward', schedule.cadreRewardTotal)}
      {money('activityFund', schedule.activityFundTotal)}
      {money('total', schedule.total)}
    </Box>
  );
}

/** What the district should budget: the certified villages, plus the pending applications if all pass. */
export function ForecastCard({ forecast }: { forecast: BudgetForecast }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <StatCard
      label={translate('fanben.statement.forecast.title', { year: forecast.year })}
      value={`${translate('fanben.statement.forecast.total')} ${formatYuan(forecast.forecastTotal, locale)}`}
      detail={
        <>
          {translate('fanben.statement.forecast.certified', { count: forecast.certifiedVillages })}{' '}
          {formatYuan(forecast.certifiedTotal, locale)}
          <br />
          {translate('fanben.statement.forecast.pipeline', { count: forecast.pipelineVillages })}{' '}
          {formatYuan(forecast.pipelineTotal, locale)}
        </>
      }
    />
  );
}
