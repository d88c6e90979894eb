/** What the township officer's ranking reads and the vetting step it takes. */
export interface RankedApplication {
  id: string;
  status: string;
  targetTier: number;
  readiness: number | null;
  weakestIndicatorKey: string | null;
  submittedAt: string | null;
  vetComment: string | null;
  village: { id: string; name: string; township: { id: string; name: string } | null } | null;
}

export interface RankingData {
  applicationRanking: {
    quota: number | null;
    forwardedCount: number;
    applications: RankedApplication[];
  };
}

export const RANKING_QUERY = `query ApplicationRanking($year: Int!, $townshipId: ID) {
  applicationRanking(year: $year, townshipId: $townshipId) {
    quota
    forwardedCount
    applications {
      id status targetTier readiness weakestIndicatorKey submittedAt vetComment
      village { id name township { id name } }
    }
  }
}`;

export const VET_APPLICATION = `mutation VetApplication($id: ID!, $decision: VetDecision!, $comment: String) {
  vetApplication(id: $id, decision: $decision, comment: $comment) { id status vetComment }
}`;

export type VetDecision = 'FORWARD' | 'RETURN';

/** Quota left, or null when the scheme sets none. */
export function quotaLeft(quota: number | null, forwardedCount: number): number | null {
  return quota === null ? null : Math.max(quota - forwardedCount, 0);
}
