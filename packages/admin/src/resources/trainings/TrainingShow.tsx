import {
  ChipField,
  EditButton,
  NumberField,
  ReferenceArrayField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateTextField } from '../../format';

export const TrainingShow = () => (
  <Show
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <DateTextField source="date" />
      <TextField source="topic" />
      <TextField source="organizer" />
      <NumberField source="attendeeCount" />
      <ReferenceArrayField source="townshipIds" reference="Township">
        <SingleFieldList linkType={false}>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <ReferenceArrayField source="villageIds" reference="Village">
        <SingleFieldList linkType="show">
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
    </SimpleShowLayout>
  </Show>
);
