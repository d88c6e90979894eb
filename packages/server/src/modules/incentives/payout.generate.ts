import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthUser } from '../../auth/scope.js';
import { writeAudit } from '../audit/audit.service.js';
import { Cadre } from '../cadres/cadre.entity.js';
import { Certification } from '../certifications/certification.entity.js';
import { payoutSchedule } from './payout.schedule.js';
import { Payout, PayoutKind, PayoutStatus } from './payout.entity.js';

export interface GenerateReport {
  created: number;
  removed: number;
  updated: number;
}

/**
 * Freezes the year's statement: one Payout per active cadre's reward and one per village's activity
 * fund, for every certification of the schedule. Lines already generated stay as they are, so running
 * it twice creates nothing new. With `regenerate`, unpaid lines follow the current schedule (cadres who
 * left, joined or changed; revoked certifications); paid lines are never touched.
 */
export async function generatePayouts(
  tx: EntityManager,
  user: AuthUser,
  year: number,
  regenerate: boolean,
): Promise<GenerateReport> {
  // One statement per county and year at a time: concurrent runs wait here instead of racing. Through
  // the transaction (tx.execute, not getConnection().execute, which takes another pooled connection and
  // would release the lock as soon as it was granted), so it is held until this run commits.
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`payouts:${user.countyId}:${year}`]);
  const schedule = await payoutSchedule(tx, user, year);
  const existing = await tx.find(Payout, { county: user.countyId, year });
  const byCertification = new Map<string, Payout[]>();
  for (const p of existing) {
    const list = byCertification.get(p.certification.id) ?? [];
    list.push(p);
    byCertification.set(p.certification.id, list);
  }
  const cadres = await tx.find(
    Cadre,
    { village: { $in: schedule.lines.map((l) => l.villageId) }, active: true },
    { orderBy: { name: 'asc' } },
  );
  const cadresOf = new Map<string, Cadre[]>();
  for (const c of cadres) cadresOf.set(c.village.id, [...(cadresOf.get(c.village.id) ?? []), c]);

  const report: GenerateReport = { created: 0, removed: 0, updated: 0 };
  const scheduled = new Set(schedule.lines.map((l) => l.certificationId));
  for (const line of schedule.lines) {
    const lines = byCertification.get(line.certificationId) ?? [];
    if (lines.length > 0 && !regenerate) continue;
    const rewardPerCadre = line.cadreCount > 0 ? line.cadreReward / line.cadreCount : 0;
    const base = {
      county: user.countyId,
      year,
      village: line.villageId,
      certification: tx.getReference(Certification, line.certificationId),
      tier: line.tier,
      villageName: line.villageName,
    };
    const wanted = new Map((cadresOf.get(line.villageId) ?? []).map((c) => [c.id, c]));
    for (const p of lines) {
      if (p.status === PayoutStatus.PAID) {
        if (p.cadre) wanted.delete(p.cadre.id);
        continue;
      }
      const stillOwed = p.kind === PayoutKind.ACTIVITY_FUND || (p.cadre && wanted.has(p.cadre.id));
      if (!stillOwed) {
        tx.remove(p);
        report.removed++;
        continue;
      }
      const cadre = p.cadre ? wanted.get(p.cadre.id) : undefined;
      const amount = p.kind === PayoutKind.ACTIVITY_FUND ? line.activityFund : rewardPerCadre;
      const payeeName = cadre?.name ?? line.villageName;
      if (p.amount !== amount || p.payeeName !== payeeName || p.tier !== line.tier) {
        Object.assign(p, { amount, payeeName, tier: line.tier, payeePosition: cadre?.position ?? null });
        report.updated++;
      }
      if (p.cadre) wanted.delete(p.cadre.id);
    }
    for (const cadre of wanted.values()) {
      tx.create(Payout, {
        ...base,
        kind: PayoutKind.CADRE_REWARD,
        cadre,
        amount: rewardPerCadre,
        payeeName: cadre.name,
        payeePosition: cadre.position,
      });
      report.created++;
    }
    if (!lines.some((p) => p.kind === PayoutKind.ACTIVITY_FUND)) {
      tx.create(Payout, {
        ...base,
        kind: PayoutKind.ACTIVITY_FUND,
        amount: line.activityFund,
        payeeName: line.villageName,
      });
      report.created++;
    }
  }
  if (regenerate) {
    // Certifications no longer in the schedule (revoked): their unpaid lines go.
    for (const p of existing) {
      if (!scheduled.has(p.certification.id) && p.status === PayoutStatus.UNPAID) {
        tx.remove(p);
        report.removed++;
      }
    }
  }
  if (report.created + report.removed + report.updated > 0) {
    writeAudit(tx, user, regenerate ? 'regenerate' : 'generate', 'PayoutStatement', null, null, {
      year,
      ...report,
    });
  }
  await tx.flush();
  return report;
}
