import { Alert, AlertTitle } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AssessmentStepView, IndicatorDefinition } from '../../indicators';

export interface FeedbackProps {
  status: string;
  targetTier: number;
  vetComment?: string | null;
  /** The assessment's failed indicator and its step (the plugin's reason), when it failed. */
  failedIndicatorKey?: string | null;
  steps?: AssessmentStepView[];
  byKey: Map<string, IndicatorDefinition>;
}

const SEVERITY: Record<string, 'info' | 'warning' | 'success' | 'error'> = {
  RETURNED: 'warning',
  PASSED: 'success',
  FAILED: 'error',
};

/**
 * What the village should know now, in words: why the township returned it, or which indicator
 * failed the assessment and why (the assessor's verified value against the threshold).
 */
export function ApplicationFeedback({
  status,
  targetTier,
  vetComment,
  failedIndicatorKey,
  steps,
  byKey,
}: FeedbackProps) {
  const translate = useTranslate();
  const failedStep = failedIndicatorKey
    ? steps?.find((s) => s.indicatorKey === failedIndicatorKey)
    : undefined;
  return (
    <Alert severity={SEVERITY[status] ?? 'info'} data-testid="application-feedback" sx={{ mb: 2 }}>
      <AlertTitle>
        {translate(`fanben.application.feedback.${status}`, {
          tier: translate(`fanben.tier.${targetTier}`),
        })}
      </AlertTitle>
      {status === 'RETURNED' && vetComment ? (
        <div>{translate('fanben.application.feedback.returnedReason', { comment: vetComment })}</div>
      ) : null}
      {status !== 'RETURNED' && vetComment ? (
        <div>{translate('fanben.application.feedback.forwardedComment', { comment: vetComment })}</div>
      ) : null}
      {status === 'FAILED' && failedIndicatorKey ? (
        <>
          <div>
            {translate('fanben.application.feedback.failedIndicator', {
              title: byKey.get(failedIndicatorKey)?.title ?? failedIndicatorKey,
            })}
          </div>
          {failedStep ? (
            <div>{translate('fanben.application.feedback.failedReason', { reason: failedStep.reason })}</div>
          ) : null}
        </>
      ) : null}
    </Alert>
  );
}
