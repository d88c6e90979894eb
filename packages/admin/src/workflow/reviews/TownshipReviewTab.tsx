import { Alert, Chip, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useApiQuery } from '../../shared/useApiQuery';
import { percent, score, TOWNSHIP_REVIEW_QUERY, type TownshipReview, type Weights } from './api';

/** Every township in scope, best first, with the components its score is made of. */
export function TownshipReviewTab({ year, weights }: { year: number; weights: Weights }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, error, loading } = useApiQuery<{ townshipReview: TownshipReview[] }>(TOWNSHIP_REVIEW_QUERY, {
    year,
    weights,
  });
  const t = (key: string, options?: object) => translate(`fanben.reviews.townships.${key}`, options);
  const rows = data?.townshipReview ?? [];
  const detail = (text: string) => (
    <>
      <br />
      <small>{text}</small>
    </>
  );
  return (
    <>
      {loading ? <LinearProgress /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {data && rows.length === 0 ? <Alert severity="info">{t('empty')}</Alert> : null}
      {rows.length > 0 ? (
        <Table size="small" aria-label={t('table')}>
          <TableHead>
            <TableRow>
              <TableCell align="right">{t('rank')}</TableCell>
              <TableCell>{t('township')}</TableCell>
              <TableCell align="right">{t('score')}</TableCell>
              <TableCell align="right">{t('certifiedShare')}</TableCell>
              <TableCell align="right">{t('planProgress')}</TableCell>
              <TableCell align="center">{t('training')}</TableCell>
              <TableCell align="right">{t('applicationQuality')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => {
              const c = r.components;
              return (
                <TableRow key={r.townshipId} data-testid={`review-${r.code}`}>
                  <TableCell align="right">{r.rank}</TableCell>
                  <TableCell component="th" scope="row">
                    {r.name}
                  </TableCell>
                  <TableCell align="right" sx={{ fontWeight: 600 }}>
                    {score(r.score, locale)}
                  </TableCell>
                  <TableCell align="right">
                    {percent(c.certifiedShare, locale)}
                    {detail(
                      t('certifiedDetail', { certified: c.certifiedVillages, villages: c.villageCount }),
                    )}
                  </TableCell>
                  <TableCell align="right">
                    {percent(c.planProgress, locale)}
                    {detail(t('planDetail', { newly: c.newlyReached, target: c.newReachTarget }))}
                  </TableCell>
                  <TableCell align="center">
                    <Chip
                      size="small"
                      variant="outlined"
                      color={c.trainingsAttended > 0 ? 'success' : 'default'}
                      label={
                        c.trainingsAttended > 0
                          ? t('trained', { count: c.trainingsAttended })
                          : t('untrained')
                      }
                    />
                  </TableCell>
                  <TableCell align="right">
                    {percent(c.applicationQuality, locale)}
                    {detail(
                      t('qualityDetail', {
                        returned: c.returnedApplications,
                        failed: c.failedApplications,
                        applications: c.applications,
                      }),
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : null}
    </>
  );
}
