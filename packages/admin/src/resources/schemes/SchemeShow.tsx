import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  BooleanField,
  Labeled,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  useLocaleState,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { formatYuan } from '../../format';
import { formatFieldValue, useCategoryLabel, useIndicatorDefinitions } from '../../indicators';
import { FORMULA_PLUGIN, type SchemeRecordLike, type SchemeTierRecord } from './schemeForm';
import { TIERS } from './tiers';

/** A Scheme as the API returns it (SchemeIndicator's read-only fields included). */
type SchemeRecord = Omit<SchemeRecordLike, 'tiers' | 'indicators'> & {
  id: string;
  tiers: (SchemeTierRecord & { name: string })[];
  indicators: {
    key: string;
    title: string | null;
    pluginName: string;
    available: boolean;
    params: Record<string, Record<string, unknown>>;
  }[];
};

function RulesList() {
  const record = useRecordContext<SchemeRecord>();
  const translate = useTranslate();
  const rules = record?.rules;
  if (!rules) return null;
  const quota = rules.townshipQuotaPerYear ?? translate('fanben.scheme.rules.noLimit');
  const line = (rule: string, value: string | number) =>
    translate('fanben.scheme.labelled', { label: translate(`fanben.scheme.rules.${rule}`), value });
  return (
    <Typography component="ul" variant="body2" sx={{ m: 0, pl: 2 }}>
      <li>
        {line('requirePreviousTier', translate(rules.requirePreviousTier ? 'fanben.yes' : 'fanben.no'))}
      </li>
      <li>{line('newReachRatio', `${Math.round(rules.newReachRatio * 10_000) / 100}%`)}</li>
      <li>{line('townshipQuotaPerYear', quota)}</li>
    </Typography>
  );
}

function TiersTable() {
  const record = useRecordContext<SchemeRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Table size="small" sx={{ maxWidth: 720 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('fanben.scheme.level')}</TableCell>
          <TableCell>{translate('fanben.scheme.tierName')}</TableCell>
          <TableCell align="right">{translate('fanben.scheme.cadreReward')}</TableCell>
          <TableCell align="right">{translate('fanben.scheme.activityFund')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {record.tiers.map((t) => (
          <TableRow key={t.level}>
            <TableCell>{t.level}</TableCell>
            <TableCell>{t.name}</TableCell>
            <TableCell align="right">{formatYuan(t.cadreReward, locale)}</TableCell>
            <TableCell align="right">{formatYuan(t.activityFund, locale)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * Each indicator in order with its category and its params for the three tiers, read through its field
 * definitions. Keys and plugin names matter only to whoever edits the scheme (formulas name the keys),
 * so only an administrator sees them.
 */
function IndicatorsTable() {
  const record = useRecordContext<SchemeRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const categoryLabel = useCategoryLabel();
  const { permissions } = usePermissions();
  const technical = permissions === 'ADMIN';
  const { byKey } = useIndicatorDefinitions(record?.id, { enabled: !!record });
  if (!record) return null;
  const words = { locale, yes: translate('fanben.yes'), no: translate('fanben.no') };
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('fanben.scheme.indicator')}</TableCell>
          <TableCell>{translate('fanben.scheme.category')}</TableCell>
          <TableCell>{translate('fanben.scheme.params')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {record.indicators.map((indicator) => {
          const fields = byKey.get(indicator.key)?.params ?? [];
          return (
            <TableRow key={indicator.key}>
              <TableCell>
                {indicator.title ?? indicator.key}
                {technical ? (
                  <Typography variant="caption" color="text.secondary" component="div">
                    {indicator.key}
                  </Typography>
                ) : null}
              </TableCell>
              <TableCell>
                {categoryLabel(byKey.get(indicator.key)?.category ?? indicator.key.split('.')[0])}
                {technical ? (
                  <Typography variant="caption" color="text.secondary" component="div">
                    {indicator.pluginName === FORMULA_PLUGIN
                      ? translate('fanben.scheme.formula')
                      : indicator.pluginName}
                  </Typography>
                ) : null}
                {indicator.available ? null : (
                  <Chip
                    size="small"
                    color="error"
                    label={translate('fanben.scheme.unavailable')}
                    sx={{ ml: 1 }}
                  />
                )}
              </TableCell>
              <TableCell>
                {fields.length === 0
                  ? translate('fanben.scheme.noParams')
                  : fields.map((field) => (
                      <div key={field.name}>
                        {translate('fanben.scheme.labelled', {
                          label: field.label,
                          value: TIERS.map((tier) =>
                            formatFieldValue(field, indicator.params[tier]?.[field.name], words),
                          ).join(' / '),
                        })}
                      </div>
                    ))}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

export function SchemeShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <NumberField source="effectiveFromYear" options={{ useGrouping: false }} />
        <BooleanField source="active" />
        <Labeled source="rules">
          <RulesList />
        </Labeled>
        <Labeled source="tiers">
          <TiersTable />
        </Labeled>
        <Labeled source="indicators">
          <IndicatorsTable />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
