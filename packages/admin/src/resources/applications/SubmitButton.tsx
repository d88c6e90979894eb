import SendIcon from '@mui/icons-material/Send';
import { useState } from 'react';
import {
  Button,
  Confirm,
  useGetOne,
  usePermissions,
  useRecordContext,
  useRefresh,
  useNotify,
  useTranslate,
} from 'react-admin';
import { canTake } from '../../access';
import { callApi, type Role } from '../../dataProvider';
import { EDITABLE_STATUSES } from './choices';

const SUBMIT = `mutation SubmitApplication($id: ID!) { submitApplication(id: $id) { id status version } }`;

/**
 * DRAFT or RETURNED → SUBMITTED, after a confirmation (the application is locked while the township
 * vets it). Offered only to whom the server accepts it from and only in those states.
 */
export function SubmitButton() {
  const record = useRecordContext();
  const { permissions } = usePermissions<Role>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const { data: village } = useGetOne(
    'Village',
    { id: record?.villageId as string },
    { enabled: open && !!record?.villageId },
  );
  if (!record || !canTake(permissions, 'submitApplication')) return null;
  if (!EDITABLE_STATUSES.includes(record.status as string)) return null;
  const submit = async () => {
    setBusy(true);
    try {
      await callApi(SUBMIT, { id: record.id });
      notify('fanben.application.submitted', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button label="fanben.application.submit" onClick={() => setOpen(true)} variant="contained">
        <SendIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="fanben.application.submitTitle"
        content={translate('fanben.application.submitConfirm', {
          village: (village?.name as string | undefined) ?? '',
          year: record.year as number,
        })}
        confirm="fanben.application.submit"
        onConfirm={() => void submit()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
