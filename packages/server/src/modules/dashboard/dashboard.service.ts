import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere, type AuthUser } from '../../auth/scope.js';
import { Application, ApplicationStatus } from '../applications/application.entity.js';
import { payoutSchedules } from '../incentives/payout.schedule.js';
import type { PayoutSchedule } from '../incentives/payout.views.js';
import { planProgress } from '../plans/plan.service.js';
import type { TownshipPlanProgressView } from '../plans/plan.views.js';
import type {
  Dashboard,
  DashboardFundsYear,
  DashboardPlan,
  DashboardStatusCount,
  DashboardTierCount,
  DashboardTownshipTiers,
  DashboardTrainings,
} from './dashboard.views.js';

/** How many years back the funds chart may reach. */
export const FUNDS_YEARS = 5;
const TIERS = [1, 2, 3];

/**
 * The dashboard of a year for the user's scope. Its figures come from the modules that own them —
 * planProgress (plans), payoutSchedules (incentives) — plus two grouped counts, so the number of SQL
 * statements is fixed whatever the number of townships, villages or years.
 */
export async function dashboard(em: EntityManager, user: AuthUser, year: number): Promise<Dashboard> {
  const [progress, schedules, applicationsByStatus, trainings] = await Promise.all([
    planProgress(em, user, year),
    payoutSchedules(em, user, year - FUNDS_YEARS + 1, year),
    countApplicationsByStatus(em, user, year),
    trainingAttendance(em, user.countyId, year),
  ]);
  const current = schedules[schedules.length - 1];
  const tierCounts = (tiers: number[]): DashboardTierCount[] =>
    TIERS.map((tier) => ({ tier, villageCount: tiers.filter((t) => t === tier).length }));
  const certifiedByTownship: DashboardTownshipTiers[] = progress.map((p) => {
    const lines = current.lines.filter((l) => l.townshipId === p.townshipId);
    return {
      townshipId: p.townshipId,
      townshipName: p.townshipName,
      certifiedVillages: lines.length,
      byTier: tierCounts(lines.map((l) => l.tier)),
    };
  });
  const covered = new Set(trainings.map((t) => t.townshipId));
  return {
    year,
    certifiedVillages: current.villageCount,
    certifiedByTier: tierCounts(current.lines.map((l) => l.tier)),
    certifiedByTownship,
    applicationCount: applicationsByStatus.reduce((n, s) => n + s.count, 0),
    applicationsByStatus,
    funds: fundsFromFirstCertifiedYear(schedules),
    plan: planTotals(progress),
    trainings: {
      trainingCount: new Set(trainings.map((t) => t.trainingId)).size,
      townshipsCovered: progress.filter((p) => covered.has(p.townshipId)).length,
      townshipCount: progress.length,
    } satisfies DashboardTrainings,
  };
}

/** The schedules' totals, leaving out the years before the first with certified villages (the year itself stays). */
function fundsFromFirstCertifiedYear(schedules: PayoutSchedule[]): DashboardFundsYear[] {
  const first = schedules.findIndex((s) => s.villageCount > 0);
  return schedules
    .slice(first === -1 ? schedules.length - 1 : first)
    .map(({ lines: _lines, ...totals }) => totals);
}

function planTotals(townships: TownshipPlanProgressView[]): DashboardPlan {
  const sum = (pick: (t: TownshipPlanProgressView) => number) => townships.reduce((n, t) => n + pick(t), 0);
  return {
    villageCount: sum((t) => t.villageCount),
    reachedCount: sum((t) => t.reachedCount),
    newlyReachedCount: sum((t) => t.newlyReachedCount),
    target: sum((t) => t.target),
    townshipCount: townships.length,
    onTrackTownships: townships.filter((t) => t.onTrack).length,
    townships,
  };
}

/** The year's applications in the user's scope per status, every status listed. One grouped statement. */
async function countApplicationsByStatus(
  em: EntityManager,
  user: AuthUser,
  year: number,
): Promise<DashboardStatusCount[]> {
  const rows = await em
    .createQueryBuilder(Application, 'a')
    .select(['a.status', raw('count(*) as n')])
    .where({ $and: [scopeWhere('Application', user), { year }] } as never)
    .groupBy('a.status')
    .execute<{ status: ApplicationStatus; n: string | number }[]>('all', false);
  const counts = new Map(rows.map((r) => [r.status, Number(r.n)]));
  return Object.values(ApplicationStatus).map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/**
 * The year's trainings with the townships that attended (themselves or by one of their villages), one
 * row per training and township; a training nobody is recorded at has a null township. Trainings are
 * county-wide records; the caller narrows the townships to the scope.
 */
async function trainingAttendance(
  em: EntityManager,
  countyId: string,
  year: number,
): Promise<{ trainingId: string; townshipId: string | null }[]> {
  return em.getConnection().execute(
    `select distinct t.id as "trainingId", coalesce(ta.township_id, v.township_id) as "townshipId"
       from training t
       left join training_attendance ta on ta.training_id = t.id
       left join village v on v.id = ta.village_id
      where t.county_id = ? and t.year = ?`,
    [countyId, year],
  );
}
