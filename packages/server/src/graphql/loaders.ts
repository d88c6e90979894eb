import DataLoader from 'dataloader';
import { raw, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere, type AuthUser } from '../auth/scope.js';
import { findDisplayRows, readsDisplayRows } from './records.js';

type Keyed = { id: string };
/** A DataLoader batch function: one value (or error) per id, in the ids' order. */
export type BatchFn<V> = (ids: readonly string[]) => Promise<(V | Error)[]>;

/**
 * Per-request DataLoaders for references and children, always filtered by the caller's scope: a nested
 * field can never reveal what a top-level query would hide.
 */
export class Loaders {
  /** The request's loaders by key, then by variant (see `batch`). */
  private readonly cache = new Map<string, Map<unknown, DataLoader<string, unknown>>>();
  /** Values read ahead by `prefetch`, per loader, answered by `valueOf` without a promise. */
  private readonly prefetched = new WeakMap<DataLoader<string, unknown>, Map<string, unknown>>();

  constructor(
    private readonly em: EntityManager,
    private readonly user: AuthUser | null,
  ) {}

  /** The batch function behind each loader made by `batch`, for `prefetch` to call directly. */
  private readonly batchFns = new WeakMap<DataLoader<string, unknown>, BatchFn<unknown>>();

  /**
   * The request's loader named `key` (and `variant`, e.g. an entity class or a year), batching through
   * `load`, made on first use. The loaders below use it; a module uses it for a batch load of its own
   * (e.g. geography/village-standing.ts), scoping the rows itself.
   *
   * The variant is a key of its own rather than part of the name: a list's fields ask for their loader
   * once per row, and a name built per call (`byId:${entity.name}`) cost ten times the lookup itself.
   */
  batch<V>(key: string, load: BatchFn<V>, variant: unknown = null): DataLoader<string, V> {
    let variants = this.cache.get(key);
    if (!variants) {
      variants = new Map();
      this.cache.set(key, variants);
    }
    let loader = variants.get(variant) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(load);
      variants.set(variant, loader as DataLoader<string, unknown>);
      this.batchFns.set(loader as DataLoader<string, unknown>, load);
    }
    return loader;
  }

  /**
   * Loads `ids` through `loader` now (one batch) and keeps the values for `valueOf`. A list calls it for
   * the fields its query selects (crud.ts `prefetch`): a field that answers from memory costs no
   * promise per row, which on a page of 500 rows was most of the request's time (bench/README.md).
   */
  async prefetch<V>(loader: DataLoader<string, V>, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    // The batch function itself, once: DataLoader's loadMany would make a promise per id.
    const load = this.batchFns.get(loader as DataLoader<string, unknown>) as BatchFn<V> | undefined;
    if (!load) throw new Error('Loaders.prefetch takes a loader made by Loaders.batch');
    this.remember(loader, ids, await load(ids));
  }

  /**
   * Keeps `values` (one per id, errors skipped) for `valueOf`, as `prefetch` does: for a statement that
   * reads ahead for several loaders at once (e.g. village-list.ts).
   */
  remember<V>(loader: DataLoader<string, V>, ids: readonly string[], values: readonly (V | Error)[]): void {
    let known = this.prefetched.get(loader);
    if (!known) {
      known = new Map();
      this.prefetched.set(loader, known);
    }
    ids.forEach((id, i) => {
      if (!(values[i] instanceof Error)) known.set(id, values[i]);
    });
  }

  /** The value for `id`: at once if prefetched, else through the loader's batch. */
  valueOf<V>(loader: DataLoader<string, V>, id: string): V | Promise<V> {
    const known = this.prefetched.get(loader);
    return known?.has(id) ? (known.get(id) as V) : loader.load(id);
  }

  private scoped<T>(entity: EntityClass<T>, where: Record<string, unknown>): FilterQuery<T> {
    if (!this.user) return { id: null } as FilterQuery<T>; // no user, nothing visible
    return { $and: [scopeWhere(entity.name, this.user), where] } as FilterQuery<T>;
  }

  /** One record by id, or null when absent or out of scope. */
  byId<T extends Keyed>(entity: EntityClass<T>): DataLoader<string, T | null> {
    return this.batch<T | null>(
      'byId',
      async (ids) => {
        const where = this.scoped(entity, { id: { $in: [...ids] } });
        const rows = readsDisplayRows(entity)
          ? await findDisplayRows(this.em, entity, where as object)
          : await this.em.find(entity, where);
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      },
      entity,
    );
  }

  /** The children pointing at each parent id through `property` (e.g. a village's cadres). */
  childrenOf<T extends object>(
    entity: EntityClass<T>,
    property: string & keyof T,
    orderBy: Record<string, 'asc' | 'desc'> = { id: 'asc' },
  ): DataLoader<string, T[]> {
    // The order is a variant of its own: two fields listing the same children in other orders must not
    // share a loader (the first one's order would answer both).
    return this.batch<T[]>(
      `children:${entity.name}.${property}`,
      async (ids) => {
        const rows = await this.em.find(entity, this.scoped(entity, { [property]: { $in: [...ids] } }), {
          orderBy: orderBy as never,
        });
        const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
        for (const row of rows) {
          const parent = (row[property] as Keyed | undefined)?.id;
          if (parent) groups.get(parent)?.push(row);
        }
        return ids.map((id) => groups.get(id) ?? []);
      },
      JSON.stringify(orderBy),
    );
  }

  /** How many children point at each parent id, optionally only those matching `where`. */
  countOf<T extends object>(
    entity: EntityClass<T>,
    property: string & keyof T,
    where: Record<string, unknown> = {},
  ): DataLoader<string, number> {
    return this.batch<number>(`count:${entity.name}.${property}:${JSON.stringify(where)}`, async (ids) => {
      const column = this.em.getMetadata().get(entity.name).properties[property].fieldNames[0];
      const rows = await this.em
        .createQueryBuilder(entity, 'e')
        .select([raw(`e.${column} as parent`), raw('count(*) as n')])
        .where(this.scoped(entity, { ...where, [property]: { $in: [...ids] } }))
        .groupBy(raw(`e.${column}`))
        .execute<{ parent: string; n: string | number }[]>('all', false);
      const counts = new Map(rows.map((r) => [r.parent, Number(r.n)]));
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }
}
