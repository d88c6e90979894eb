import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatWan, formatYuan } from '../../format';
import { formatMargin } from '../../indicators';
import { useClientPages } from '../../shared/ClientPagination';
import type { WhatIfResult } from './api';
import { compareByTier, compareVillages } from './compare';

function signed(n: number, format: (n: number) => string) {
  if (n === 0) return '±0';
  return n > 0 ? `+${format(n)}` : `−${format(-n)}`;
}

/** Per tier: villages, cadres and money under the scheme as it is and under the what-if. */
export function TierComparisonTable({
  current,
  scenario,
}: {
  current: WhatIfResult;
  scenario: WhatIfResult;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const col = (key: string) => translate(`fanben.whatIf.columns.${key}`);
  const rows = compareByTier(current, scenario);
  const yuan = (n: number) => formatYuan(n, locale);
  return (
    <Table size="small" aria-label={translate('fanben.whatIf.results')}>
      <TableHead>
        <TableRow>
          <TableCell rowSpan={2}>{col('tier')}</TableCell>
          <TableCell align="center" colSpan={2}>
            {col('villages')}
          </TableCell>
          <TableCell align="center" colSpan={2}>
            {col('cadres')}
          </TableCell>
          <TableCell align="center" colSpan={3}>
            {col('total')}
          </TableCell>
        </TableRow>
        <TableRow>
          {['villages', 'cadres', 'total'].flatMap((group) => [
            <TableCell key={`${group}-c`} align="right">
              {col('current')}
            </TableCell>,
            <TableCell key={`${group}-s`} align="right">
              {col('scenario')}
            </TableCell>,
          ])}
          <TableCell align="right">{col('difference')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(({ tier, current: c, scenario: s }) => (
          <TableRow
            key={tier}
            sx={tier === 'sum' ? { '& .MuiTableCell-root': { fontWeight: 600 } } : undefined}
          >
            <TableCell>
              {tier === 'sum' ? translate('fanben.whatIf.sum') : translate(`fanben.tier.${tier}`)}
            </TableCell>
            <TableCell align="right">{c.villageCount}</TableCell>
            <TableCell align="right">{s.villageCount}</TableCell>
            <TableCell align="right">{c.cadreCount}</TableCell>
            <TableCell align="right">{s.cadreCount}</TableCell>
            <TableCell align="right">{yuan(c.total)}</TableCell>
            <TableCell align="right">
              {yuan(s.total)}
              {tier === 'sum' ? (
                <Typography variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }}>
                  {formatWan(s.total, locale)}
                </Typography>
              ) : null}
            </TableCell>
            <TableCell align="right">{signed(s.total - c.total, yuan)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Village by village: the tier under the scheme and under the what-if, paged in the browser. */
export function VillageComparisonTable({
  current,
  scenario,
}: {
  current: WhatIfResult;
  scenario: WhatIfResult;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const villages = useMemo(() => compareVillages(current, scenario), [current, scenario]);
  const { rows, pager } = useClientPages(villages, 10);
  const col = (key: string) => translate(`fanben.whatIf.columns.${key}`);
  const tier = (t: number) => (t === 0 ? translate('fanben.whatIf.none') : translate(`fanben.tier.${t}`));
  if (villages.length === 0) return <Typography>{translate('fanben.whatIf.noVillages')}</Typography>;
  return (
    <Box>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {translate('fanben.whatIf.villages', { count: villages.length })}
      </Typography>
      <Table size="small" aria-label={translate('fanben.whatIf.villages', { count: villages.length })}>
        <TableHead>
          <TableRow>
            <TableCell>{col('village')}</TableCell>
            <TableCell>{col('currentTier')}</TableCell>
            <TableCell>{col('scenarioTier')}</TableCell>
            <TableCell align="right">{col('cadres')}</TableCell>
            <TableCell align="right">{col('total')}</TableCell>
            <TableCell align="right">{col('nextTierMargin')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((v) => (
            <TableRow
              key={v.villageId}
              hover
              sx={v.tier !== v.currentTier ? { bgcolor: 'action.selected' } : undefined}
            >
              <TableCell>{v.villageName}</TableCell>
              <TableCell>{tier(v.currentTier)}</TableCell>
              <TableCell>{tier(v.tier)}</TableCell>
              <TableCell align="right">{v.cadreCount}</TableCell>
              <TableCell align="right">{formatYuan(v.total, locale)}</TableCell>
              <TableCell align="right">
                {v.tier === 3 ? '—' : formatMargin(v.nextTierMargin, locale)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pager}
    </Box>
  );
}
