import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import { Link } from 'react-router';
import { useLocaleState, usePermissions, useTranslate } from 'react-admin';
import type { Role } from '../dataProvider';
import { formatWan } from '../format';
import { useApiQuery } from '../shared/useApiQuery';
import { inStatus, OWN_APPLICATIONS_QUERY, type DashboardData, type OwnApplication } from './api';

/** Where each role goes next from the dashboard. */
const NEXT_PATH: Record<Role, string> = {
  VILLAGE_CLERK: '/Application',
  TOWNSHIP_OFFICER: '/ranking',
  DISTRICT_ASSESSOR: '/queue',
  FINANCE_OFFICER: '/statement',
  VIEWER: '/reviews',
  ADMIN: '/reviews',
};

/** The role's next task, with what is waiting for it and a link to the screen where it is done. */
export function NextStepCard({ data }: { data: DashboardData }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { permissions: role } = usePermissions<Role>();
  if (!role) return null;
  const t = (key: string, options?: object) => translate(`fanben.dashboard.next.${key}`, options);
  const waiting: Partial<Record<Role, string>> = {
    TOWNSHIP_OFFICER: t('waiting.TOWNSHIP_OFFICER', { count: inStatus(data, 'SUBMITTED') }),
    DISTRICT_ASSESSOR: t('waiting.DISTRICT_ASSESSOR', {
      forwarded: inStatus(data, 'FORWARDED'),
      assessing: inStatus(data, 'ASSESSING'),
    }),
    FINANCE_OFFICER: t('waiting.FINANCE_OFFICER', {
      year: data.year,
      amount: formatWan(data.funds.find((f) => f.year === data.year)?.total ?? 0, locale),
    }),
  };
  return (
    <Card variant="outlined" component="section" aria-label={t('title')}>
      <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <Box sx={{ flex: '1 1 360px' }}>
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
              {t('title')}
            </Typography>
            <Typography variant="body2">{t(role)}</Typography>
            {waiting[role] ? (
              <Typography variant="body2" color="text.secondary">
                {waiting[role]}
              </Typography>
            ) : null}
          </Box>
          <Button component={Link} to={NEXT_PATH[role]} variant="contained" endIcon={<ArrowForwardIcon />}>
            {t(`go.${role}`)}
          </Button>
        </Box>
        {role === 'VILLAGE_CLERK' ? <OwnApplicationStatus year={data.year} /> : null}
      </CardContent>
    </Card>
  );
}

/** A clerk's own application of the year in plain words, with the township's comment when it came back. */
function OwnApplicationStatus({ year }: { year: number }) {
  const translate = useTranslate();
  const { data } = useApiQuery<{ allApplications: OwnApplication[] }>(OWN_APPLICATIONS_QUERY, { year });
  if (!data) return null;
  const [latest] = data.allApplications;
  if (!latest) {
    return (
      <Alert severity="info" sx={{ mt: 1 }}>
        {translate('fanben.dashboard.next.noApplication', { year })}
      </Alert>
    );
  }
  const returned = latest.status === 'RETURNED' || latest.status === 'FAILED';
  return (
    <Alert severity={returned ? 'warning' : latest.status === 'PASSED' ? 'success' : 'info'} sx={{ mt: 1 }}>
      <div>
        {translate('fanben.dashboard.next.ownApplication', {
          year,
          tier: translate(`fanben.tier.${latest.targetTier}`),
          status: translate(`fanben.applicationStatus.${latest.status}`),
        })}
      </div>
      {latest.vetComment ? (
        <div>{translate('fanben.dashboard.next.feedback', { comment: latest.vetComment })}</div>
      ) : null}
    </Alert>
  );
}
