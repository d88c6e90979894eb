import DownloadIcon from '@mui/icons-material/Download';
import {
  AutocompleteInput,
  Button,
  Datagrid,
  FilterButton,
  List,
  NumberField,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
  TopToolbar,
  useListContext,
  useNotify,
  useTranslate,
} from 'react-admin';
import { SearchInput } from '../../shared/SearchInput';
import { DateTextField } from '../../format';
import { EnumField, enumChoices } from '../../shared/EnumField';
import { downloadExport } from '../../shared/download';
import { tierChoices } from './tiers';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn min={2000} max={2100} />,
  <SelectInput key="tier" source="tier" choices={tierChoices} alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('certificationStatus', ['ACTIVE', 'REVOKED'])}
  />,
  <ReferenceInput
    key="townshipId"
    source="townshipId"
    reference="Township"
    sort={{ field: 'code', order: 'ASC' }}
  >
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput
    key="villageId"
    source="villageId"
    reference="Village"
    sort={{ field: 'code', order: 'ASC' }}
  >
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

/** The server's certified-village list (official headers, the caller's scope), for the filtered year. */
function ExportListButton() {
  const { filterValues } = useListContext();
  const notify = useNotify();
  const translate = useTranslate();
  const year = filterValues.year as number | undefined;
  const download = () => {
    const name = translate('fanben.certification.exportFile') + (year ? `-${year}` : '');
    downloadExport('certifications.xlsx', year ? { year } : {}, `${name}.xlsx`).catch((error: Error) =>
      notify('fanben.certification.exportFailed', { type: 'error', messageArgs: { message: error.message } }),
    );
  };
  return (
    <Button label="fanben.certification.export" onClick={download}>
      <DownloadIcon />
    </Button>
  );
}

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <ExportListButton />
    </TopToolbar>
  );
}

export function CertificationList() {
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      sort={{ field: 'year', order: 'DESC' }}
      perPage={50}
      exporter={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <NumberField source="year" options={{ useGrouping: false }} />
        <ReferenceField source="villageId" reference="Village" sortable={false}>
          <TextField source="name" />
        </ReferenceField>
        <ReferenceField
          source="villageId"
          reference="Village"
          link={false}
          sortable={false}
          label="resources.Certification.fields.township"
        >
          <ReferenceField source="townshipId" reference="Township">
            <TextField source="name" />
          </ReferenceField>
        </ReferenceField>
        <EnumField source="tier" prefix="tier" />
        <EnumField source="status" prefix="certificationStatus" />
        <DateTextField source="createdAt" />
        <DateTextField source="revokedAt" sortable={false} />
      </Datagrid>
    </List>
  );
}
