import { badInput } from '../../graphql/errors.js';

/**
 * The township annual review's default formula (domain.md §5: the scheme is part of each township's
 * annual target assessment). Each weight multiplies a component between 0 and 1, so with these weights
 * a score runs from 0 to 100:
 * - `certifiedShare`: villages holding tier ≥ 1 in the year / the township's villages;
 * - `planProgress`: min(1, villages newly reaching tier ≥ 1 in the year / the yearly target), the target
 *   being ceil(villages × the scheme's new-reach ratio), ceil(villages / 3) by default;
 * - `trainingsAttended`: 1 when the township, or one of its villages, attended a training that year;
 * - `applicationQuality`: 1 − min(1, (returned + failed applications) / max(1, applications)), over the
 *   year's applications that left the draft stage.
 */
export const DEFAULT_REVIEW_WEIGHTS = Object.freeze({
  certifiedShare: 40,
  planProgress: 30,
  trainingsAttended: 10,
  applicationQuality: 20,
});

export type ReviewWeights = { -readonly [K in keyof typeof DEFAULT_REVIEW_WEIGHTS]: number };
export type WeightKey = keyof ReviewWeights;
export const WEIGHT_KEYS = Object.keys(DEFAULT_REVIEW_WEIGHTS) as WeightKey[];

const isWeightKey = (key: string): key is WeightKey => (WEIGHT_KEYS as string[]).includes(key);

/**
 * A county's own weights over the defaults: known keys only, each a finite number ≥ 0. Keys left out
 * keep their default weight; a weight of 0 leaves its component out.
 */
export function parseWeights(
  raw: Record<string, unknown> | null | undefined,
  field = 'weights',
): ReviewWeights {
  const weights: ReviewWeights = { ...DEFAULT_REVIEW_WEIGHTS };
  for (const [key, value] of Object.entries(raw ?? {})) {
    if (!isWeightKey(key)) {
      throw badInput(`${field}.${key}`, `unknown weight "${key}"; use ${WEIGHT_KEYS.join(', ')}`);
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw badInput(`${field}.${key}`, 'must be a finite number, 0 or more');
    }
    weights[key] = value;
  }
  return weights;
}

/** What the review counts for one township in one year. */
export interface TownshipFacts {
  villageCount: number;
  /** Villages holding an active certification (tier ≥ 1) for the year. */
  certifiedVillages: number;
  /** Of those, villages without an active certification for any earlier year. */
  newlyReached: number;
  /** Applications of the year past the draft stage, and how many of them are returned or failed. */
  applications: number;
  returnedApplications: number;
  failedApplications: number;
  /** Trainings of the year attended by the township or one of its villages. */
  trainingsAttended: number;
}

export interface TownshipScore {
  score: number;
  newReachTarget: number;
  certifiedShare: number;
  planProgress: number;
  applicationQuality: number;
}

/** The yearly new-reach target: ceil(villages × ratio), robust to the ratio's rounding (1/3 × 9 = 3). */
export const newReachTarget = (villageCount: number, ratio: number) =>
  Math.max(0, Math.ceil(villageCount * ratio - 1e-9));

/** The score of one township: Σ weight × component (see DEFAULT_REVIEW_WEIGHTS). */
export function townshipScore(
  f: TownshipFacts,
  weights: ReviewWeights,
  newReachRatio: number,
): TownshipScore {
  const target = newReachTarget(f.villageCount, newReachRatio);
  const certifiedShare = f.villageCount > 0 ? f.certifiedVillages / f.villageCount : 0;
  const planProgress = target > 0 ? Math.min(1, f.newlyReached / target) : 0;
  const troubled = f.returnedApplications + f.failedApplications;
  const applicationQuality = 1 - Math.min(1, troubled / Math.max(1, f.applications));
  const trained = f.trainingsAttended >= 1 ? 1 : 0;
  const score =
    weights.certifiedShare * certifiedShare +
    weights.planProgress * planProgress +
    weights.trainingsAttended * trained +
    weights.applicationQuality * applicationQuality;
  return { score, newReachTarget: target, certifiedShare, planProgress, applicationQuality };
}

/** Competition ranks (1, 2, 2, 4): rank 1 is the best score; equal scores share a rank. */
export function ranks(scores: number[]): number[] {
  const key = (x: number) => Math.round(x * 1e9);
  const sorted = scores.map(key).sort((a, b) => b - a);
  return scores.map((s) => sorted.indexOf(key(s)) + 1);
}
