import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere, type AuthUser } from '../../auth/scope.js';
import { AppError, badInput } from '../../graphql/errors.js';
import { snapshot } from '../../graphql/records.js';
import { writeAudit } from '../audit/audit.service.js';
import { Certification, CertificationStatus } from '../certifications/certification.entity.js';
import { Township } from '../geography/township.entity.js';
import { Village } from '../geography/village.entity.js';
import { schemeInForce } from '../schemes/scheme.service.js';
import { PlanItem, PlanItemStatus } from './plan-item.entity.js';
import type { TownshipPlanProgressView } from './plan.views.js';

type Actor = Pick<AuthUser, 'id' | 'username' | 'countyId'>;

/** A plan covers its first year and the next two. */
export const PERIOD_YEARS = 3;
const DEFAULT_NEW_REACH_RATIO = 1 / 3;

/*
 * Locking. A plan line and a certification of the same village may be saved at the same time; the
 * ledger must end up right either way, so both sides serialize on the village row (FOR NO KEY UPDATE,
 * which does not block the inserts that merely reference the village). A line's update already holds
 * the line (the factory locks it) before the village, so a certification locks the village's lines
 * first and the village second: the same order, never a deadlock. Each side then reads what the other
 * committed: the certification sees a line created meanwhile, the line sees a certification.
 */

async function lockVillage(tx: EntityManager, villageId: string): Promise<void> {
  await tx.execute('select 1 from village where id = ? for no key update', [villageId]);
}

function writeOff(tx: EntityManager, line: PlanItem, certification: Certification, actor: Actor): void {
  const before = snapshot(line);
  line.status = PlanItemStatus.WRITTEN_OFF;
  line.certification = ref(certification);
  line.writtenOffAt = new Date();
  writeAudit(tx, actor, 'write-off', 'PlanItem', line.id, before, snapshot(line));
}

/**
 * Writes off (销账) the open plan lines a certification fulfils: the village's lines whose target tier
 * is at or below the certified tier and whose three-year period contains the certified year (also when
 * that is after the line's target year: the line is then fulfilled late, which its certification's year
 * shows). Runs in the certifying transaction; the caller flushes.
 */
export async function writeOffPlanLines(
  tx: EntityManager,
  certification: Certification,
  actor: Actor,
): Promise<void> {
  if (certification.status !== CertificationStatus.ACTIVE) return;
  const villageId = certification.village.id;
  await tx.execute('select 1 from plan_item where village_id = ? order by id for update', [villageId]);
  await lockVillage(tx, villageId);
  const lines = await tx.find(
    PlanItem,
    {
      village: villageId,
      status: PlanItemStatus.OPEN,
      targetTier: { $lte: certification.tier },
      periodStart: { $gte: certification.year - (PERIOD_YEARS - 1), $lte: certification.year },
    },
    { orderBy: { periodStart: 'asc', id: 'asc' }, refresh: true },
  );
  for (const line of lines) writeOff(tx, line, certification, actor);
}

/**
 * Reopens the lines a revoked certification had written off, then settles each again: another active
 * certification of the period may still fulfil it. Runs in the revoking transaction.
 */
export async function reopenPlanLines(
  tx: EntityManager,
  certification: Certification,
  actor: Actor,
): Promise<void> {
  await tx.execute('select 1 from plan_item where village_id = ? order by id for update', [
    certification.village.id,
  ]);
  const lines = await tx.find(
    PlanItem,
    { certification: certification.id, status: PlanItemStatus.WRITTEN_OFF },
    { refresh: true },
  );
  for (const line of lines) {
    const before = snapshot(line);
    line.status = PlanItemStatus.OPEN;
    line.certification = null;
    line.writtenOffAt = null;
    await settlePlanLine(tx, line, actor);
    writeAudit(tx, actor, 'reopen', 'PlanItem', line.id, before, snapshot(line));
  }
}

/**
 * Readies a plan line for saving (create or update): it belongs to its village's township, its target
 * year lies in its period, it is the village's only line of the period, and it is written off at once
 * when the village already holds a certification that fulfils it.
 */
export async function settlePlanLine(tx: EntityManager, line: PlanItem, actor: Actor): Promise<void> {
  const village = await tx.findOneOrFail(Village, line.village.id);
  line.township = village.township;
  const last = line.periodStart + PERIOD_YEARS - 1;
  if (line.targetYear < line.periodStart || line.targetYear > last) {
    throw badInput(
      'targetYear',
      `must lie in the plan period ${line.periodStart}–${last} (periodStart to periodStart + ${PERIOD_YEARS - 1})`,
    );
  }
  await lockVillage(tx, village.id);
  const other = await tx.findOne(PlanItem, {
    village: village.id,
    periodStart: line.periodStart,
    id: { $ne: line.id },
  });
  if (other) {
    throw new AppError(
      'CONFLICT',
      `${village.name} already has a line in the plan for ${line.periodStart}–${last}; change that one.`,
      { field: 'villageId', existingId: other.id },
    );
  }
  if (line.status !== PlanItemStatus.OPEN) return;
  const fulfilled = await tx.findOne(
    Certification,
    {
      village: village.id,
      status: CertificationStatus.ACTIVE,
      tier: { $gte: line.targetTier },
      year: { $gte: line.periodStart, $lte: last },
    },
    { orderBy: { year: 'asc', tier: 'desc', createdAt: 'asc' } },
  );
  if (fulfilled) writeOff(tx, line, fulfilled, actor);
}

