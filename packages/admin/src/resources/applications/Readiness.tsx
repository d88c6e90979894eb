import { Box, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatMargin, type IndicatorDefinition } from '../../indicators';

/**
 * Readiness (the smallest margin of the declared values at the target tier) as a signed percentage,
 * green when every indicator meets the tier on paper, red when one falls short; the words say the same
 * in the tooltip, so colour is never the only signal.
 */
export function ReadinessText({ value }: { value: number | null | undefined }) {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  if (value === null || value === undefined) return <span>—</span>;
  const ready = value >= 0;
  return (
    <Typography
      component="span"
      variant="body2"
      color={ready ? 'success.main' : 'error.main'}
      title={translate(ready ? 'fanben.application.readinessReady' : 'fanben.application.readinessShort')}
      sx={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {formatMargin(value, locale)}
    </Typography>
  );
}

/** A record's readiness column. */
export function ReadinessField(_props: { source?: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  return <ReadinessText value={record?.readiness as number | null | undefined} />;
}

/** The title of an indicator key (the key itself while definitions load or for a retired indicator). */
export function IndicatorTitle({
  indicatorKey,
  byKey,
}: {
  indicatorKey: string | null | undefined;
  byKey: Map<string, IndicatorDefinition>;
}) {
  if (!indicatorKey) return <span>—</span>;
  return <span>{byKey.get(indicatorKey)?.title ?? indicatorKey}</span>;
}

/** Readiness with the weakest indicator, for the application's page. */
export function ReadinessSummary({
  readiness,
  weakestKey,
  byKey,
}: {
  readiness: number | null | undefined;
  weakestKey: string | null | undefined;
  byKey: Map<string, IndicatorDefinition>;
}) {
  const translate = useTranslate();
  if (readiness === null || readiness === undefined) return <span>—</span>;
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'baseline', flexWrap: 'wrap' }}>
      <ReadinessText value={readiness} />
      <Typography variant="body2">
        {translate(
          readiness >= 0 ? 'fanben.application.readinessReady' : 'fanben.application.readinessShort',
        )}
      </Typography>
      {weakestKey ? (
        <Typography variant="body2" color="text.secondary">
          {translate('fanben.application.weakest', { title: byKey.get(weakestKey)?.title ?? weakestKey })}
        </Typography>
      ) : null}
    </Box>
  );
}
