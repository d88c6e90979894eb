import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REVIEW_WEIGHTS,
  newReachTarget,
  parseWeights,
  ranks,
  townshipScore,
} from './review.formula.js';

const facts = {
  villageCount: 12,
  certifiedVillages: 6,
  newlyReached: 2,
  applications: 8,
  returnedApplications: 1,
  failedApplications: 1,
  trainingsAttended: 1,
};

describe('the township review formula', () => {
  it('weighs the four components, 100 at most with the default weights', () => {
    const s = townshipScore(facts, parseWeights(undefined), 1 / 3);
    expect(s.newReachTarget).toBe(4);
    // 40 × 6/12 + 30 × 2/4 + 10 × 1 + 20 × (1 − 2/8)
    expect(s.score).toBeCloseTo(20 + 15 + 10 + 15, 12);
    const best = townshipScore(
      { ...facts, certifiedVillages: 12, newlyReached: 12, returnedApplications: 0, failedApplications: 0 },
      parseWeights({}),
      1 / 3,
    );
    expect(best.score).toBeCloseTo(100, 12);
  });

  it('copes with a township without villages or applications', () => {
    const s = townshipScore(
      {
        ...facts,
        villageCount: 0,
        certifiedVillages: 0,
        newlyReached: 0,
        applications: 0,
        returnedApplications: 0,
        failedApplications: 0,
        trainingsAttended: 0,
      },
      parseWeights(null),
      1 / 3,
    );
    expect(s).toMatchObject({ certifiedShare: 0, planProgress: 0, applicationQuality: 1, newReachTarget: 0 });
    expect(s.score).toBe(DEFAULT_REVIEW_WEIGHTS.applicationQuality);
  });

  it('rounds the new-reach target up, without float noise', () => {
    expect([9, 10, 11, 12].map((n) => newReachTarget(n, 1 / 3))).toEqual([3, 4, 4, 4]);
    expect(newReachTarget(0, 1 / 3)).toBe(0);
  });

  it('takes known weights only, as finite numbers of 0 or more; the rest keep their default', () => {
    expect(parseWeights({ planProgress: 0 })).toEqual({ ...DEFAULT_REVIEW_WEIGHTS, planProgress: 0 });
    expect(() => parseWeights({ bonus: 5 })).toThrow(/weights\.bonus: unknown weight "bonus"/);
    expect(() => parseWeights({ planProgress: '5' })).toThrow(/weights\.planProgress/);
    expect(() => parseWeights({ planProgress: Number.NaN })).toThrow(/finite/);
    expect(() => parseWeights({ planProgress: -1 })).toThrow(/finite number, 0 or more/);
  });

  it('ranks best first; equal scores share a rank', () => {
    expect(ranks([50, 70, 50, 90, 0.1 + 0.2, 0.3])).toEqual([3, 2, 3, 1, 5, 5]);
  });
});
