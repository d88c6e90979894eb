import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { useState } from 'react';
import { Button, Confirm, useNotify, useRecordContext, useRefresh, useUpdate } from 'react-admin';

/** Deactivates an account (it can no longer sign in; its sessions end) or activates it again. */
export function ToggleActiveButton() {
  const user = useRecordContext();
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!user) return null;
  const activating = !user.active;
  const key = activating ? 'activate' : 'deactivate';
  const confirm = () =>
    update(
      'User',
      { id: user.id, data: { active: activating, version: user.version }, previousData: user },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify(`fanben.user.${activating ? 'activated' : 'deactivated'}`, { type: 'info' });
          refresh();
        },
        onError: (error) => {
          setOpen(false);
          notify((error as Error).message, { type: 'error' });
        },
      },
    );
  return (
    <>
      <Button
        label={`fanben.user.${key}`}
        color={activating ? 'primary' : 'error'}
        onClick={() => setOpen(true)}
      >
        {activating ? <CheckCircleIcon /> : <BlockIcon />}
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={`fanben.user.${key}Title`}
        translateOptions={{ name: user.displayName || user.username }}
        content={`fanben.user.${key}Content`}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
