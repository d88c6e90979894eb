import {
  Box,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useGetMany, useLocaleState, useTranslate } from 'react-admin';
import { formatYuan } from '../../format';
import { useClientPages } from '../../shared/ClientPagination';
import type { PayoutLine } from './api';
import { groupLines, sumLines, type Grouping, type LineRow } from './lines';

const GROUPINGS: Grouping[] = ['village', 'township', 'tier'];

/** The schedule's lines by village, or summed by township or by tier, with the total underneath. */
export function StatementLines({ lines }: { lines: PayoutLine[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [grouping, setGrouping] = useState<Grouping>('village');
  const townshipIds = useMemo(() => [...new Set(lines.map((l) => l.townshipId))], [lines]);
  const { data: townships } = useGetMany('Township', { ids: townshipIds });
  const townshipName = (id?: string) => townships?.find((t) => t.id === id)?.name ?? '…';
  const rows = useMemo(() => groupLines(lines, grouping), [lines, grouping]);
  const { rows: shown, pager } = useClientPages(rows);
  const total = useMemo(() => sumLines(lines), [lines]);
  const col = (key: string) => translate(`fanben.statement.columns.${key}`);
  const money = (n: number) => formatYuan(n, locale);
  const label = (row: LineRow) =>
    grouping === 'tier' ? translate(`fanben.tier.${row.tier}`) : townshipName(row.townshipId);

  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography variant="body2" id="statement-grouping">
          {translate('fanben.statement.group.label')}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={grouping}
          onChange={(_, next: Grouping | null) => next && setGrouping(next)}
          aria-labelledby="statement-grouping"
        >
          {GROUPINGS.map((g) => (
            <ToggleButton key={g} value={g}>
              {translate(`fanben.statement.group.${g}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Box>
      <Table size="small" aria-label={translate('fanben.statement.menu')}>
        <TableHead>
          <TableRow>
            {grouping === 'village' ? (
              <>
                <TableCell>{col('village')}</TableCell>
                <TableCell>{col('township')}</TableCell>
                <TableCell>{col('tier')}</TableCell>
              </>
            ) : (
              <>
                <TableCell>{col(grouping)}</TableCell>
                <TableCell align="right">{col('villages')}</TableCell>
              </>
            )}
            <TableCell align="right">{col('cadres')}</TableCell>
            <TableCell align="right">{col('cadreReward')}</TableCell>
            <TableCell align="right">{col('activityFund')}</TableCell>
            <TableCell align="right">{col('total')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((row) => (
            <TableRow key={row.key} hover>
              {grouping === 'village' ? (
                <>
                  <TableCell>{row.villageName}</TableCell>
                  <TableCell>{townshipName(row.townshipId)}</TableCell>
                  <TableCell>{translate(`fanben.tier.${row.tier}`)}</TableCell>
                </>
              ) : (
                <>
                  <TableCell>{label(row)}</TableCell>
                  <TableCell align="right">{row.villages}</TableCell>
                </>
              )}
              <TableCell align="right">{row.cadres}</TableCell>
              <TableCell align="right">{money(row.cadreReward)}</TableCell>
              <TableCell align="right">{money(row.activityFund)}</TableCell>
              <TableCell align="right">{money(row.total)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFooter
          sx={{ '& .MuiTableCell-root': { fontWeight: 600, fontSize: '0.875rem', color: 'text.primary' } }}
        >
          <TableRow>
            <TableCell colSpan={grouping === 'village' ? 3 : 1}>
              {translate('fanben.statement.sum')}
            </TableCell>
            {grouping === 'village' ? null : <TableCell align="right">{total.villages}</TableCell>}
            <TableCell align="right">{total.cadres}</TableCell>
            <TableCell align="right">{money(total.cadreReward)}</TableCell>
            <TableCell align="right">{money(total.activityFund)}</TableCell>
            <TableCell align="right">{money(total.total)}</TableCell>
          </TableRow>
        </TableFooter>
      </Table>
      {pager}
    </Box>
  );
}