/**
 * Villages that should newly reach tier 1 in a year: ceil(villageCount × ratio). A ratio of 1/n is
 * computed as ceil(villageCount / n) in exact integer terms, so 13 × (1/3) gives 5 and 12 × (1/3) gives 4
 * whatever the floating point rounding of 1/3.
 */
export function newReachTarget(villageCount: number, ratio: number): number {
  if (villageCount <= 0) return 0;
  const r = ratio > 0 && ratio <= 1 ? ratio : DEFAULT_NEW_REACH_RATIO;
  const inverse = 1 / r;
  const n = Math.round(inverse);
  if (Math.abs(inverse - n) < 1e-9) return Math.ceil(villageCount / n);
  return Math.ceil(villageCount * r - 1e-9);
}

interface ReachRow {
  townshipId: string;
  villageCount: string | number;
  reachedCount: string | number;
  newlyReachedCount: string | number;
  reachedBeforeCount: string | number;
}

interface PlanRow {
  townshipId: string;
  plannedCount: string | number;
  writtenOffCount: string | number;
  overdueCount: string | number;
}

/**
 * Each township's progress in `year`, for the townships the user may see. A fixed number of SQL
 * statements whatever the number of townships: the townships, the scheme in force, one aggregate over
 * villages and their certifications, one over plan lines.
 */
export async function planProgress(
  em: EntityManager,
  user: AuthUser,
  year: number,
  townshipId?: string,
): Promise<TownshipPlanProgressView[]> {
  const townships = await em.find(
    Township,
    { $and: [scopeWhere('Township', user), townshipId === undefined ? {} : { id: townshipId }] } as never,
    { orderBy: { sortOrder: 'asc nulls last', code: 'asc', id: 'asc' } as never },
  );
  if (!townships.length) return [];

  const scheme = await schemeInForce(em, user.countyId, year).catch((err: unknown) => {
    if (err instanceof AppError) return null; // no scheme yet: the source's one third
    throw err;
  });
  const ratio = scheme?.rules.newReachRatio ?? DEFAULT_NEW_REACH_RATIO;

  // One township asked for (or the only one in scope): aggregate just that one; otherwise the county.
  const only = townships.length === 1 ? townships[0].id : null;
  const reach = await em.execute<ReachRow[]>(
    `select v.township_id as "townshipId",
       count(*) as "villageCount",
       count(*) filter (where c.held) as "reachedCount",
       count(*) filter (where c.held and c.first_year = ?) as "newlyReachedCount",
       count(*) filter (where c.first_year < ?) as "reachedBeforeCount"
     from village v
     left join (
       select village_id, min(year) as first_year, bool_or(year = ?) as held
       from certification
       where county_id = ? and status = ? and year <= ?
       group by village_id
     ) c on c.village_id = v.id
     where v.county_id = ?${only ? ' and v.township_id = ?' : ''}
     group by v.township_id`,
    [
      year,
      year,
      year,
      user.countyId,
      CertificationStatus.ACTIVE,
      year,
      user.countyId,
      ...(only ? [only] : []),
    ],
  );
  const plans = await em.execute<PlanRow[]>(
    `select township_id as "townshipId",
       count(*) filter (where target_year = ?) as "plannedCount",
       count(*) filter (where target_year = ? and status = ?) as "writtenOffCount",
       count(*) filter (where target_year < ? and status = ?) as "overdueCount"
     from plan_item
     where county_id = ? and period_start between ? and ?${only ? ' and township_id = ?' : ''}
     group by township_id`,
    [
      year,
      year,
      PlanItemStatus.WRITTEN_OFF,
      year,
      PlanItemStatus.OPEN,
      user.countyId,
      year - (PERIOD_YEARS - 1),
      year,
      ...(only ? [only] : []),
    ],
  );

  const reachBy = new Map(reach.map((r) => [r.townshipId, r]));
  const plansBy = new Map(plans.map((p) => [p.townshipId, p]));
  return townships.map((township) => {
    const r = reachBy.get(township.id);
    const p = plansBy.get(township.id);
    const villageCount = Number(r?.villageCount ?? 0);
    const newlyReachedCount = Number(r?.newlyReachedCount ?? 0);
    const target = newReachTarget(villageCount, ratio);
    const plannedCount = Number(p?.plannedCount ?? 0);
    const writtenOffCount = Number(p?.writtenOffCount ?? 0);
    const onTrack = newlyReachedCount >= target;
    return {
      townshipId: township.id,
      townshipName: township.name,
      townshipCode: township.code,
      year,
      villageCount,
      reachedCount: Number(r?.reachedCount ?? 0),
      newlyReachedCount,
      notYetReachedCount: villageCount - Number(r?.reachedBeforeCount ?? 0),
      newReachRatio: ratio,
      target,
      onTrack,
      behind: !onTrack,
      plannedCount,
      writtenOffCount,
      openCount: plannedCount - writtenOffCount,
      overdueCount: Number(p?.overdueCount ?? 0),
    };
  });
}
