import PaidIcon from '@mui/icons-material/Paid';
import { useState } from 'react';
import {
  Button,
  useListContext,
  useLocaleState,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useUnselectAll,
} from 'react-admin';
import { canTake } from '../../access';
import type { Role } from '../../dataProvider';
import { formatYuan } from '../../format';
import { markPayoutPaid } from './markPaid';

/** "Mark paid" on an unpaid line, for the roles that may record payments. */
export function MarkPaidButton() {
  const record = useRecordContext();
  const { permissions } = usePermissions<Role>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const [busy, setBusy] = useState(false);
  if (!record || record.status !== 'UNPAID' || !canTake(permissions, 'markPayoutPaid')) return null;
  const mark = async () => {
    setBusy(true);
    try {
      const line = await markPayoutPaid(record.id);
      notify('fanben.payout.markPaidDone', {
        type: 'success',
        messageArgs: { name: line.payeeName, amount: formatYuan(line.amount, locale) },
      });
      refresh();
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="fanben.payout.markPaid" disabled={busy} onClick={() => void mark()}>
      <PaidIcon />
    </Button>
  );
}

/** The same for the selected lines: one call per line, so each is its own audited transaction. */
export function BulkMarkPaidButton() {
  const { selectedIds } = useListContext();
  const { permissions } = usePermissions<Role>();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('Payout');
  const [busy, setBusy] = useState(false);
  if (!canTake(permissions, 'markPayoutPaid')) return null;
  const markAll = async () => {
    setBusy(true);
    let count = 0;
    try {
      for (const id of selectedIds) {
        await markPayoutPaid(id);
        count++;
      }
      notify('fanben.payout.bulkMarkPaidDone', { type: 'success', messageArgs: { count } });
    } catch (err) {
      notify('fanben.payout.bulkMarkPaidPartly', {
        type: 'error',
        messageArgs: { count, message: (err as Error).message },
      });
    } finally {
      setBusy(false);
      unselectAll();
      refresh();
    }
  };
  return (
    <Button label="fanben.payout.bulkMarkPaid" disabled={busy} onClick={() => void markAll()}>
      <PaidIcon />
    </Button>
  );
}
