import {
  Alert,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useApiQuery } from '../../shared/useApiQuery';
import { DEPARTMENT_REVIEW_QUERY, score, type DepartmentReview, type Weights } from './api';

/** The bundled review (捆绑考核): each department scored by the townships it helps. */
export function DepartmentReviewTab({ year, weights }: { year: number; weights: Weights }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, error, loading } = useApiQuery<{ departmentReview: DepartmentReview[] }>(
    DEPARTMENT_REVIEW_QUERY,
    { year, weights },
  );
  const t = (key: string) => translate(`fanben.reviews.departments.${key}`);
  const rows = data?.departmentReview ?? [];
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('intro')}
      </Typography>
      {loading ? <LinearProgress /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {data && rows.length === 0 ? <Alert severity="info">{t('empty')}</Alert> : null}
      {rows.length > 0 ? (
        <Table size="small" aria-label={t('table')}>
          <TableHead>
            <TableRow>
              <TableCell align="right">{t('rank')}</TableCell>
              <TableCell>{t('name')}</TableCell>
              <TableCell>{t('kind')}</TableCell>
              <TableCell align="right">{t('score')}</TableCell>
              <TableCell align="right">{t('townships')}</TableCell>
              <TableCell align="right">{t('villages')}</TableCell>
              <TableCell align="right">{t('bundled')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.departmentId}>
                <TableCell align="right">{r.rank ?? '—'}</TableCell>
                <TableCell component="th" scope="row">
                  {r.name}
                </TableCell>
                <TableCell>{translate(`fanben.departmentKind.${r.kind}`, { _: r.kind })}</TableCell>
                <TableCell align="right" sx={{ fontWeight: 600 }}>
                  {r.score === null ? t('noScore') : score(r.score, locale)}
                </TableCell>
                <TableCell align="right">{r.townshipCount}</TableCell>
                <TableCell align="right">{r.villageCount}</TableCell>
                <TableCell align="right">{r.bundledTownshipIds.length}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </>
  );
}
