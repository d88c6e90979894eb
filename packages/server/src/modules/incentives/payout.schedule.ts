import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere, type AuthUser } from '../../auth/scope.js';
import { Cadre } from '../cadres/cadre.entity.js';
import { Certification, CertificationStatus } from '../certifications/certification.entity.js';
import type { Scheme } from '../schemes/scheme.entity.js';
import { noSchemeInForce, schemeInForce, schemesInForce, tierOf } from '../schemes/scheme.service.js';
import type { PayoutLine, PayoutSchedule } from './payout.views.js';

/**
 * What each certified village and its cadres are owed for a year: the certifications active that year
 * (the highest tier per village), the amounts of the scheme in force for that year, and the village's
 * active cadres now. Three queries, whatever the county's size.
 */
export async function payoutSchedule(
  em: EntityManager,
  user: AuthUser,
  year: number,
): Promise<PayoutSchedule> {
  const scheme = await schemeInForce(em, user.countyId, year);
  const certifications = await activeCertifications(em, user, year, year);
  const counts = await activeCadreCounts(em, user.countyId);
  return scheduleOf(year, scheme, certifications, counts);
}

/**
 * The schedules of every year from fromYear to toYear, the same as payoutSchedule gives for each, in
 * three queries whatever the number of years. A year before any scheme, without certifications, owes
 * nothing; one with certifications but no scheme is an error, as for payoutSchedule.
 */
export async function payoutSchedules(
  em: EntityManager,
  user: AuthUser,
  fromYear: number,
  toYear: number,
): Promise<PayoutSchedule[]> {
  const [schemes, certifications, counts] = await Promise.all([
    schemesInForce(em, user.countyId, fromYear, toYear),
    activeCertifications(em, user, fromYear, toYear),
    activeCadreCounts(em, user.countyId),
  ]);
  const schedules: PayoutSchedule[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const ofYear = certifications.filter((c) => c.year === year);
    schedules.push(scheduleOf(year, schemes.get(year) ?? null, ofYear, counts));
  }
  return schedules;
}

/** An active certification with what a schedule line shows of its village. */
interface CertifiedVillage {
  id: string;
  villageId: string;
  villageName: string;
  villageCode: string;
  townshipId: string;
  tier: number;
  year: number;
}

/**
 * The active certifications of [fromYear, toYear] in the user's scope with their villages, highest tier
 * first. Plain rows, not entities: a schedule only reads them, and hydrating every certification with
 * its village was most of the request's time (bench/README.md).
 */
function activeCertifications(
  em: EntityManager,
  user: AuthUser,
  fromYear: number,
  toYear: number,
): Promise<CertifiedVillage[]> {
  return em
    .createQueryBuilder(Certification, 'c')
    .select([
      raw('c.id as id'),
      raw('c.village_id as "villageId"'),
      raw('v.name as "villageName"'),
      raw('v.code as "villageCode"'),
      raw('v.township_id as "townshipId"'),
      raw('c.tier as tier'),
      raw('c.year as year'),
    ])
    .join('c.village', 'v')
    .where({
      $and: [
        scopeWhere('Certification', user),
        { year: { $gte: fromYear, $lte: toYear }, status: CertificationStatus.ACTIVE },
      ],
    } as never)
    .orderBy({ tier: 'desc' })
    .execute<CertifiedVillage[]>('all', false);
}

/**
 * One year's schedule from its certifications (highest tier first), its scheme (null: none in force,
 * an error only if something is owed) and the cadre counts.
 */
function scheduleOf(
  year: number,
  scheme: Scheme | null,
  certifications: CertifiedVillage[],
  counts: Map<string, number>,
): PayoutSchedule {
  const highest = new Map<string, CertifiedVillage>();
  for (const c of certifications) if (!highest.has(c.villageId)) highest.set(c.villageId, c);

  const lines: PayoutLine[] = [...highest.values()]
    .map((c) => {
      if (!scheme) throw noSchemeInForce(year);
      const tier = tierOf(scheme, c.tier);
      const cadreCount = counts.get(c.villageId) ?? 0;
      const cadreReward = cadreCount * tier.cadreReward;
      return {
        villageId: c.villageId,
        villageName: c.villageName,
        townshipId: c.townshipId,
        certificationId: c.id,
        tier: c.tier,
        cadreCount,
        cadreReward,
        activityFund: tier.activityFund,
        total: cadreReward + tier.activityFund,
        code: c.villageCode,
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code))
    .map(({ code: _code, ...line }) => line);

  const sum = (pick: (l: PayoutLine) => number) => lines.reduce((s, l) => s + pick(l), 0);
  return {
    year,
    villageCount: lines.length,
    cadreCount: sum((l) => l.cadreCount),
    cadreRewardTotal: sum((l) => l.cadreReward),
    activityFundTotal: sum((l) => l.activityFund),
    total: sum((l) => l.total),
    lines,
  };
}

/**
 * Active cadres per village of the county, in one grouped query whose text does not grow with the
 * county (a list of village ids would: 389 KB of SQL at 50,000 villages, see bench/README.md).
 */
export async function activeCadreCounts(em: EntityManager, countyId: string): Promise<Map<string, number>> {
  const rows = await em
    .createQueryBuilder(Cadre, 'c')
    .select([raw('c.village_id as village'), raw('count(*) as n')])
    .where({ county: countyId, active: true })
    .groupBy(raw('c.village_id'))
    .execute<{ village: string; n: string | number }[]>('all', false);
  return new Map(rows.map((r) => [r.village, Number(r.n)]));
}
