import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

/**
 * Asks for the reason of a return (the server refuses a return without one, and the village reads it).
 * The confirm button stays disabled until there is text.
 */
export function ReturnDialog({
  open,
  village,
  busy,
  onConfirm,
  onClose,
}: {
  open: boolean;
  village: string;
  busy: boolean;
  onConfirm(reason: string): void;
  onClose(): void;
}) {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  const trimmed = reason.trim();
  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="return-dialog-title"
      slotProps={{ transition: { onExited: () => setReason('') } }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed) onConfirm(trimmed);
        }}
      >
        <DialogTitle id="return-dialog-title">
          {translate('fanben.ranking.returnTitle', { village })}
        </DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            required
            multiline
            minRows={3}
            fullWidth
            margin="dense"
            label={translate('fanben.ranking.returnReason')}
            helperText={translate('fanben.ranking.returnHelp')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {translate('fanben.ranking.cancel')}
          </Button>
          <Button type="submit" color="warning" variant="contained" disabled={!trimmed || busy}>
            {translate('fanben.ranking.returnConfirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
