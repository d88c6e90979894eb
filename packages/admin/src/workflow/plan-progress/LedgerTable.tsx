import {
  Box,
  Chip,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router';
import { formatDate } from '../../format';
import { useClientPages } from '../../shared/ClientPagination';
import { isOverdue, type LedgerLine, type TownshipProgress } from './api';

type StatusFilter = 'ALL' | 'OPEN' | 'WRITTEN_OFF';

/** The write-off ledger of the year: each plan line, whether a certification has settled it, and which. */
export function LedgerTable({
  lines,
  townships,
  year,
}: {
  lines: LedgerLine[];
  townships: TownshipProgress[];
  year: number;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [status, setStatus] = useState<StatusFilter>('ALL');
  const [townshipId, setTownshipId] = useState('');
  const names = useMemo(() => new Map(townships.map((t) => [t.townshipId, t.townshipName])), [townships]);
  const shownLines = useMemo(
    () =>
      lines.filter(
        (l) => (status === 'ALL' || l.status === status) && (!townshipId || l.townshipId === townshipId),
      ),
    [lines, status, townshipId],
  );
  const { rows, pager } = useClientPages(shownLines);
  const t = (key: string, options?: object) => translate(`fanben.planProgress.ledger.${key}`, options);
  const field = (name: string) => translate(`resources.PlanItem.fields.${name}`);

  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <TextField
          select
          size="small"
          label={t('status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as StatusFilter)}
          sx={{ minWidth: 160 }}
        >
          <MenuItem value="ALL">{t('all')}</MenuItem>
          <MenuItem value="OPEN">{translate('fanben.planStatus.OPEN')}</MenuItem>
          <MenuItem value="WRITTEN_OFF">{translate('fanben.planStatus.WRITTEN_OFF')}</MenuItem>
        </TextField>
        {townships.length > 1 ? (
          <TextField
            select
            size="small"
            label={t('township')}
            value={townshipId}
            onChange={(e) => setTownshipId(e.target.value)}
            sx={{ minWidth: 200 }}
          >
            <MenuItem value="">{t('all')}</MenuItem>
            {townships.map((tw) => (
              <MenuItem key={tw.townshipId} value={tw.townshipId}>
                {tw.townshipName}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
      </Box>
      {shownLines.length === 0 ? (
        <Typography color="text.secondary">{t('empty')}</Typography>
      ) : (
        <>
          <Table size="small" aria-label={t('title', { year })}>
            <TableHead>
              <TableRow>
                <TableCell>{field('townshipId')}</TableCell>
                <TableCell>{field('villageId')}</TableCell>
                <TableCell>{field('period')}</TableCell>
                <TableCell align="right">{field('targetYear')}</TableCell>
                <TableCell>{field('targetTier')}</TableCell>
                <TableCell>{field('status')}</TableCell>
                <TableCell>{field('certificationId')}</TableCell>
                <TableCell>{field('writtenOffAt')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((l) => (
                <TableRow key={l.id}>
                  <TableCell>{names.get(l.townshipId) ?? '—'}</TableCell>
                  <TableCell>
                    <Link to={`/PlanItem/${l.id}/show`}>{l.village?.name ?? '—'}</Link>
                  </TableCell>
                  <TableCell>
                    {translate('fanben.plan.period', { from: l.periodStart, to: l.periodEnd })}
                  </TableCell>
                  <TableCell align="right">{l.targetYear}</TableCell>
                  <TableCell>{translate(`fanben.tier.${l.targetTier}`)}</TableCell>
                  <TableCell>
                    {translate(`fanben.planStatus.${l.status}`)}
                    {isOverdue(l, year) ? (
                      <Chip size="small" color="error" label={t('overdue')} sx={{ ml: 1 }} />
                    ) : null}
                  </TableCell>
                  <TableCell>
                    {l.certification
                      ? translate('fanben.plan.certification', {
                          year: l.certification.year,
                          tier: translate(`fanben.tier.${l.certification.tier}`),
                        })
                      : '—'}
                  </TableCell>
                  <TableCell>{l.writtenOffAt ? formatDate(l.writtenOffAt, locale) : '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {pager}
        </>
      )}
    </Box>
  );
}
