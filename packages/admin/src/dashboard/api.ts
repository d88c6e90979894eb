/** The dashboard's one query (the server computes every figure for the caller's scope). */
export const DASHBOARD_QUERY = `
  query Dashboard($year: Int!) {
    dashboard(year: $year) {
      year certifiedVillages
      certifiedByTier { tier villageCount }
      certifiedByTownship { townshipId townshipName certifiedVillages byTier { tier villageCount } }
      applicationCount applicationsByStatus { status count }
      funds { year villageCount cadreCount cadreRewardTotal activityFundTotal total }
      plan {
        villageCount reachedCount newlyReachedCount target townshipCount onTrackTownships
        townships { townshipId townshipName villageCount newlyReachedCount target onTrack }
      }
      trainings { trainingCount townshipsCovered townshipCount }
    }
  }
`;

export interface TierCount {
  tier: number;
  villageCount: number;
}

export interface TownshipTiers {
  townshipId: string;
  townshipName: string;
  certifiedVillages: number;
  byTier: TierCount[];
}

export type ApplicationStatus =
  'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'FORWARDED' | 'ASSESSING' | 'PASSED' | 'FAILED';

export interface FundsYear {
  year: number;
  villageCount: number;
  cadreCount: number;
  cadreRewardTotal: number;
  activityFundTotal: number;
  total: number;
}

export interface TownshipPlan {
  townshipId: string;
  townshipName: string;
  villageCount: number;
  newlyReachedCount: number;
  target: number;
  onTrack: boolean;
}

export interface DashboardData {
  year: number;
  certifiedVillages: number;
  certifiedByTier: TierCount[];
  certifiedByTownship: TownshipTiers[];
  applicationCount: number;
  applicationsByStatus: { status: ApplicationStatus; count: number }[];
  funds: FundsYear[];
  plan: {
    villageCount: number;
    reachedCount: number;
    newlyReachedCount: number;
    target: number;
    townshipCount: number;
    onTrackTownships: number;
    townships: TownshipPlan[];
  };
  trainings: { trainingCount: number; townshipsCovered: number; townshipCount: number };
}

/** The villages at one tier (0 when the tier is absent). */
export const atTier = (counts: TierCount[], tier: number) =>
  counts.find((c) => c.tier === tier)?.villageCount ?? 0;

/** The applications in one status. */
export const inStatus = (d: DashboardData, status: ApplicationStatus) =>
  d.applicationsByStatus.find((s) => s.status === status)?.count ?? 0;

/** A village clerk's own applications of the year (the API limits the list to the clerk's village). */
export const OWN_APPLICATIONS_QUERY = `
  query OwnApplications($year: Int!) {
    allApplications(filter: { year: $year }, perPage: 5, sortField: "updatedAt", sortOrder: "DESC") {
      id status targetTier vetComment village { name }
    }
  }
`;

export interface OwnApplication {
  id: string;
  status: ApplicationStatus;
  targetTier: number;
  vetComment: string | null;
  village: { name: string } | null;
}
