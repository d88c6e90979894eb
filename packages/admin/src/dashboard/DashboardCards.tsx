import { Box } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatWan, formatYuan } from '../format';
import { StatCard } from '../shared/StatCard';
import { atTier, inStatus, type DashboardData } from './api';

const GRID = { display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))' };

/** The row of figures: certified villages, the year's funds, applications, plan progress, trainings. */
export function DashboardCards({ data }: { data: DashboardData }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, options?: object) => translate(`fanben.dashboard.cards.${key}`, options);
  const funds = data.funds.find((f) => f.year === data.year);
  const { plan, trainings } = data;
  return (
    <Box sx={GRID}>
      <StatCard
        label={t('certified', { year: data.year })}
        value={t('certifiedValue', { count: data.certifiedVillages })}
        detail={t('certifiedDetail', {
          t1: atTier(data.certifiedByTier, 1),
          t2: atTier(data.certifiedByTier, 2),
          t3: atTier(data.certifiedByTier, 3),
        })}
      />
      <StatCard
        label={t('funds', { year: data.year })}
        value={formatWan(funds?.total ?? 0, locale)}
        detail={t('fundsDetail', {
          amount: formatYuan(funds?.total ?? 0, locale),
          cadres: funds?.cadreCount ?? 0,
        })}
      />
      <StatCard
        label={t('applications')}
        value={t('applicationsValue', { count: data.applicationCount })}
        detail={t('applicationsDetail', {
          submitted: inStatus(data, 'SUBMITTED'),
          forwarded: inStatus(data, 'FORWARDED'),
          assessing: inStatus(data, 'ASSESSING'),
        })}
      />
      <StatCard
        label={t('plan')}
        value={t('planValue', { reached: plan.newlyReachedCount, target: plan.target })}
        detail={t('planDetail', { onTrack: plan.onTrackTownships, townships: plan.townshipCount })}
      />
      <StatCard
        label={t('trainings')}
        value={t('trainingsValue', { count: trainings.trainingCount })}
        detail={
          trainings.trainingCount === 0
            ? t('noTraining')
            : t('trainingsDetail', {
                covered: trainings.townshipsCovered,
                townships: trainings.townshipCount,
              })
        }
      />
    </Box>
  );
}
