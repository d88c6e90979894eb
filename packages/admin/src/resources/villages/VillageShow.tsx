import { Typography } from '@mui/material';
import {
  ArrayField,
  BooleanField,
  CreateButton,
  Datagrid,
  EditButton,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { MoneyField } from '../../format';
import { EnumField } from '../../shared/EnumField';
import { useRowClick } from '../../shared/ListActions';

function Empty({ message }: { message: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
      {translate(message)}
    </Typography>
  );
}

/** Adds a cadre to the village on show: the form opens with the village filled in. */
function AddCadreButton() {
  const village = useRecordContext();
  if (!village) return null;
  return (
    <CreateButton
      resource="Cadre"
      label="fanben.village.addCadre"
      state={{ record: { villageId: village.id, active: true } }}
    />
  );
}

function CadreGrid() {
  const rowClick = useRowClick(false);
  return (
    <Datagrid
      rowClick={rowClick}
      bulkActionButtons={false}
      empty={<Empty message="fanben.village.noCadres" />}
    >
      <TextField source="name" />
      <TextField source="position" />
      <EnumField source="gender" prefix="gender" />
      <TextField source="phone" />
      <BooleanField source="active" />
    </Datagrid>
  );
}

const economyLabel = (name: string) => `fanben.village.economyFields.${name}`;

export function VillageShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <EditButton />
        </TopToolbar>
      }
    >
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="fanben.village.basics">
          <TextField source="name" />
          <TextField source="code" />
          <ReferenceField source="townshipId" reference="Township">
            <TextField source="name" />
          </ReferenceField>
          <EnumField source="kind" prefix="villageKind" />
          <NumberField source="population" />
          <NumberField source="households" />
          <NumberField source="cadreCount" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="fanben.village.cadres" path="cadres">
          <AddCadreButton />
          <ReferenceManyField
            reference="Cadre"
            target="villageId"
            sort={{ field: 'name', order: 'ASC' }}
            perPage={100}
            label={false}
          >
            <CadreGrid />
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="fanben.village.economy" path="economy">
          <ArrayField source="economy" label={false}>
            <Datagrid bulkActionButtons={false} empty={<Empty message="fanben.village.noEconomy" />}>
              <NumberField source="year" label={economyLabel('year')} options={{ useGrouping: false }} />
              <EnumField source="model" prefix="village.model" label={economyLabel('model')} />
              <MoneyField source="operatingIncome" label={economyLabel('operatingIncome')} />
              <MoneyField source="collectiveAccumulation" label={economyLabel('collectiveAccumulation')} />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
