import {
  DeleteButton,
  EditButton,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { DateTextField } from '../../format';
import { EnumField } from '../../shared/EnumField';
import { PeriodField, WrittenOffByField } from './fields';

const field = (name: string) => `resources.PlanItem.fields.${name}`;

/** Every field of a plan line, the certification that wrote it off among them. */
export function PlanItemDetails() {
  return (
    <SimpleShowLayout>
      <ReferenceField source="townshipId" reference="Township" link={false}>
        <TextField source="name" />
      </ReferenceField>
      <ReferenceField source="villageId" reference="Village" link="show">
        <TextField source="name" />
      </ReferenceField>
      <PeriodField label={field('period')} />
      <NumberField source="targetYear" options={{ useGrouping: false }} />
      <EnumField source="targetTier" prefix="tier" />
      <TextField source="note" emptyText="—" />
      <EnumField source="status" prefix="planStatus" />
      <WrittenOffByField label={field('certificationId')} />
      <DateTextField source="writtenOffAt" time />
    </SimpleShowLayout>
  );
}

/** Changes are offered only while the line is open; a written-off line is settled. */
function PlanItemActions() {
  const line = useRecordContext();
  if (!line || line.status !== 'OPEN') return <TopToolbar />;
  return (
    <TopToolbar>
      <EditButton />
      <DeleteButton mutationMode="pessimistic" />
    </TopToolbar>
  );
}

export const PlanItemShow = () => (
  <Show actions={<PlanItemActions />}>
    <PlanItemDetails />
  </Show>
);
