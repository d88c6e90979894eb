import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthUser } from '../../auth/scope.js';
import { selectRows } from '../../db/select-rows.js';
import type { Context } from '../../graphql/context.js';
import type { ApplicationStatus } from '../applications/application.entity.js';
import { CertificationStatus } from '../certifications/certification.entity.js';

/** Where a village stands in a year, as a list of villages shows it. */
export interface VillageStanding {
  /** The highest tier of its ACTIVE certifications of the year (of any year); null if none. */
  currentTier: number | null;
  /** The status of its newest application of the year (of any year, the latest year first); null if none. */
  latestApplicationStatus: ApplicationStatus | null;
}

export const NO_STANDING: VillageStanding = { currentTier: null, latestApplicationStatus: null };

/**
 * The standing of every village of a page, in one statement per page (DataLoader batches the page's
 * villages) whatever its size, for `year` (any year when null).
 *
 * Plain SQL rather than the ORM's query builder: the ORM processes each id of a page's `in (…)` list as
 * a criterion of its own, which made these two columns cost as much as the rest of a 500-row page
 * (bench/README.md). Scope: the ids are villages this request has already read through its scope, and
 * a village's certifications and applications are visible to whoever sees the village (their scope
 * paths go through it); the county condition keeps the statement within the caller's tenant anyway.
 */
export function villageStandingLoader(
  ctx: Context,
  year: number | null,
): DataLoader<string, VillageStanding> {
  return ctx.loaders.batch<VillageStanding>(
    'villageStanding',
    async (ids) => {
      const rows = await standings(ctx.em, ctx.user, year, ids);
      return ids.map((id) => rows.get(id) ?? NO_STANDING);
    },
    year,
  );
}

/** A village's standing and, when asked for, its active cadres (as `activeCadreCountLoader` counts them). */
export type StandingRow = VillageStanding & { cadreCount?: number };

/**
 * The standing of each village of `ids` in `year`, in one statement; with `cadreCounts`, the same
 * statement also counts each village's active cadres, so that a page selecting both columns reads them
 * in one round trip (village-list.ts).
 */
export async function standings(
  em: EntityManager,
  user: AuthUser | null,
  year: number | null,
  ids: readonly string[],
  { cadreCounts = false } = {},
): Promise<Map<string, StandingRow>> {
  if (!user) return new Map(); // no user, nothing visible (as graphql/loaders.ts)
  const inYear = (alias: string) => (year === null ? '' : ` and ${alias}.year = ${Number(year)}`);
  const cadres = cadreCounts
    ? `,
       (select count(*) from cadre k
         where k.village_id = v.id and k.county_id = v.county_id and k.active) as cadres`
    : '';
  const rows = await selectRows<{
    id: string;
    tier: number | null;
    status: ApplicationStatus | null;
    cadres?: string | number;
  }>(
    em,
    `select v.id,
       (select max(c.tier) from certification c
         where c.village_id = v.id and c.county_id = v.county_id and c.status = ?${inYear('c')}) as tier,
       (select a.status from application a
         where a.village_id = v.id and a.county_id = v.county_id${inYear('a')}
         order by a.year desc, a.created_at desc, a.id desc limit 1) as status${cadres}
     from village v
     where v.county_id = ? and v.id = any(?)`,
    [CertificationStatus.ACTIVE, user.countyId, [...ids]],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        currentTier: r.tier,
        latestApplicationStatus: r.status,
        ...(cadreCounts ? { cadreCount: Number(r.cadres) } : {}),
      },
    ]),
  );
}
