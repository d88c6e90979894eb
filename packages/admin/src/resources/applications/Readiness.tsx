import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ReadinessText, type IndicatorDefinition } from '../../indicators';

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
