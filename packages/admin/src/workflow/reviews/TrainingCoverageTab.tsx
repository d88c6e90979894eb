import {
  Alert,
  Box,
  Chip,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useApiQuery } from '../../shared/useApiQuery';
import { TRAINING_COVERAGE_QUERY, type TrainingYear } from './api';

/** The source's rule: a training every year from 2016. */
const FIRST_TRAINING_YEAR = 2016;
const MAX_YEARS = 50;

const asYear = (text: string) => (/^\d{4}$/.test(text) ? Number(text) : null);

/** Trainings per year over a range of years; a year without one is flagged. */
export function TrainingCoverageTab({ year }: { year: number }) {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`fanben.reviews.trainings.${key}`, options);
  const [from, setFrom] = useState(String(Math.min(FIRST_TRAINING_YEAR, year)));
  const [to, setTo] = useState(String(year));
  const fromYear = asYear(from);
  const toYear = asYear(to);
  const valid = fromYear !== null && toYear !== null && toYear >= fromYear && toYear - fromYear <= MAX_YEARS;
  const { data, error, loading } = useApiQuery<{ trainingCoverage: TrainingYear[] }>(
    TRAINING_COVERAGE_QUERY,
    valid ? { fromYear, toYear } : null,
  );
  const rows = data?.trainingCoverage ?? [];
  const missing = rows.filter((r) => r.flagged).length;
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('intro')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1.5, mb: 1 }}>
        <TextField
          size="small"
          type="number"
          label={t('fromYear')}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          error={!valid}
          helperText={valid ? ' ' : t('badRange')}
          sx={{ width: 150 }}
        />
        <TextField
          size="small"
          type="number"
          label={t('toYear')}
          value={to}
          onChange={(e) => setTo(e.target.value)}
          error={!valid}
          helperText=" "
          sx={{ width: 150 }}
        />
      </Box>
      {loading ? <LinearProgress /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {rows.length > 0 ? (
        <>
          <Alert severity={missing > 0 ? 'warning' : 'success'} sx={{ mb: 1 }}>
            {missing > 0 ? t('missingCount', { count: missing }) : t('allHeld')}
          </Alert>
          <Table size="small" aria-label={t('table')} sx={{ maxWidth: 560 }}>
            <TableHead>
              <TableRow>
                <TableCell>{t('year')}</TableCell>
                <TableCell align="right">{t('count')}</TableCell>
                <TableCell align="center">{t('state')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.year}>
                  <TableCell component="th" scope="row">
                    {r.year}
                  </TableCell>
                  <TableCell align="right">{r.trainingCount}</TableCell>
                  <TableCell align="center">
                    <Chip
                      size="small"
                      color={r.flagged ? 'warning' : 'success'}
                      variant={r.flagged ? 'filled' : 'outlined'}
                      label={r.flagged ? t('missing') : t('held')}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : null}
    </>
  );
}
