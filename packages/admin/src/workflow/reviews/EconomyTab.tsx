import {
  Alert,
  Box,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatWan, formatYuan } from '../../format';
import { StatCard } from '../../shared/StatCard';
import { useApiQuery } from '../../shared/useApiQuery';
import { ECONOMY_QUERY, type EconomyStatistics } from './api';

const GRID = { display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))' };

/** The villages' collective economy in the year: in all, then by model (domain.md §6: 350 and 98 of 508). */
export function EconomyTab({ year }: { year: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, options?: object) => translate(`fanben.reviews.economy.${key}`, options);
  const { data, error, loading } = useApiQuery<{ economyStatistics: EconomyStatistics }>(ECONOMY_QUERY, {
    year,
  });
  const s = data?.economyStatistics.year === year ? data.economyStatistics : undefined;
  const money = (label: string, amount: number) => (
    <StatCard label={t(label)} value={formatWan(amount, locale)} detail={formatYuan(amount, locale)} />
  );
  return (
    <>
      {loading ? <LinearProgress /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {s && s.villageCount === 0 ? <Alert severity="info">{t('empty', { year })}</Alert> : null}
      {s && s.villageCount > 0 ? (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('intro', { total: s.totalVillages, count: s.villageCount, year })}
          </Typography>
          <Box sx={{ ...GRID, mb: 2 }}>
            <StatCard label={t('villageCount')} value={s.villageCount} />
            <StatCard label={t('withAccumulation')} value={s.withAccumulation} />
            <StatCard label={t('qualifying')} value={s.qualifying} />
            {money('operatingIncomeTotal', s.operatingIncomeTotal)}
            {money('accumulationTotal', s.accumulationTotal)}
          </Box>
          <Table size="small" aria-label={t('table')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('model')}</TableCell>
                <TableCell align="right">{t('villages')}</TableCell>
                <TableCell align="right">{t('withAccumulation')}</TableCell>
                <TableCell align="right">{t('qualifying')}</TableCell>
                <TableCell align="right">{t('operatingIncomeTotal')}</TableCell>
                <TableCell align="right">{t('accumulationTotal')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {s.byModel.map((m) => (
                <TableRow key={m.model ?? 'none'}>
                  <TableCell component="th" scope="row">
                    {m.model ? t(`models.${m.model}`) : t('noModel')}
                  </TableCell>
                  <TableCell align="right">{m.villageCount}</TableCell>
                  <TableCell align="right">{m.withAccumulation}</TableCell>
                  <TableCell align="right">{m.qualifying}</TableCell>
                  <TableCell align="right">{formatWan(m.operatingIncomeTotal, locale)}</TableCell>
                  <TableCell align="right">{formatWan(m.accumulationTotal, locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : null}
    </>
  );
}
