import type { AssessmentStepView } from '../../indicators';

export type PlanState = 'passed' | 'failed' | 'current' | 'pending' | 'notAssessed';

export interface PlanEntry {
  key: string;
  /** 1-based position in the weakest-first plan. */
  position: number;
  state: PlanState;
  step?: AssessmentStepView;
}

export interface AssessmentLike {
  status: string;
  plan: string[];
  steps: AssessmentStepView[];
  nextIndicatorKey?: string | null;
  notAssessed?: string[];
}

/**
 * Where each indicator of the plan stands: recorded (passed or failed), the one to check now, still
 * to come, or — after a failure ended the assessment — never assessed. Pure (unit-tested).
 */
export function planEntries(assessment: AssessmentLike): PlanEntry[] {
  const stepByKey = new Map(assessment.steps.map((s) => [s.indicatorKey, s]));
  const notAssessed = new Set(assessment.notAssessed ?? []);
  return assessment.plan.map((key, index) => {
    const step = stepByKey.get(key);
    const entry = { key, position: index + 1 };
    if (step) return { ...entry, state: step.passed ? 'passed' : 'failed', step };
    if (assessment.status === 'FAILED' || notAssessed.has(key)) return { ...entry, state: 'notAssessed' };
    if (assessment.status === 'IN_PROGRESS' && key === assessment.nextIndicatorKey)
      return { ...entry, state: 'current' };
    return { ...entry, state: 'pending' };
  });
}
