import DataLoader from 'dataloader';
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere, type AuthUser } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { Application, type ApplicationStatus } from '../applications/application.entity.js';
import { Certification, CertificationStatus } from '../certifications/certification.entity.js';

/**
 * Where a village stands in a year, as a list of villages shows it: the tier it holds and how far its
 * application has come. Each is one grouped statement per page of villages (DataLoader batches the
 * page's villages), whatever the page's size; see bench/README.md.
 */

/** The highest tier of each village's ACTIVE certifications of `year` (of any year when null). */
export function currentTierLoader(ctx: Context, year: number | null): DataLoader<string, number | null> {
  return ctx.loaders.memo(`currentTier:${year ?? 'any'}`, () => {
    return new DataLoader<string, number | null>(async (ids) => {
      const rows = await groupedByVillage<{ tier: number }>(ctx.em, ctx.user, Certification, ids, {
        select: 'max(e.tier) as tier',
        where: { status: CertificationStatus.ACTIVE, ...(year === null ? {} : { year }) },
      });
      return ids.map((id) => rows.get(id)?.tier ?? null);
    });
  });
}

/**
 * The status of each village's newest application of `year` (of any year when null, the latest year
 * first); null when it made none.
 */
export function latestApplicationStatusLoader(
  ctx: Context,
  year: number | null,
): DataLoader<string, ApplicationStatus | null> {
  return ctx.loaders.memo(`latestApplicationStatus:${year ?? 'any'}`, () => {
    return new DataLoader<string, ApplicationStatus | null>(async (ids) => {
      const rows = await groupedByVillage<{ status: ApplicationStatus }>(ctx.em, ctx.user, Application, ids, {
        select: '(array_agg(e.status order by e.year desc, e.created_at desc, e.id desc))[1] as status',
        where: year === null ? {} : { year },
      });
      return ids.map((id) => rows.get(id)?.status ?? null);
    });
  });
}

/** One aggregate row per village among `ids`, over the rows of `entity` the user may see. */
async function groupedByVillage<R>(
  em: EntityManager,
  user: AuthUser | null,
  entity: typeof Certification | typeof Application,
  ids: readonly string[],
  q: { select: string; where: Record<string, unknown> },
): Promise<Map<string, R>> {
  if (!user) return new Map(); // no user, nothing visible (as graphql/loaders.ts)
  const rows = await em
    .createQueryBuilder(entity, 'e')
    .select([raw('e.village_id as village'), raw(q.select)])
    .where({ $and: [scopeWhere(entity.name, user), { ...q.where, village: { $in: [...ids] } }] } as never)
    .groupBy(raw('e.village_id'))
    .execute<(R & { village: string })[]>('all', false);
  return new Map(rows.map((r) => [r.village, r]));
}
