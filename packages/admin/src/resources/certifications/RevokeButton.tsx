import BlockIcon from '@mui/icons-material/Block';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import {
  Button,
  useGetOne,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { canTake } from '../../access';
import { callApi, type Role } from '../../dataProvider';

const REVOKE = `mutation RevokeCertification($id: ID!, $reason: String!) {
  revokeCertification(id: $id, reason: $reason) { id status revokedAt revokedReason version }
}`;

/**
 * Revokes an active certification with a reason the user must write; offered only to the roles the
 * server accepts (the county administrator).
 */
export function RevokeButton() {
  const record = useRecordContext();
  const { permissions } = usePermissions<Role>();
  const [open, setOpen] = useState(false);
  if (!record || record.status !== 'ACTIVE' || !canTake(permissions, 'revokeCertification')) return null;
  return (
    <>
      <Button label="fanben.certification.revoke.button" color="error" onClick={() => setOpen(true)}>
        <BlockIcon />
      </Button>
      {open && <RevokeDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function RevokeDialog({ onClose }: { onClose(): void }) {
  const record = useRecordContext()!;
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { data: village } = useGetOne('Village', { id: record.villageId as string });
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const missing = reason.trim() === '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (missing) return;
    setSaving(true);
    try {
      await callApi(REVOKE, { id: record.id, reason: reason.trim() });
      notify('fanben.certification.revoke.done', { type: 'success' });
      onClose();
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="revoke-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="revoke-title">
          {translate('fanben.certification.revoke.title', {
            village: village?.name ?? '',
            tier: translate(`fanben.tier.${record.tier}`),
          })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {translate('fanben.certification.revoke.explain')}
          </DialogContentText>
          <TextField
            autoFocus
            required
            fullWidth
            multiline
            minRows={3}
            label={translate('fanben.certification.revoke.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            onBlur={() => setTouched(true)}
            error={touched && missing}
            helperText={
              touched && missing
                ? translate('ra.validation.required')
                : translate('fanben.certification.revoke.reasonHelp')
            }
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton type="submit" color="error" variant="contained" disabled={saving}>
            {translate('fanben.certification.revoke.confirm')}
          </MuiButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
