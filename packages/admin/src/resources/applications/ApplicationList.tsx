import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  ExportButton,
  FilterButton,
  List,
  NumberField,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
  TopToolbar,
  useLocaleState,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { SearchInput } from '../../shared/SearchInput';
import type { Role } from '../../dataProvider';
import { DateTextField } from '../../format';
import { useIndicatorDefinitions, type IndicatorDefinition } from '../../indicators';
import { EnumField } from '../../shared/EnumField';
import { useWorkingYear } from '../../shared/year';
import { statusChoices, tierChoices } from './choices';
import { applicationExporter } from './exporter';
import { IndicatorTitle, ReadinessField } from './Readiness';

/** Roles whose scope is the whole county: only they need to narrow the list by township. */
const COUNTY_WIDE: Role[] = ['ADMIN', 'DISTRICT_ASSESSOR', 'FINANCE_OFFICER', 'VIEWER'];

function filtersFor(role: Role | undefined) {
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <NumberInput key="year" source="year" alwaysOn min={2000} max={2100} step={1} />,
    <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
    <SelectInput key="targetTier" source="targetTier" choices={tierChoices} />,
  ];
  if (role && COUNTY_WIDE.includes(role)) {
    filters.push(
      <ReferenceInput
        key="townshipId"
        source="townshipId"
        reference="Township"
        sort={{ field: 'code', order: 'ASC' }}
      >
        <AutocompleteInput optionText="name" />
      </ReferenceInput>,
    );
  }
  if (role !== 'VILLAGE_CLERK') {
    filters.push(
      <ReferenceInput key="villageId" source="villageId" reference="Village">
        <AutocompleteInput optionText="name" />
      </ReferenceInput>,
    );
  }
  return filters;
}

function WeakestField({ byKey }: { byKey: Map<string, IndicatorDefinition>; label?: string }) {
  const record = useRecordContext();
  return <IndicatorTitle indicatorKey={record?.weakestIndicatorKey as string | undefined} byKey={byKey} />;
}

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      {/* The API pages at most 500 rows; a year of a county fits. */}
      <ExportButton maxResults={500} />
    </TopToolbar>
  );
}

/**
 * Applications in the user's scope, the working year first: a clerk sees the village's own, a township
 * officer the township's, the district all of them.
 */
export function ApplicationList() {
  const { year } = useWorkingYear();
  const { permissions } = usePermissions<Role>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // Titles of weakest indicators: every loaded indicator, whatever the scheme of the row's year.
  const { byKey } = useIndicatorDefinitions();
  return (
    <List
      // One stored filter per working year, so switching the year in the app bar starts from that year.
      storeKey={`Application.list.${year}`}
      filters={filtersFor(permissions)}
      filterDefaultValues={{ year }}
      sort={{ field: 'submittedAt', order: 'DESC' }}
      perPage={25}
      actions={<ListActions />}
      exporter={applicationExporter(translate, locale, byKey)}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <NumberField source="year" options={{ useGrouping: false }} />
        <ReferenceField
          source="villageId"
          reference="Village"
          sortable={false}
          label="resources.Application.fields.village"
        >
          <TextField source="name" />
        </ReferenceField>
        {permissions !== 'VILLAGE_CLERK' ? (
          <ReferenceField
            source="villageId"
            reference="Village"
            link={false}
            sortable={false}
            label="resources.Application.fields.township"
          >
            <ReferenceField source="townshipId" reference="Township" link={false}>
              <TextField source="name" />
            </ReferenceField>
          </ReferenceField>
        ) : null}
        <EnumField source="targetTier" prefix="tier" />
        <EnumField source="status" prefix="applicationStatus" />
        <ReadinessField source="readiness" />
        <WeakestField byKey={byKey} label="resources.Application.fields.weakestIndicatorKey" />
        <DateTextField source="submittedAt" />
      </Datagrid>
    </List>
  );
}
