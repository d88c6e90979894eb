/** The township plans' progress and the write-off ledger (销账台账) for one year, in one request. */
export const PLAN_PROGRESS_QUERY = `query PlanProgress($year: Int!) {
  planProgress(year: $year) {
    townshipId townshipName townshipCode year villageCount reachedCount newlyReachedCount
    notYetReachedCount newReachRatio target onTrack behind plannedCount writtenOffCount openCount overdueCount
  }
  planLedger(year: $year) {
    id townshipId villageId village { id name } periodStart periodEnd targetYear targetTier status note
    writtenOffAt certification { id year tier }
  }
}`;

export interface TownshipProgress {
  townshipId: string;
  townshipName: string;
  townshipCode: string;
  year: number;
  villageCount: number;
  reachedCount: number;
  newlyReachedCount: number;
  notYetReachedCount: number;
  newReachRatio: number;
  target: number;
  onTrack: boolean;
  behind: boolean;
  plannedCount: number;
  writtenOffCount: number;
  openCount: number;
  overdueCount: number;
}

export interface LedgerLine {
  id: string;
  townshipId: string;
  villageId: string;
  village: { id: string; name: string } | null;
  periodStart: number;
  periodEnd: number;
  targetYear: number;
  targetTier: number;
  status: 'OPEN' | 'WRITTEN_OFF';
  note: string | null;
  writtenOffAt: string | null;
  certification: { id: string; year: number; tier: number } | null;
}

export interface PlanProgressData {
  planProgress: TownshipProgress[];
  planLedger: LedgerLine[];
}

/** The county's (or the officer's township's) figures summed over the townships shown. */
export function totals(rows: TownshipProgress[]) {
  const sum = (key: keyof TownshipProgress) => rows.reduce((n, r) => n + Number(r[key]), 0);
  return {
    villageCount: sum('villageCount'),
    reachedCount: sum('reachedCount'),
    newlyReachedCount: sum('newlyReachedCount'),
    target: sum('target'),
    behind: rows.filter((r) => r.behind).length,
    plannedCount: sum('plannedCount'),
    writtenOffCount: sum('writtenOffCount'),
    openCount: sum('openCount'),
    overdueCount: sum('overdueCount'),
  };
}

/** An open line whose target year has passed by the year looked at. */
export const isOverdue = (line: LedgerLine, year: number) => line.status === 'OPEN' && line.targetYear < year;
