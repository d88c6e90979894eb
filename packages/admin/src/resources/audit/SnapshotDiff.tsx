import {
  FormControlLabel,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';

type Snapshot = Record<string, unknown> | null | undefined;

/** One field's value as text: JSON for structures, 是/否 for yes and no, "—" for nothing. */
export function showValue(value: unknown, yesNo: (v: boolean) => string = String): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return yesNo(value);
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  return String(value);
}

export interface DiffRow {
  key: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

/** The fields of two snapshots side by side, in the order they first appear, each marked if it changed. */
export function diffSnapshots(before: Snapshot, after: Snapshot): DiffRow[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.map((key) => {
    const b = before?.[key];
    const a = after?.[key];
    return { key, before: b, after: a, changed: JSON.stringify(b) !== JSON.stringify(a) };
  });
}

const cellSx = { fontFamily: 'monospace', whiteSpace: 'pre-wrap', wordBreak: 'break-all', width: '40%' };

/**
 * The record before and after the action in two columns, changed fields highlighted. An update opens
 * with only the changed fields; a creation or deletion shows every field.
 */
export function SnapshotDiff() {
  const event = useRecordContext();
  const translate = useTranslate();
  const before = event?.before as Snapshot;
  const after = event?.after as Snapshot;
  const rows = diffSnapshots(before, after);
  const [onlyChanged, setOnlyChanged] = useState(Boolean(before && after));
  if (!event) return null;
  if (rows.length === 0) {
    return <Typography color="text.secondary">{translate('fanben.audit.noSnapshot')}</Typography>;
  }
  const shown = onlyChanged ? rows.filter((r) => r.changed) : rows;
  // Only an update has something to compare; after a creation or deletion every field "changed".
  const isUpdate = Boolean(before && after);
  const yesNo = (v: boolean) => translate(v ? 'fanben.yes' : 'fanben.no');
  const label = (key: string) => translate(`resources.${String(event.entityType)}.fields.${key}`, { _: key });
  return (
    <>
      <FormControlLabel
        control={<Switch checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} />}
        label={translate('fanben.audit.onlyChanged')}
      />
      <Table size="small" aria-label={translate('fanben.audit.changes')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('fanben.audit.field')}</TableCell>
            <TableCell>{translate('fanben.audit.before')}</TableCell>
            <TableCell>{translate('fanben.audit.after')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.length === 0 ? (
            <TableRow>
              <TableCell colSpan={3}>{translate('fanben.audit.noChanges')}</TableCell>
            </TableRow>
          ) : (
            shown.map((r) => (
              <TableRow
                key={r.key}
                data-changed={isUpdate && r.changed}
                sx={
                  isUpdate && r.changed
                    ? { bgcolor: 'warning.light', '& td': { color: 'warning.contrastText' } }
                    : undefined
                }
              >
                <TableCell>
                  {label(r.key)}
                  {label(r.key) !== r.key ? (
                    <Typography variant="caption" color="inherit" sx={{ display: 'block', opacity: 0.7 }}>
                      {r.key}
                    </Typography>
                  ) : null}
                </TableCell>
                <TableCell sx={cellSx}>{showValue(r.before, yesNo)}</TableCell>
                <TableCell sx={cellSx}>{showValue(r.after, yesNo)}</TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </>
  );
}
