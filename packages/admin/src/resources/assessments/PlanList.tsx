import { Box, Chip, Paper, Typography } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { canTake } from '../../access';
import type { Role } from '../../dataProvider';
import { IndicatorComparisonCard, type IndicatorDefinition, type ValuesByIndicator } from '../../indicators';
import { FindingForm } from './FindingForm';
import type { PlanEntry, PlanState } from './plan';
import type { AssessmentRecord } from './AssessmentWorkspace';

const CHIP: Record<
  PlanState,
  { color: 'success' | 'error' | 'primary' | 'default'; variant: 'filled' | 'outlined' }
> = {
  passed: { color: 'success', variant: 'filled' },
  failed: { color: 'error', variant: 'filled' },
  current: { color: 'primary', variant: 'filled' },
  pending: { color: 'default', variant: 'outlined' },
  notAssessed: { color: 'default', variant: 'outlined' },
};

/**
 * The weakest-first plan, one item per indicator: findings with declared and verified values side by
 * side, the form for the indicator to check now, and the rest as pending — or as not assessed once a
 * failure has ended the assessment.
 */
export function PlanList({
  assessment,
  entries,
  byKey,
  declared,
  onRecorded,
}: {
  assessment: AssessmentRecord;
  entries: PlanEntry[];
  byKey: Map<string, IndicatorDefinition>;
  declared: ValuesByIndicator;
  onRecorded(): void;
}) {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role>();
  const mayRecord = canTake(permissions, 'recordFinding');
  const heading = translate('fanben.assessment.plan');
  return (
    <Box component="section" aria-label={heading}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {heading}
      </Typography>
      <Box
        component="ol"
        sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexDirection: 'column', gap: 1 }}
      >
        {entries.map((entry) => {
          const definition = byKey.get(entry.key);
          const title = definition?.title ?? entry.key;
          return (
            <Box
              component="li"
              key={entry.key}
              data-plan-state={entry.state}
              aria-label={`${entry.position}. ${title}`}
              sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
            >
              <Typography
                variant="h6"
                component="span"
                color="text.secondary"
                sx={{
                  minWidth: '1.8em',
                  textAlign: 'right',
                  fontVariantNumeric: 'tabular-nums',
                  lineHeight: 2,
                }}
              >
                {entry.position}.
              </Typography>
              <Box sx={{ flex: 1, minWidth: 0 }}>
                {entry.step && definition ? (
                  <IndicatorComparisonCard
                    definition={definition}
                    declared={declared[entry.key]}
                    step={entry.step}
                    showVerified
                  />
                ) : entry.state === 'current' && mayRecord && definition ? (
                  <FindingForm
                    assessmentId={String(assessment.id)}
                    definition={definition}
                    declared={declared[entry.key]}
                    onRecorded={onRecorded}
                  />
                ) : (
                  <PlanRow title={title} state={entry.state} />
                )}
              </Box>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}

/** An indicator not (yet) checked: its title and where it stands. */
function PlanRow({ title, state }: { title: string; state: PlanState }) {
  const translate = useTranslate();
  const dimmed = state === 'notAssessed';
  return (
    <Paper
      variant="outlined"
      sx={{
        px: 2,
        py: 1,
        display: 'flex',
        alignItems: 'center',
        gap: 2,
        bgcolor: dimmed ? 'action.hover' : undefined,
        color: dimmed ? 'text.secondary' : undefined,
      }}
    >
      <Typography variant="body1" sx={{ flex: 1 }}>
        {title}
      </Typography>
      <Chip size="small" {...CHIP[state]} label={translate(`fanben.assessment.state.${state}`)} />
    </Paper>
  );
}
