import { Alert, Box, LinearProgress, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { indicatorSource } from './formKeys';
import { IndicatorFieldsInput } from './IndicatorFieldsInput';
import type { IndicatorDefinition } from './types';
import { groupByCategory } from './values';

/** A category's name: known ones translated, a new plugin's category shown as it is. */
export function useCategoryLabel() {
  const translate = useTranslate();
  return (category: string) => translate(`fanben.indicators.category.${category}`, { _: category });
}

/** One indicator's inputs in a titled group (a fieldset named by the indicator's title). */
export function IndicatorInputCard({
  definition,
  source,
  readOnly,
}: {
  definition: IndicatorDefinition;
  source: string;
  readOnly?: boolean;
}) {
  return (
    <Paper
      variant="outlined"
      component="fieldset"
      sx={{ m: 0, mb: 2, px: 2, pt: 1, pb: 0, border: 1, borderColor: 'divider', minWidth: 0 }}
      data-indicator={definition.key}
    >
      <Typography component="legend" variant="subtitle1" sx={{ px: 0.5, fontWeight: 600 }}>
        {definition.title}
      </Typography>
      {definition.description ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {definition.description}
        </Typography>
      ) : null}
      <IndicatorFieldsInput
        fields={definition.inputs}
        source={indicatorSource(source, definition.key)}
        readOnly={readOnly}
      />
    </Paper>
  );
}

/**
 * Every indicator's inputs, grouped by category, at `${source}.<encoded indicator key>.<field>`:
 * the declared-values part of an application form. No indicator is written by hand here.
 */
export function IndicatorGroupsInput({
  definitions,
  source,
  readOnly,
}: {
  definitions: IndicatorDefinition[];
  source: string;
  readOnly?: boolean;
}) {
  const categoryLabel = useCategoryLabel();
  return (
    <Box sx={{ width: '100%' }}>
      {groupByCategory(definitions).map(([category, list]) => (
        <Box key={category} component="section" sx={{ mb: 1 }}>
          <Typography variant="h6" component="h3" sx={{ mb: 1 }}>
            {categoryLabel(category)}
          </Typography>
          {list.map((definition) => (
            <IndicatorInputCard
              key={definition.key}
              definition={definition}
              source={source}
              readOnly={readOnly}
            />
          ))}
        </Box>
      ))}
    </Box>
  );
}

/** What a screen shows while definitions load or when they failed. */
export function DefinitionsStatus({ isPending, error }: { isPending: boolean; error?: Error }) {
  const translate = useTranslate();
  if (error) {
    return (
      <Alert severity="error">{translate('fanben.indicators.loadFailed', { message: error.message })}</Alert>
    );
  }
  if (isPending) {
    return (
      <Box sx={{ my: 2 }} role="status">
        <Typography variant="body2">{translate('fanben.indicators.loading')}</Typography>
        <LinearProgress />
      </Box>
    );
  }
  return null;
}
