import {
  BooleanField,
  Datagrid,
  FunctionField,
  List,
  NullableBooleanInput,
  NumberField,
  TextField,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { SearchInput } from '../../shared/SearchInput';
import { DateTextField, formatYuan } from '../../format';
import type { SchemeRecordLike, SchemeTierRecord } from './schemeForm';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];

/** "规范 ¥10,000 + ¥10,000 · 示范 …": each tier's reward per cadre and activity fund. */
function AmountsSummary({ tiers }: { tiers: (SchemeTierRecord & { name?: string })[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <span>
      {tiers
        .map(
          (t) =>
            `${t.name ?? translate(`fanben.tierShort.${t.level}`)} ${formatYuan(t.cadreReward, locale)} + ${formatYuan(t.activityFund, locale)}`,
        )
        .join(' · ')}
    </span>
  );
}

export function SchemeList() {
  return (
    <List filters={filters} sort={{ field: 'effectiveFromYear', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <NumberField source="effectiveFromYear" options={{ useGrouping: false }} />
        <BooleanField source="active" />
        <FunctionField<SchemeRecordLike & { tiers: SchemeTierRecord[] }>
          source="tiers"
          sortable={false}
          render={(record) => <AmountsSummary tiers={record.tiers} />}
        />
        <FunctionField<SchemeRecordLike>
          source="indicators"
          sortable={false}
          render={(record) => record.indicators?.length ?? 0}
        />
        <DateTextField source="updatedAt" />
      </Datagrid>
    </List>
  );
}
