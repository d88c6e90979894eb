/** The panel's survey (全面摸排): every village in scope ranked by readiness for a tier. */
export interface PreAssessmentRow {
  villageId: string;
  villageName: string;
  townshipId: string;
  applicationId: string | null;
  declaredYear: number | null;
  readiness: number | null;
  weakestIndicatorKey: string | null;
  failingCount: number;
  problem: string | null;
}

export const PRE_ASSESSMENT_QUERY = `query PreAssessment($year: Int!, $tier: Int!) {
  preAssessment(year: $year, tier: $tier) {
    villageId villageName townshipId applicationId declaredYear readiness weakestIndicatorKey failingCount problem
  }
}`;
