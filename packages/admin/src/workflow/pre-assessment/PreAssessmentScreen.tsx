import {
  Alert,
  Box,
  Card,
  CardContent,
  LinearProgress,
  Link as MuiLink,
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
import { Link } from 'react-router';
import { Title, useCreatePath, useGetMany, useResourceDefinition, useTranslate } from 'react-admin';
import { useIndicatorDefinitions } from '../../indicators';
import { useClientPages } from '../../shared/ClientPagination';
import { StatCard } from '../../shared/StatCard';
import { useApiQuery } from '../../shared/useApiQuery';
import { useWorkingYear } from '../../shared/year';
import { ReadinessText } from '../../indicators';
import { PRE_ASSESSMENT_QUERY, type PreAssessmentRow } from './api';

interface RankedRow extends PreAssessmentRow {
  rank: number;
}

/** The pre-assessment survey of the working year at a chosen tier, with a township and a name filter. */
export function PreAssessmentScreen() {
  const translate = useTranslate();
  const { year } = useWorkingYear();
  const [tier, setTier] = useState(1);
  const [townshipId, setTownshipId] = useState('');
  const [search, setSearch] = useState('');
  const { data, error, loading } = useApiQuery<{ preAssessment: PreAssessmentRow[] }>(PRE_ASSESSMENT_QUERY, {
    year,
    tier,
  });
  const ranked = useMemo<RankedRow[]>(
    () => (data?.preAssessment ?? []).map((row, index) => ({ ...row, rank: index + 1 })),
    [data],
  );
  const townshipIds = useMemo(() => [...new Set(ranked.map((r) => r.townshipId))], [ranked]);
  const { data: townships } = useGetMany('Township', { ids: townshipIds });
  const townshipName = (id: string) => townships?.find((t) => t.id === id)?.name ?? '…';
  const shown = useMemo(
    () =>
      ranked.filter(
        (r) =>
          (!townshipId || r.townshipId === townshipId) &&
          (!search.trim() || r.villageName.includes(search.trim())),
      ),
    [ranked, townshipId, search],
  );
  const title = translate('fanben.preAssessment.title', { year });
  const t = (key: string) => translate(`fanben.preAssessment.${key}`);

  return (
    <Box sx={{ mt: 1, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title={title} />
      <Box>
        <Typography variant="h5" component="h1">
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('intro')}
        </Typography>
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
        <TextField
          select
          size="small"
          fullWidth={false}
          label={t('tier')}
          value={tier}
          onChange={(e) => setTier(Number(e.target.value))}
          sx={{ minWidth: 140 }}
        >
          {[1, 2, 3].map((level) => (
            <MenuItem key={level} value={level}>
              {translate(`fanben.tier.${level}`)}
            </MenuItem>
          ))}
        </TextField>
        {townshipIds.length > 1 ? (
          <TextField
            select
            size="small"
            fullWidth={false}
            label={t('township')}
            value={townshipId}
            onChange={(e) => setTownshipId(e.target.value)}
            sx={{ minWidth: 180 }}
          >
            <MenuItem value="">{t('allTownships')}</MenuItem>
            {[...(townships ?? [])]
              .sort((a, b) => String(a.code).localeCompare(String(b.code)))
              .map((township) => (
                <MenuItem key={township.id} value={township.id}>
                  {township.name}
                </MenuItem>
              ))}
          </TextField>
        ) : null}
        <TextField
          size="small"
          fullWidth={false}
          label={t('search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </Box>
      {loading ? <LinearProgress /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {data ? <Summary rows={shown} /> : null}
      {data ? (
        <Card variant="outlined">
          <CardContent>
            {shown.length === 0 ? (
              <Typography>{t('empty')}</Typography>
            ) : (
              <SurveyTable rows={shown} townshipName={townshipName} />
            )}
          </CardContent>
        </Card>
      ) : null}
    </Box>
  );
}

function Summary({ rows }: { rows: RankedRow[] }) {
  const translate = useTranslate();
  const count = (test: (r: RankedRow) => boolean) => rows.filter(test).length;
  const label = (key: string) => translate(`fanben.preAssessment.summary.${key}`);
  const villages = (n: number) => translate('fanben.preAssessment.summary.value', { count: n });
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 2 }}>
      <StatCard label={label('villages')} value={villages(rows.length)} />
      <StatCard
        label={label('ready')}
        value={villages(count((r) => r.readiness !== null && r.readiness >= 0))}
      />
      <StatCard
        label={label('short')}
        value={villages(count((r) => r.readiness !== null && r.readiness < 0))}
      />
      <StatCard label={label('missing')} value={villages(count((r) => r.readiness === null))} />
    </Box>
  );
}

function SurveyTable({ rows, townshipName }: { rows: RankedRow[]; townshipName(id: string): string }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { byKey, isPending } = useIndicatorDefinitions();
  const applications = useResourceDefinition({ resource: 'Application' });
  const { rows: page, pager } = useClientPages(rows, 50);
  const col = (key: string) => translate(`fanben.preAssessment.columns.${key}`);
  return (
    <>
      <Table size="small" aria-label={translate('fanben.preAssessment.menu')}>
        <TableHead>
          <TableRow>
            <TableCell>{col('rank')}</TableCell>
            <TableCell>{col('village')}</TableCell>
            <TableCell>{col('township')}</TableCell>
            <TableCell>{col('declaredYear')}</TableCell>
            <TableCell align="right">{col('readiness')}</TableCell>
            <TableCell align="right">{col('failingCount')}</TableCell>
            <TableCell>{col('weakest')}</TableCell>
            <TableCell>{col('problem')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {page.map((row) => (
            <TableRow key={row.villageId} hover>
              <TableCell>{row.rank}</TableCell>
              <TableCell component="th" scope="row">
                {row.applicationId && applications.hasShow ? (
                  <MuiLink
                    component={Link}
                    to={createPath({ resource: 'Application', id: row.applicationId, type: 'show' })}
                  >
                    {row.villageName}
                  </MuiLink>
                ) : (
                  row.villageName
                )}
              </TableCell>
              <TableCell>{townshipName(row.townshipId)}</TableCell>
              <TableCell>{row.declaredYear ?? '—'}</TableCell>
              <TableCell align="right">
                <ReadinessText value={row.readiness} />
              </TableCell>
              <TableCell align="right">{row.readiness === null ? '—' : row.failingCount}</TableCell>
              <TableCell>
                {row.weakestIndicatorKey
                  ? (byKey.get(row.weakestIndicatorKey)?.title ?? (isPending ? '…' : row.weakestIndicatorKey))
                  : '—'}
              </TableCell>
              <TableCell>
                {row.applicationId ? (row.problem ?? '') : translate('fanben.preAssessment.noDeclared')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pager}
    </>
  );
}
