import {
  AutocompleteInput,
  BulkDeleteButton,
  Datagrid,
  DeleteButton,
  ExportButton,
  FilterButton,
  List,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextField,
  TopToolbar,
  WithRecord,
  defaultExporter,
  useLocaleState,
  usePermissions,
  useTranslate,
  type Exporter,
} from 'react-admin';
import { SearchInput } from '../../shared/SearchInput';
import { canDo } from '../../access';
import type { Role } from '../../dataProvider';
import { DateTextField, MoneyField, formatDate } from '../../format';
import { EnumField, enumChoices } from '../../shared/EnumField';
import { useWorkingYear } from '../../shared/year';
import { BulkMarkPaidButton, MarkPaidButton } from './MarkPaidButton';

const KINDS = ['CADRE_REWARD', 'ACTIVITY_FUND'] as const;
const STATUSES = ['UNPAID', 'PAID'] as const;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn min={2000} max={2100} />,
  <SelectInput key="status" source="status" choices={enumChoices('payoutStatus', STATUSES)} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('payoutKind', KINDS)} />,
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

/** The filtered lines as CSV with the columns' own (translated) headings and readable values. */
function useExporter(): Exporter {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (records, fetchRelated, dataProvider, resource) => {
    const field = (name: string) => translate(`resources.Payout.fields.${name}`);
    const rows = records.map((r) => ({
      [field('year')]: r.year,
      [field('villageName')]: r.villageName,
      [field('payeeName')]: r.payeeName,
      [field('payeePosition')]: r.payeePosition ?? '',
      [field('kind')]: translate(`fanben.payoutKind.${r.kind}`),
      [field('tier')]: translate(`fanben.tier.${r.tier}`),
      [field('amount')]: r.amount,
      [field('status')]: translate(`fanben.payoutStatus.${r.status}`),
      [field('paidAt')]: r.paidAt ? formatDate(r.paidAt, locale) : '',
    }));
    return defaultExporter(rows, fetchRelated, dataProvider, resource);
  };
}

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <ExportButton maxResults={5000} />
    </TopToolbar>
  );
}

function BulkActions({ canDelete }: { canDelete: boolean }) {
  return (
    <>
      <BulkMarkPaidButton />
      {/* The server refuses paid lines; its message says so. */}
      {canDelete ? <BulkDeleteButton mutationMode="pessimistic" /> : null}
    </>
  );
}

/** The frozen payout lines: what was generated, what is paid; unpaid lines can be marked paid or removed. */
export function PayoutList() {
  const { year } = useWorkingYear();
  const { permissions } = usePermissions<Role>();
  const canDelete = canDo(permissions, 'Payout', 'delete');
  const exporter = useExporter();
  return (
    <List
      filters={filters}
      filterDefaultValues={{ year }}
      sort={{ field: 'villageName', order: 'ASC' }}
      perPage={25}
      actions={<ListActions />}
      exporter={exporter}
    >
      <Datagrid
        rowClick={false}
        bulkActionButtons={<BulkActions canDelete={canDelete} />}
        sx={{ '& .MuiTableCell-root': { whiteSpace: 'nowrap' } }}
      >
        <TextField source="villageName" />
        <TextField source="payeeName" />
        <TextField source="payeePosition" sortable={false} />
        <EnumField source="kind" prefix="payoutKind" />
        <EnumField source="tier" prefix="tierShort" />
        <MoneyField source="amount" />
        <EnumField source="status" prefix="payoutStatus" />
        <DateTextField source="paidAt" />
        <MarkPaidButton />
        {canDelete ? (
          <WithRecord
            render={(record) =>
              record.status === 'UNPAID' ? <DeleteButton mutationMode="pessimistic" redirect={false} /> : null
            }
          />
        ) : null}
      </Datagrid>
    </List>
  );
}
