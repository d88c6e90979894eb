import ScienceIcon from '@mui/icons-material/Science';
import { Box, Button, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Form, useTranslate } from 'react-admin';
import {
  IndicatorFieldsInput,
  decodeKeys,
  encodeKey,
  normalizeFieldValues,
  type FieldDescription,
  type FieldValues,
} from '../../indicators';
import { TIERS } from '../../resources/schemes/tiers';

export interface LabRun {
  tier: number;
  values: FieldValues;
  params: FieldValues;
}

interface LabFormValues {
  values?: FieldValues;
  params?: Record<string, FieldValues>;
}

/**
 * The values to try and the params of the chosen tier, both generated from the indicator's field
 * definitions. Params start as the scheme's (or formula's) for each tier; edits stay per tier.
 */
export function LabForm({
  inputs,
  params,
  paramsByTier,
  running,
  onRun,
}: {
  inputs: FieldDescription[];
  params: FieldDescription[];
  paramsByTier: Record<string, FieldValues>;
  running: boolean;
  onRun(run: LabRun): void;
}) {
  const translate = useTranslate();
  const [tier, setTier] = useState<string>('1');
  const defaultValues: LabFormValues = {
    values: normalizeFieldValues(inputs, {}),
    params: Object.fromEntries(
      TIERS.map((t) => [encodeKey(t), normalizeFieldValues(params, paramsByTier[t])]),
    ),
  };
  const submit = (form: LabFormValues) =>
    onRun({
      tier: Number(tier),
      values: normalizeFieldValues(inputs, form.values),
      params: normalizeFieldValues(params, decodeKeys(form.params)[tier]),
    });
  return (
    <Form defaultValues={defaultValues} onSubmit={(form: object) => submit(form as LabFormValues)}>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
        <TextField
          select
          label={translate('fanben.indicatorLab.tier')}
          value={tier}
          onChange={(e) => setTier(e.target.value)}
          size="small"
          fullWidth={false}
          sx={{ width: 200 }}
        >
          {TIERS.map((t) => (
            <MenuItem key={t} value={t}>
              {translate(`fanben.tier.${t}`)}
            </MenuItem>
          ))}
        </TextField>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mt: 1 }}>
          {translate('fanben.indicatorLab.values')}
        </Typography>
        <IndicatorFieldsInput fields={inputs} source="values" />
        {params.length > 0 ? (
          <Box
            component="fieldset"
            sx={{ m: 0, px: 1.5, pt: 0.5, border: 1, borderColor: 'divider', borderRadius: 1 }}
          >
            <Typography component="legend" variant="subtitle1" sx={{ px: 0.5, fontWeight: 600 }}>
              {translate('fanben.indicatorLab.params', { tier: translate(`fanben.tier.${tier}`) })}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('fanben.indicatorLab.paramsHelp')}
            </Typography>
            {/* One tier's inputs at a time; the others keep their values in the form. */}
            <IndicatorFieldsInput key={tier} fields={params} source={`params.${encodeKey(tier)}`} />
          </Box>
        ) : null}
        <Box>
          <Button type="submit" variant="contained" startIcon={<ScienceIcon />} disabled={running}>
            {translate('fanben.indicatorLab.run')}
          </Button>
        </Box>
      </Box>
    </Form>
  );
}
