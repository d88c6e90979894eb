import CalculateIcon from '@mui/icons-material/Calculate';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import { Accordion, AccordionDetails, AccordionSummary, Box, Button, Typography } from '@mui/material';
import { Form, useTranslate } from 'react-admin';
import type { IndicatorDefinition } from '../../indicators';
import { IndicatorParamsAccordions } from '../../resources/schemes/TierParamsInput';
import { TierAmountsInput } from '../../resources/schemes/TierAmountsInput';
import { formFromScheme, type ScenarioForm as ScenarioValues, type SchemeForWhatIf } from './api';

/** The question: amounts per tier and, optionally, changed params; it starts from the scheme as it is. */
export function ScenarioForm({
  scheme,
  definitions,
  running,
  onRun,
  onReset,
}: {
  scheme: SchemeForWhatIf;
  definitions: IndicatorDefinition[];
  running: boolean;
  onRun(values: ScenarioValues): void;
  /** Back to the scheme's own figures (the parent mounts a fresh form). */
  onReset(): void;
}) {
  const translate = useTranslate();
  return (
    <Form
      defaultValues={formFromScheme(scheme, definitions)}
      onSubmit={(values: object) => onRun(values as ScenarioValues)}
    >
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {translate('fanben.whatIf.amounts')}
        </Typography>
        <TierAmountsInput
          levels={scheme.tiers.map((t) => t.level)}
          source="tiers"
          labels={{ cadreReward: 'fanben.whatIf.cadreReward', activityFund: 'fanben.whatIf.activityFund' }}
        />
        <Accordion variant="outlined" disableGutters>
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>
            <Typography sx={{ fontWeight: 600 }}>{translate('fanben.whatIf.params')}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ ml: 1.5, alignSelf: 'center' }}>
              {translate('fanben.whatIf.paramsHelp')}
            </Typography>
          </AccordionSummary>
          <AccordionDetails>
            <IndicatorParamsAccordions definitions={definitions} source="params" />
          </AccordionDetails>
        </Accordion>
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button type="submit" variant="contained" startIcon={<CalculateIcon />} disabled={running}>
            {translate('fanben.whatIf.run')}
          </Button>
          <Button startIcon={<RestartAltIcon />} onClick={onReset}>
            {translate('fanben.whatIf.reset')}
          </Button>
        </Box>
      </Box>
    </Form>
  );
}
