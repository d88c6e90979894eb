import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { IndicatorFieldsInput, encodeKey, type IndicatorDefinition } from '../../indicators';
import { TIERS } from './tiers';

/**
 * One indicator's params for each tier, generated from its `params` field definitions. Each tier is a
 * fieldset named by the tier, so the same param's three inputs stay distinguishable. Values sit at
 * `${source}.<encoded tier>.<param>` (tiers are encoded: react-hook-form reads "1" as an array index).
 */
export function TierParamsInput({
  definition,
  source,
  disabled,
}: {
  definition: IndicatorDefinition;
  source: string;
  disabled?: boolean;
}) {
  const translate = useTranslate();
  if (definition.params.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('fanben.scheme.noParams')}
      </Typography>
    );
  }
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, width: '100%' }}>
      {TIERS.map((tier) => (
        <Box
          key={tier}
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
            {translate(`fanben.tier.${tier}`)}
          </Typography>
          <IndicatorFieldsInput
            fields={definition.params}
            source={`${source}.${encodeKey(tier)}`}
            disabled={disabled}
          />
        </Box>
      ))}
    </Box>
  );
}

/**
 * Every indicator's params, one collapsible section each (titled by the indicator). The inputs stay
 * mounted when collapsed, so the form always holds the full params.
 */
export function IndicatorParamsAccordions({
  definitions,
  source,
  disabled,
}: {
  definitions: IndicatorDefinition[];
  source: string;
  disabled?: boolean;
}) {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%' }}>
      {definitions.map((definition) => (
        <Accordion key={definition.key} disableGutters variant="outlined" data-indicator={definition.key}>
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>
            <Typography sx={{ fontWeight: 500 }}>{definition.title}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ ml: 1.5, alignSelf: 'center' }}>
              {definition.params.length > 0
                ? translate('fanben.scheme.paramCount', { smart_count: definition.params.length })
                : translate('fanben.scheme.noParams')}
            </Typography>
          </AccordionSummary>
          <AccordionDetails>
            <TierParamsInput
              definition={definition}
              source={`${source}.${encodeKey(definition.key)}`}
              disabled={disabled}
            />
          </AccordionDetails>
        </Accordion>
      ))}
    </Box>
  );
}
