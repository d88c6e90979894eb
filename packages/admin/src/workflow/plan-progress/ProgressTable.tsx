import { Chip, Table, TableBody, TableCell, TableFooter, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { totals, type TownshipProgress } from './api';

const COLUMNS = [
  'villages',
  'reached',
  'newly',
  'target',
  'state',
  'planned',
  'writtenOff',
  'open',
  'overdue',
];

/** One row per township: how many villages reached a tier, against the yearly new-reach target. */
export function ProgressTable({ rows }: { rows: TownshipProgress[] }) {
  const translate = useTranslate();
  const col = (key: string) => translate(`fanben.planProgress.columns.${key}`);
  const sum = totals(rows);
  return (
    <Table size="small" aria-label={translate('fanben.planProgress.menu')}>
      <TableHead>
        <TableRow>
          <TableCell>{col('township')}</TableCell>
          {COLUMNS.map((c) => (
            <TableCell key={c} align={c === 'state' ? 'center' : 'right'}>
              {col(c)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.townshipId} data-testid={`progress-${r.townshipCode}`}>
            <TableCell component="th" scope="row">
              {r.townshipName}
            </TableCell>
            <TableCell align="right">{r.villageCount}</TableCell>
            <TableCell align="right">{r.reachedCount}</TableCell>
            <TableCell align="right">{r.newlyReachedCount}</TableCell>
            <TableCell align="right">{r.target}</TableCell>
            <TableCell align="center">
              <Chip
                size="small"
                color={r.onTrack ? 'success' : 'error'}
                variant={r.onTrack ? 'outlined' : 'filled'}
                label={translate(r.onTrack ? 'fanben.planProgress.onTrack' : 'fanben.planProgress.behind')}
              />
            </TableCell>
            <TableCell align="right">{r.plannedCount}</TableCell>
            <TableCell align="right">{r.writtenOffCount}</TableCell>
            <TableCell align="right">{r.openCount}</TableCell>
            <TableCell
              align="right"
              sx={r.overdueCount > 0 ? { color: 'error.main', fontWeight: 600 } : undefined}
            >
              {r.overdueCount}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
      {rows.length > 1 ? (
        <TableFooter>
          <TableRow sx={{ '& td, & th': { fontWeight: 600, color: 'text.primary' } }}>
            <TableCell component="th" scope="row">
              {col('total')}
            </TableCell>
            <TableCell align="right">{sum.villageCount}</TableCell>
            <TableCell align="right">{sum.reachedCount}</TableCell>
            <TableCell align="right">{sum.newlyReachedCount}</TableCell>
            <TableCell align="right">{sum.target}</TableCell>
            <TableCell />
            <TableCell align="right">{sum.plannedCount}</TableCell>
            <TableCell align="right">{sum.writtenOffCount}</TableCell>
            <TableCell align="right">{sum.openCount}</TableCell>
            <TableCell align="right">{sum.overdueCount}</TableCell>
          </TableRow>
        </TableFooter>
      ) : null}
    </Table>
  );
}
