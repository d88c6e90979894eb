import StarIcon from '@mui/icons-material/Star';
import StarBorderIcon from '@mui/icons-material/StarBorder';
import { useState } from 'react';
import { Button, useNotify, usePermissions, useRecordContext, useRefresh } from 'react-admin';
import { canTake } from '../../access';
import { callApi, type Role } from '../../dataProvider';

const MARK = `mutation MarkReference($id: ID!, $isReference: Boolean!) {
  markReferenceAssessment(id: $id, isReference: $isReference) { id isReference version }
}`;

/** Marks (or unmarks) the assessment as a reference case the panel judges others against. */
export function ReferenceButton() {
  const record = useRecordContext();
  const { permissions } = usePermissions<Role>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [saving, setSaving] = useState(false);
  if (!record || !canTake(permissions, 'markReferenceAssessment')) return null;
  const next = !record.isReference;
  const toggle = async () => {
    setSaving(true);
    try {
      await callApi(MARK, { id: record.id, isReference: next });
      notify(next ? 'fanben.assessment.markedReference' : 'fanben.assessment.unmarkedReference', {
        type: 'success',
      });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Button
      label={next ? 'fanben.assessment.markReference' : 'fanben.assessment.unmarkReference'}
      onClick={toggle}
      disabled={saving}
    >
      {next ? <StarBorderIcon /> : <StarIcon />}
    </Button>
  );
}
