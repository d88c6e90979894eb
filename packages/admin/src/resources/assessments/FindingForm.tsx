import SaveIcon from '@mui/icons-material/Save';
import { Box, Button, Paper, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { Form, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { callApi } from '../../dataProvider';
import {
  IndicatorFieldsInput,
  formatMargin,
  fromFormValues,
  indicatorSource,
  toFormValues,
  type AssessmentStepView,
  type FieldValues,
  type IndicatorDefinition,
  type ValuesByIndicator,
} from '../../indicators';

const RECORD = `mutation RecordFinding($assessmentId: ID!, $indicatorKey: String!, $values: JSONObject!) {
  recordFinding(assessmentId: $assessmentId, indicatorKey: $indicatorKey, values: $values) {
    id status steps { indicatorKey passed margin reason } nextIndicatorKey
  }
}`;

/**
 * The verified values of the indicator to check now, as a form generated from its definition and
 * prefilled with what the village declared; recording it evaluates the finding at once.
 */
export function FindingForm({
  assessmentId,
  definition,
  declared,
  onRecorded,
}: {
  assessmentId: string;
  definition: IndicatorDefinition;
  declared: FieldValues | undefined;
  onRecorded(): void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [saving, setSaving] = useState(false);
  // The form's record: the declared values under the encoded indicator key (a key with dots would
  // otherwise read as nesting).
  const initial = useMemo(
    () => toFormValues([definition], { [definition.key]: declared ?? {} }),
    [definition, declared],
  );

  const record = async (form: Record<string, unknown>) => {
    const values = fromFormValues([definition], form as Record<string, FieldValues>)[definition.key];
    setSaving(true);
    try {
      const { recordFinding } = await callApi<{ recordFinding: { steps: AssessmentStepView[] } }>(RECORD, {
        assessmentId,
        indicatorKey: definition.key,
        values,
      });
      const step = recordFinding.steps.find((s) => s.indicatorKey === definition.key);
      if (step) {
        notify(step.passed ? 'fanben.assessment.result.passed' : 'fanben.assessment.result.failed', {
          type: step.passed ? 'success' : 'warning',
          messageArgs: { title: definition.title, margin: formatMargin(step.margin, locale) },
        });
      }
      onRecorded();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, borderColor: 'primary.main', borderWidth: 2 }}
      role="region"
      aria-label={translate('fanben.assessment.current.title', { title: definition.title })}
    >
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate('fanben.assessment.current.title', { title: definition.title })}
      </Typography>
      {definition.description ? (
        <Typography variant="body2" color="text.secondary">
          {definition.description}
        </Typography>
      ) : null}
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('fanben.assessment.current.help')}
      </Typography>
      <Form record={initial as ValuesByIndicator} onSubmit={record} noValidate>
        <IndicatorFieldsInput fields={definition.inputs} source={indicatorSource('', definition.key)} />
        <Box sx={{ mt: 1 }}>
          <Button type="submit" variant="contained" startIcon={<SaveIcon />} disabled={saving}>
            {translate(saving ? 'fanben.assessment.current.recording' : 'fanben.assessment.current.record')}
          </Button>
        </Box>
      </Form>
    </Paper>
  );
}
