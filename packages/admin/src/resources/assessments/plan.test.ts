import { describe, expect, it } from 'vitest';
import { planEntries } from './plan';

const step = (indicatorKey: string, passed: boolean) => ({
  indicatorKey,
  passed,
  margin: passed ? 0.2 : -0.1,
  reason: '',
  values: {},
  params: {},
});

describe('where each indicator of a weakest-first plan stands', () => {
  const plan = ['environment.appearance', 'industry.per-capita-income', 'organization.ten-ups'];

  it('in progress: recorded steps, the next indicator as current, the rest pending', () => {
    const entries = planEntries({
      status: 'IN_PROGRESS',
      plan,
      steps: [step('environment.appearance', true)],
      nextIndicatorKey: 'industry.per-capita-income',
      notAssessed: [],
    });
    expect(entries.map((e) => [e.position, e.state])).toEqual([
      [1, 'passed'],
      [2, 'current'],
      [3, 'pending'],
    ]);
    expect(entries[0].step?.margin).toBe(0.2);
  });

  it('failed on the first indicator: the others are not assessed, none is current', () => {
    const entries = planEntries({
      status: 'FAILED',
      plan,
      steps: [step('environment.appearance', false)],
      nextIndicatorKey: null,
      notAssessed: plan.slice(1),
    });
    expect(entries.map((e) => e.state)).toEqual(['failed', 'notAssessed', 'notAssessed']);
  });

  it('passed: every indicator recorded as met', () => {
    const entries = planEntries({
      status: 'PASSED',
      plan,
      steps: plan.map((k) => step(k, true)),
      nextIndicatorKey: null,
      notAssessed: [],
    });
    expect(entries.every((e) => e.state === 'passed')).toBe(true);
  });
});
