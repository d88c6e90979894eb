import type DataLoader from 'dataloader';
import { getArgumentValues, getNamedType, isObjectType, Kind, type GraphQLResolveInfo } from 'graphql';
import { selectRows } from '../../db/select-rows.js';
import type { Context } from '../../graphql/context.js';
import { Township } from './township.entity.js';
import { NO_STANDING, standings, villageStandingLoader } from './village-standing.js';
import type { Village } from './village.entity.js';

/**
 * The loader behind `Village.cadreCount`: active cadres per village, one plain statement per batch.
 * Plain SQL for the reason village-standing.ts gives (the query builder processes each id of the
 * `in (…)` list as a criterion of its own); scoped as it explains: the ids are villages this request
 * read through its scope, a village's cadres are visible to whoever sees the village, and the county
 * condition keeps the statement within the caller's tenant.
 */
export const activeCadreCountLoader = (ctx: Context): DataLoader<string, number> =>
  ctx.loaders.batch<number>('activeCadreCounts', async (ids) => {
    if (!ctx.user) return ids.map(() => 0); // no user, nothing visible (as graphql/loaders.ts)
    const rows = await selectRows<{ village_id: string; n: string | number }>(
      ctx.em,
      `select village_id, count(*) as n from cadre
       where county_id = ? and active and village_id = any(?) group by village_id`,
      [ctx.user.countyId, [...ids]],
    );
    const counts = new Map(rows.map((r) => [r.village_id, Number(r.n)]));
    return ids.map((id) => counts.get(id) ?? 0);
  });

/**
 * Reads ahead what the selected columns of a page of villages need — township, cadre count, tier and
 * application status of a year — so that each row's fields answer from memory (Loaders.valueOf): the
 * same batches the field resolvers would run, started before the rows resolve. Cadre counts and one
 * year's standing, as the console's list asks for them, come from one statement.
 */
export async function prefetchVillageColumns(
  villages: Village[],
  { ctx, info }: { ctx: Context; info: GraphQLResolveInfo },
): Promise<void> {
  const ids = villages.map((v) => v.id);
  const reads: Promise<void>[] = [];
  let cadres = false;
  const years = new Set<number | null>();
  for (const field of selectedFields(info)) {
    if (field.name === 'township') {
      const townships = [...new Set(villages.map((v) => v.townshipId))];
      reads.push(ctx.loaders.prefetch(ctx.loaders.byId(Township), townships));
    } else if (field.name === 'cadreCount') {
      cadres = true;
    } else if (field.name === 'currentTier' || field.name === 'latestApplicationStatus') {
      years.add((field.args.year as number | null | undefined) ?? null);
    }
  }
  if (cadres && years.size === 1 && ids.length) {
    reads.push(standingWithCadres(ctx, [...years][0], ids));
  } else {
    if (cadres) reads.push(ctx.loaders.prefetch(activeCadreCountLoader(ctx), ids));
    for (const year of years) reads.push(ctx.loaders.prefetch(villageStandingLoader(ctx, year), ids));
  }
  await Promise.all(reads);
}

/** Both loaders' values for a page from one statement: one round trip fewer on every list request. */
async function standingWithCadres(ctx: Context, year: number | null, ids: string[]): Promise<void> {
  const rows = await standings(ctx.em, ctx.user, year, ids, { cadreCounts: true });
  const none = { ...NO_STANDING, cadreCount: 0 };
  const values = ids.map((id) => rows.get(id) ?? none);
  ctx.loaders.remember(
    villageStandingLoader(ctx, year),
    ids,
    values.map(({ currentTier, latestApplicationStatus }) => ({ currentTier, latestApplicationStatus })),
  );
  ctx.loaders.remember(
    activeCadreCountLoader(ctx),
    ids,
    values.map((v) => v.cadreCount ?? 0),
  );
}

/**
 * The fields the query selects directly on the rows, with their arguments. Fields inside fragments
 * are not looked at: they load through their batches as usual.
 */
function selectedFields(info: GraphQLResolveInfo): { name: string; args: Record<string, unknown> }[] {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return [];
  const fields = type.getFields();
  return info.fieldNodes.flatMap((node) =>
    (node.selectionSet?.selections ?? []).flatMap((selection) => {
      if (selection.kind !== Kind.FIELD || !fields[selection.name.value]) return [];
      const definition = fields[selection.name.value];
      return [{ name: definition.name, args: getArgumentValues(definition, selection, info.variableValues) }];
    }),
  );
}
