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
  const inYear = year === null ? '' : ` and year = ${Number(year)}`;
  const county = user.countyId;
  const cadres = cadreCounts
    ? {
        column: ', coalesce(k.n, 0) as cadres',
        join: `
       left join (select village_id, count(*) as n from cadre
         where county_id = ? and active and village_id in (select id from page)
         group by village_id) k on k.village_id = p.id`,
        params: [county],
      }
    : { column: '', join: '', params: [] };
  // Each column is one grouped pass over its table for the whole page (hash joins), not a subquery per
  // village: on a 500-row page of a 508-village county, 2.6 ms of PostgreSQL instead of 7.8; at 50 rows,
  // and at 500 rows of a 50,000-village county, no dearer (bench/README.md).
  const rows = await selectRows<{
    id: string;
    tier: number | null;
    status: ApplicationStatus | null;
    cadres?: string | number;
  }>(
    em,
    `with page as materialized (
       select v.id from village v where v.county_id = ? and v.id = any(?)
     )
     select p.id, c.tier, a.status${cadres.column}
     from page p
       left join (select village_id, max(tier) as tier from certification
         where county_id = ? and status = ?${inYear} and village_id in (select id from page)
         group by village_id) c on c.village_id = p.id
       left join (select distinct on (village_id) village_id, status from application
         where county_id = ?${inYear} and village_id in (select id from page)
         order by village_id, year desc, created_at desc, id desc) a on a.village_id = p.id${cadres.join}`,
    [county, [...ids], county, CertificationStatus.ACTIVE, county, ...cadres.params],
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
