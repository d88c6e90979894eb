import { Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatMargin } from './display';

/**
 * Readiness (the smallest declared margin at the tier) as a signed percentage: green when every
 * indicator passes on the declared values, red when one already fails. The colour is repeated in the
 * tooltip text, so it is never the only signal.
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
      title={translate(ready ? 'fanben.readiness.ready' : 'fanben.readiness.short')}
      sx={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {formatMargin(value, locale)}
    </Typography>
  );
}
