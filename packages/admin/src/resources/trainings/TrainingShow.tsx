import { EditButton, NumberField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { TownshipsField, VillagesField } from '../../shared/places';
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
      <TownshipsField source="townshipIds" />
      <VillagesField source="villageIds" />
    </SimpleShowLayout>
  </Show>
);
