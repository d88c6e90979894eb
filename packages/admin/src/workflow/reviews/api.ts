/** The reviews screen's queries: the API's own review and statistics operations. */

export interface Weights {
  certifiedShare: number;
  planProgress: number;
  trainingsAttended: number;
  applicationQuality: number;
}

/** The server's default formula (review.formula.ts): 40/30/10/20, a score out of 100. */
export const DEFAULT_WEIGHTS: Weights = {
  certifiedShare: 40,
  planProgress: 30,
  trainingsAttended: 10,
  applicationQuality: 20,
};

export const WEIGHT_KEYS = Object.keys(DEFAULT_WEIGHTS) as (keyof Weights)[];

export const TOWNSHIP_REVIEW_QUERY = `
  query TownshipReview($year: Int!, $weights: JSONObject) {
    townshipReview(year: $year, weights: $weights) {
      townshipId name code score rank
      components {
        certifiedShare planProgress applicationQuality trainingsAttended
        villageCount certifiedVillages newlyReached newReachTarget
        applications returnedApplications failedApplications
      }
    }
  }
`;

export interface TownshipReview {
  townshipId: string;
  name: string;
  code: string;
  score: number;
  rank: number;
  components: {
    certifiedShare: number;
    planProgress: number;
    applicationQuality: number;
    trainingsAttended: number;
    villageCount: number;
    certifiedVillages: number;
    newlyReached: number;
    newReachTarget: number;
    applications: number;
    returnedApplications: number;
    failedApplications: number;
  };
}

export const DEPARTMENT_REVIEW_QUERY = `
  query DepartmentReview($year: Int!, $weights: JSONObject) {
    departmentReview(year: $year, weights: $weights) {
      departmentId name kind score rank townshipCount villageCount bundledTownshipIds
    }
  }
`;

export interface DepartmentReview {
  departmentId: string;
  name: string;
  kind: string;
  score: number | null;
  rank: number | null;
  townshipCount: number;
  villageCount: number;
  bundledTownshipIds: string[];
}

export const TRAINING_COVERAGE_QUERY = `
  query TrainingCoverage($fromYear: Int!, $toYear: Int!) {
    trainingCoverage(fromYear: $fromYear, toYear: $toYear) { year trainingCount flagged }
  }
`;

export interface TrainingYear {
  year: number;
  trainingCount: number;
  flagged: boolean;
}

export const ECONOMY_QUERY = `
  query EconomyStatistics($year: Int!) {
    economyStatistics(year: $year) {
      year totalVillages villageCount withAccumulation qualifying operatingIncomeTotal accumulationTotal
      byModel { model villageCount withAccumulation qualifying operatingIncomeTotal accumulationTotal }
    }
  }
`;

export interface EconomyFigures {
  villageCount: number;
  withAccumulation: number;
  qualifying: number;
  operatingIncomeTotal: number;
  accumulationTotal: number;
}

export interface EconomyStatistics extends EconomyFigures {
  year: number;
  totalVillages: number;
  byModel: (EconomyFigures & { model: string | null })[];
}

/** A share (0–1) as a percentage with one decimal. */
export const percent = (share: number, locale: string) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);

/** A score with one decimal. */
export const score = (value: number, locale: string) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
