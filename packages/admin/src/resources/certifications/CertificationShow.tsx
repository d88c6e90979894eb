import { Alert, AlertTitle, Typography } from '@mui/material';
import {
  Link,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateText, DateTextField } from '../../format';
import { EnumField } from '../../shared/EnumField';
import { RevokeButton } from './RevokeButton';

function ShowActions() {
  return (
    <TopToolbar>
      <RevokeButton />
    </TopToolbar>
  );
}

/** The passed assessment behind the naming, or a note that it was entered by hand. */
// `label` is read by SimpleShowLayout.
function AssessmentLink(_props: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record) return null;
  if (!record.assessmentId) return <span>{translate('fanben.certification.manual')}</span>;
  return (
    <Link to={createPath({ resource: 'Assessment', id: record.assessmentId as string, type: 'show' })}>
      {translate('fanben.certification.viewAssessment')}
    </Link>
  );
}

function RevocationNotice(_props: { label?: false }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (record?.status !== 'REVOKED') return null;
  const field = (name: string) => translate(`resources.Certification.fields.${name}`);
  return (
    <Alert severity="warning" sx={{ mb: 1 }} data-testid="revocation">
      <AlertTitle>{translate('fanben.certificationStatus.REVOKED')}</AlertTitle>
      <Typography variant="body2">
        {field('revokedReason')}：{String(record.revokedReason ?? '')}
      </Typography>
      <Typography variant="body2">
        {field('revokedAt')}：<DateText value={record.revokedAt as string | null} time />
      </Typography>
    </Alert>
  );
}

export function CertificationShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <RevocationNotice label={false} />
        <ReferenceField source="villageId" reference="Village">
          <TextField source="name" />
        </ReferenceField>
        <ReferenceField
          source="villageId"
          reference="Village"
          link={false}
          label="resources.Certification.fields.township"
        >
          <ReferenceField source="townshipId" reference="Township">
            <TextField source="name" />
          </ReferenceField>
        </ReferenceField>
        <EnumField source="tier" prefix="tier" />
        <NumberField source="year" options={{ useGrouping: false }} />
        <EnumField source="status" prefix="certificationStatus" />
        <DateTextField source="createdAt" />
        <AssessmentLink label="resources.Certification.fields.assessmentId" />
      </SimpleShowLayout>
    </Show>
  );
}
