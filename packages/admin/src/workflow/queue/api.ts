/** What the assessor's queue reads: the forwarded applications best-first, and those being assessed. */
export interface QueueVillage {
  id: string;
  name: string;
  township: { id: string; name: string } | null;
}

export interface QueuedApplication {
  id: string;
  targetTier: number;
  readiness: number | null;
  weakestIndicatorKey: string | null;
  vettedAt: string | null;
  village: QueueVillage | null;
}

export interface AssessingApplication extends QueuedApplication {
  assessment: {
    id: string;
    plan: string[];
    steps: { indicatorKey: string }[];
    nextIndicatorKey: string | null;
  } | null;
}

export interface QueueData {
  assessmentQueue: QueuedApplication[];
  assessing: AssessingApplication[];
}

const APPLICATION =
  'id targetTier readiness weakestIndicatorKey vettedAt village { id name township { id name } }';

export const QUEUE_QUERY = `query AssessmentQueue($year: Int!) {
  assessmentQueue(year: $year) { ${APPLICATION} }
  assessing: allApplications(filter: { year: $year, status: ASSESSING }, perPage: 500, sortField: "updatedAt", sortOrder: "DESC") {
    ${APPLICATION}
    assessment { id plan nextIndicatorKey steps { indicatorKey } }
  }
}`;

export const START_ASSESSMENT = `mutation StartAssessment($applicationId: ID!) {
  startAssessment(applicationId: $applicationId) { id status }
}`;
