import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere, type AuthUser } from '../../auth/scope.js';
import { Cadre } from '../cadres/cadre.entity.js';
import { Certification, CertificationStatus } from '../certifications/certification.entity.js';
import { Village } from '../geography/village.entity.js';
import { schemeInForce, tierOf } from '../schemes/scheme.service.js';
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
  const certifications = await em.find(
    Certification,
    { $and: [scopeWhere('Certification', user), { year, status: CertificationStatus.ACTIVE }] } as never,
    { populate: ['village'], orderBy: { tier: 'desc' } },
  );
  const highest = new Map<string, Certification>();
  for (const c of certifications) if (!highest.has(c.village.id)) highest.set(c.village.id, c);
  const counts = await activeCadreCounts(em, user.countyId);

  const lines: PayoutLine[] = [...highest.values()]
    .map((c) => {
      const village = c.village.getEntity() as Village;
      const tier = tierOf(scheme, c.tier);
      const cadreCount = counts.get(village.id) ?? 0;
      const cadreReward = cadreCount * tier.cadreReward;
      return {
        villageId: village.id,
        villageName: village.name,
        townshipId: village.township.id,
        certificationId: c.id,
        tier: c.tier,
        cadreCount,
        cadreReward,
        activityFund: tier.activityFund,
        total: cadreReward + tier.activityFund,
        code: village.code,
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
