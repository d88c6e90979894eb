import {
  Box,
  Chip,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatFieldValue, formatMargin, type DisplayWords } from './display';
import { useCategoryLabel } from './IndicatorGroupsInput';
import type { AssessmentStepView, FieldValues, IndicatorDefinition, ValuesByIndicator } from './types';
import { groupByCategory } from './values';

export interface IndicatorComparisonProps {
  /** The scheme's indicators, in its order (useIndicatorDefinitions(schemeId)). */
  definitions: IndicatorDefinition[];
  /** The village's declared values, keyed by indicator key. */
  declared?: ValuesByIndicator | null;
  /** The assessor's findings so far; an indicator without a step shows as not assessed. */
  steps?: AssessmentStepView[] | null;
  /** Hides the verified column and results (an application never assessed). Default: shown when there are steps. */
  showVerified?: boolean;
}

function useWords(): DisplayWords {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return { locale, yes: translate('fanben.yes'), no: translate('fanben.no') };
}

function ResultChip({ step }: { step?: AssessmentStepView }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!step)
    return <Chip size="small" variant="outlined" label={translate('fanben.indicators.notAssessed')} />;
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
      <Chip
        size="small"
        color={step.passed ? 'success' : 'error'}
        label={translate(step.passed ? 'fanben.indicators.passed' : 'fanben.indicators.failed')}
      />
      <Typography variant="body2" title={translate('fanben.indicators.marginHelp')}>
        {translate('fanben.indicators.margin', { margin: formatMargin(step.margin, locale) })}
      </Typography>
    </Box>
  );
}

function Thresholds({ definition, params }: { definition: IndicatorDefinition; params: FieldValues }) {
  const translate = useTranslate();
  const words = useWords();
  const parts = definition.params
    .filter((p) => params[p.name] !== undefined)
    .map((p) => `${p.label} ${formatFieldValue(p, params[p.name], words)}`);
  if (parts.length === 0) return null;
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('fanben.indicators.threshold')}：{parts.join('；')}
    </Typography>
  );
}

/** One indicator: its fields with declared and verified values side by side, and the finding. */
export function IndicatorComparisonCard({
  definition,
  declared,
  step,
  showVerified,
}: {
  definition: IndicatorDefinition;
  declared?: FieldValues;
  step?: AssessmentStepView;
  showVerified: boolean;
}) {
  const translate = useTranslate();
  const words = useWords();
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, mb: 2, borderColor: step && !step.passed ? 'error.main' : 'divider' }}
      data-indicator={definition.key}
      aria-label={definition.title}
      role="region"
    >
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography variant="subtitle1" component="h4" sx={{ fontWeight: 600 }}>
          {definition.title}
        </Typography>
        {showVerified ? <ResultChip step={step} /> : null}
      </Box>
      {step ? (
        <Box sx={{ mb: 1 }}>
          <Typography variant="body2" color={step.passed ? 'text.primary' : 'error'}>
            {step.reason}
          </Typography>
          <Thresholds definition={definition} params={step.params} />
        </Box>
      ) : null}
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('fanben.indicators.field')}</TableCell>
            <TableCell align="right">{translate('fanben.indicators.declared')}</TableCell>
            {showVerified ? (
              <TableCell align="right">{translate('fanben.indicators.verified')}</TableCell>
            ) : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {definition.inputs.map((field) => {
            const declaredText = formatFieldValue(field, declared?.[field.name], words);
            const verifiedText = step ? formatFieldValue(field, step.values[field.name], words) : '—';
            const differs = !!step && verifiedText !== declaredText;
            return (
              <TableRow key={field.name}>
                <TableCell component="th" scope="row">
                  {field.label}
                </TableCell>
                <TableCell align="right">{declaredText}</TableCell>
                {showVerified ? (
                  <TableCell align="right" sx={differs ? { fontWeight: 700 } : undefined}>
                    {verifiedText}
                  </TableCell>
                ) : null}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Paper>
  );
}

/**
 * Read-only, per indicator of the scheme (grouped by category): declared values and — once assessed —
 * the assessor's verified values, pass/fail and margin, with the plugin's reason and the thresholds
 * applied. For application and assessment pages.
 */
export function IndicatorComparison({
  definitions,
  declared,
  steps,
  showVerified,
}: IndicatorComparisonProps) {
  const categoryLabel = useCategoryLabel();
  const stepByKey = new Map((steps ?? []).map((s) => [s.indicatorKey, s]));
  const verified = showVerified ?? stepByKey.size > 0;
  return (
    <Box sx={{ width: '100%' }}>
      {groupByCategory(definitions).map(([category, list]) => (
        <Box key={category} component="section">
          <Typography variant="h6" component="h3" sx={{ mb: 1 }}>
            {categoryLabel(category)}
          </Typography>
          {list.map((definition) => (
            <IndicatorComparisonCard
              key={definition.key}
              definition={definition}
              declared={declared?.[definition.key]}
              step={stepByKey.get(definition.key)}
              showVerified={verified}
            />
          ))}
        </Box>
      ))}
    </Box>
  );
}
