import {
  AutocompleteInput,
  BooleanField,
  Datagrid,
  FunctionField,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { SearchInput } from '../../shared/SearchInput';
import { DateTextField } from '../../format';
import { useIndicatorDefinitions } from '../../indicators';
import { EnumField, enumChoices } from '../../shared/EnumField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('assessmentStatus', ['IN_PROGRESS', 'PASSED', 'FAILED'])}
    alwaysOn
  />,
  <NullableBooleanInput key="isReference" source="isReference" alwaysOn />,
  <ReferenceInput
    key="villageId"
    source="villageId"
    reference="Village"
    sort={{ field: 'code', order: 'ASC' }}
  >
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

/** The indicator the assessment failed on, by its title. */
function FailedIndicatorField(_props: { label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const { byKey, isPending } = useIndicatorDefinitions();
  const key = record?.failedIndicatorKey as string | null | undefined;
  return <span>{key ? (byKey.get(key)?.title ?? (isPending ? '…' : key)) : '—'}</span>;
}

export function AssessmentList() {
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <ReferenceField
          source="applicationId"
          reference="Application"
          link={false}
          sortable={false}
          label="resources.Assessment.fields.village"
        >
          <ReferenceField source="villageId" reference="Village">
            <TextField source="name" />
          </ReferenceField>
        </ReferenceField>
        <ReferenceField source="applicationId" reference="Application" sortable={false}>
          <FunctionField
            render={(app: RaRecord) =>
              translate('fanben.assessment.application', {
                year: app.year,
                tier: translate(`fanben.tier.${app.targetTier}`),
              })
            }
          />
        </ReferenceField>
        <EnumField source="status" prefix="assessmentStatus" />
        <FunctionField
          label="resources.Assessment.fields.progress"
          render={(a: RaRecord) =>
            translate('fanben.assessment.progress', { done: a.steps.length, total: a.plan.length })
          }
        />
        <FailedIndicatorField label="resources.Assessment.fields.failedIndicatorKey" sortable={false} />
        <BooleanField source="isReference" sortable={false} />
        <DateTextField source="createdAt" />
        <DateTextField source="finishedAt" />
      </Datagrid>
    </List>
  );
}
