import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { FieldInput, type FieldDescription } from '../../indicators';

/** The server's bounds for an amount (county-config.ts `money`): whole yuan, 0 to 10,000,000. */
const MAX_AMOUNT = 10_000_000;

function amountField(name: string, label: string, unit: string): FieldDescription {
  return {
    name,
    type: 'money',
    label,
    help: null,
    required: true,
    min: 0,
    max: MAX_AMOUNT,
    maxLength: null,
    unit,
    options: [],
  };
}

/**
 * The yearly amounts of each tier (reward per active cadre, the village's activity fund), one
 * fieldset per tier named by it, at `${source}.<index>.cadreReward|activityFund` (tiers in level order).
 * Amounts are described like indicator params so they get the same inputs and whole-yuan rules.
 */
export function TierAmountsInput({
  levels,
  source,
  labels,
  before,
}: {
  levels: number[];
  source: string;
  /** Message keys of the two amounts' labels. */
  labels: { cadreReward: string; activityFund: string };
  /** More inputs of the tier, shown above its amounts (the scheme form's tier names). */
  before?: (index: number) => ReactNode;
}) {
  const translate = useTranslate();
  const fields = [
    amountField('cadreReward', translate(labels.cadreReward), translate('fanben.common.yuan')),
    amountField('activityFund', translate(labels.activityFund), translate('fanben.common.yuan')),
  ];
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
        width: '100%',
      }}
    >
      {levels.map((level, index) => (
        <Box
          key={level}
          component="fieldset"
          sx={{
            m: 0,
            px: 1.5,
            pt: 0.5,
            pb: 0,
            border: 1,
            borderColor: 'divider',
            borderRadius: 1,
            minWidth: 0,
          }}
        >
          <Typography component="legend" variant="body2" sx={{ px: 0.5, fontWeight: 600 }}>
            {translate(`fanben.tier.${level}`)}
          </Typography>
          {before?.(index)}
          {fields.map((field) => (
            <FieldInput key={field.name} field={field} source={`${source}.${index}`} />
          ))}
        </Box>
      ))}
    </Box>
  );
}
