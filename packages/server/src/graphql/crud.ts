import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';
import { wrap, type EntityClass, type MetadataStorage } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { findDisplayRowsAndTotal, findForChange, registerDisplayRows, snapshot } from './records.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { nest, scopeWhere, type AuthUser } from '../auth/scope.js';
import type { Role } from '../auth/roles.js';
import { writeAudit } from '../modules/audit/audit.service.js';
import { requireRole, requireUser, type Context } from './context.js';
import { AppError, badInput, notFound } from './errors.js';
import { isId } from './ids.js';
import { countRows } from '../db/statement-cache.js';
import { DEFAULT_PAGE_SIZE, ListArgs, ListMetadata, MAX_PAGE_SIZE } from './list-args.js';

/** What the factory needs of a resource: an id and a county (the tenant key); a version if editable. */
type Row = { id: string; county: { id: string }; version?: number };
/** A join row of a reference list, seen through its ManyToOne properties. */
type Link = Record<string, { id: string } | null | undefined>;
type Args = Record<string, unknown>;

/** A flat `<name>Id` argument that points at another scoped entity. */
export interface Reference {
  entity: EntityClass<{ id: string }>;
  /** The ManyToOne property it sets, e.g. `township` for `townshipId`. */
  property: string;
}

/**
 * A flat `<name>Ids` argument and field: the set of other scoped records a row links to, kept as one
 * county-owned join row per link (e.g. a department's `townshipIds`, through its `assignments`). Register
 * the join entity's scope path like its owner's.
 */
export interface ReferenceList {
  /** The entity the ids name; every id must name a record in the caller's scope. */
  entity: EntityClass<{ id: string }>;
  /** This entity's OneToMany collection of join rows, e.g. `assignments`. */
  collection: string;
  /** The join entity's ManyToOne to `entity`, e.g. `township`. A join entity may serve several lists. */
  property: string;
}

/** One end of a range filter: the property it bounds and which end it is. */
export interface FilterRange {
  property: string;
  bound: 'from' | 'to';
}

/** What a hook works with: the transaction, the acting user and the request. */
export interface HookContext {
  tx: EntityManager;
  user: AuthUser;
  ctx: Context;
}

export interface CrudHooks<T> {
  /** Runs inside the transaction before the create is flushed; may throw AppError. */
  beforeCreate?(row: T, args: Args, h: HookContext): Promise<void> | void;
  /** `before` is the record as it was, with flat `<ref>Id` keys. */
  beforeUpdate?(row: T, args: Args, h: HookContext & { before: Args }): Promise<void> | void;
  beforeDelete?(row: T, h: HookContext): Promise<void> | void;
}

export interface CrudOptions<T extends Row> {
  /** The entity class, which is also the GraphQL object type. */
  entity: EntityClass<T> & ClassType<T>;
  /** The GraphQL name (`Village` → `allVillages`, `createVillage`, …). */
  name: string;
  /** Human label used in messages, e.g. "Village". */
  label: string;
  filter: ClassType<object>;
  createArgs: ClassType<object>;
  updateArgs: ClassType<object>;
  /** Properties a `q` search matches (case-insensitive substring). */
  searchFields: string[];
  /** Properties (or `<ref>Id` names) a list may be sorted by. */
  sortFields: string[];
  defaultSort: string;
  /** Roles that may create, update and delete (ADMIN always may). */
  writeRoles: readonly Role[];
  references?: Record<string, Reference>;
  /**
   * `<name>Ids` arguments that replace a set of links when given (`[]` clears it, leaving it out keeps
   * it), offered as fields of the same name; read through scoped loaders, so ids out of scope are left out.
   */
  referenceLists?: Record<string, ReferenceList>;
  /** Filter keys that match a property further away, e.g. `townshipId` → `village.township`. */
  filterPaths?: Record<string, string>;
  /**
   * Filter keys that bound a property instead of matching it, both ends inclusive: e.g. `createdFrom`
   * → `createdAt ≥ value` and `createdTo` → `createdAt ≤ value`.
   */
  filterRanges?: Record<string, FilterRange>;
  /** Arguments the hooks consume themselves instead of copying onto the row (e.g. `password`). */
  hookArgs?: string[];
  hooks?: CrudHooks<T>;
  /** Which changes the API offers; all three by default. Records made only by a workflow offer fewer. */
  mutations?: ('create' | 'update' | 'delete')[];
  /**
   * Reads ahead, for a page of the list, what the fields its query selects will need (with
   * `ctx.loaders.prefetch`, one batch per field), so that they answer from memory (`valueOf`).
   */
  prefetch?(rows: T[], h: { ctx: Context; info: GraphQLResolveInfo }): Promise<void>;
  /**
   * Its list and its loads by id read display rows (records.ts `registerDisplayRows`) rather than
   * managed entities. Only for a resource whose field resolvers read nothing from their root but
   * columns and reference ids.
   */
  displayRows?: boolean;
}

/** Per request: the totals that pages being read will know, by resource and `where` (list and meta). */
const pageTotals = new WeakMap<Context, Map<string, Promise<number | null>>>();

function totalsOf(ctx: Context): Map<string, Promise<number | null>> {
  let totals = pageTotals.get(ctx);
  if (!totals) {
    totals = new Map();
    pageTotals.set(ctx, totals);
  }
  return totals;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Builds the ra-data-graphql-simple resolver for one resource: `X`, `allXs`, `_allXsMeta`, `createX`,
 * `updateX`, `deleteX`. Scope, permission, version checks, reference checks and audit live here once.
 * Returns the resolver classes to add to the schema.
 */
export function createCrudResolver<T extends Row>(o: CrudOptions<T>): ClassType[] {
  const plural = `${o.name}s`;
  if (o.displayRows) registerDisplayRows(o.entity);
  const references = o.references ?? {};
  const referenceLists = o.referenceLists ?? {};
  const totalKey = (where: Args) => `${o.name}:${JSON.stringify(where)}`;

  function listWhere(user: AuthUser, filter: Args | undefined): Args {
    const where: Args[] = [scopeWhere(o.entity.name, user)];
    for (const [key, value] of Object.entries(filter ?? {})) {
      if (value === undefined || value === null) continue;
      if (key === 'ids') {
        where.push({ id: { $in: (value as unknown[]).filter(isId) } });
      } else if (key === 'q') {
        const pattern = `%${escapeLike(String(value).trim())}%`;
        where.push({ $or: o.searchFields.map((f) => nest(f, { $ilike: pattern })) });
      } else if (o.filterPaths?.[key]) {
        const ids = (Array.isArray(value) ? value : [value]).filter(isId);
        where.push(nest(o.filterPaths[key], { $in: ids }));
      } else if (o.filterRanges?.[key]) {
        const range = o.filterRanges[key];
        where.push(nest(range.property, { [range.bound === 'from' ? '$gte' : '$lte']: value }));
      } else if (references[key]) {
        const ids = (Array.isArray(value) ? value : [value]).filter(isId);
        where.push({ [references[key].property]: { $in: ids } });
      } else {
        where.push({ [key]: value });
      }
    }
    return { $and: where };
  }

  function orderBy(sortField: string | undefined, sortOrder: string | undefined) {
    // react-admin asks for `id` when a list or reference picker names no sort; ids are random UUIDs, so
    // the resource's natural order (e.g. code, year) is what a person expects there.
    const field = !sortField || sortField === 'id' ? o.defaultSort : sortField;
    if (!o.sortFields.includes(field)) {
      throw badInput(
        'sortField',
        `cannot sort ${plural} by "${field}"; use one of ${o.sortFields.join(', ')}`,
      );
    }
    const order = (sortOrder ?? 'ASC').toUpperCase();
    if (order !== 'ASC' && order !== 'DESC') throw badInput('sortOrder', 'must be ASC or DESC');
    const property = references[field]?.property ?? field;
    // id last, so pages never overlap when the sort column has ties.
    return [{ [property]: order.toLowerCase() }, { id: 'asc' }];
  }

  /** Copies flat arguments onto the row; `<ref>Id` arguments must name a record in the caller's scope. */
  async function assign(row: T, args: Args, tx: EntityManager, user: AuthUser): Promise<void> {
    const data: Args = {};
    for (const [key, value] of Object.entries(args)) {
      if (value === undefined || key === 'id' || key === 'version' || o.hookArgs?.includes(key)) continue;
      if (referenceLists[key]) continue; // linked by `link` below
      const ref = references[key];
      if (!ref) {
        data[key] = value;
      } else if (value === null) {
        data[ref.property] = null;
      } else {
        const found = isId(value)
          ? await tx.findOne(ref.entity, {
              $and: [scopeWhere(ref.entity.name, user), { id: value }],
            } as never)
          : null;
        if (!found) throw notFound(ref.entity.name, String(value), key);
        data[ref.property] = found;
      }
    }
    wrap(row).assign(data as never, { em: tx });
  }

  /** The join entity and its ManyToOne back to this entity, from the collection's metadata. */
  function joinOf(
    metadata: MetadataStorage,
    list: ReferenceList,
  ): { through: EntityClass<Link>; owner: string } {
    const prop = metadata.get(o.entity.name).properties[list.collection as never] as
      { type: string; mappedBy: string } | undefined;
    if (!prop?.mappedBy) throw new Error(`${o.entity.name}.${list.collection} is not a OneToMany collection`);
    return { through: metadata.get<Link>(prop.type).class, owner: prop.mappedBy };
  }

  /** The ids each list of a stored row holds now (one query per list), for the audit and for `link`. */
  async function linkedIds(tx: EntityManager, row: T): Promise<Map<string, Link[]>> {
    const out = new Map<string, Link[]>();
    for (const [key, list] of Object.entries(referenceLists)) {
      const { through, owner } = joinOf(tx.getMetadata(), list);
      out.set(key, (await tx.find(through, { [owner]: row.id, [list.property]: { $ne: null } })) as Link[]);
    }
    return out;
  }

  /** The ids each list holds in `current`, sorted, as the audit records them. */
  function idsIn(current: Map<string, Link[]>): Record<string, string[]> {
    return Object.fromEntries(
      Object.entries(referenceLists).map(([key, list]) => [
        key,
        (current.get(key) ?? []).map((l) => l[list.property]!.id).sort(),
      ]),
    );
  }

  /**
   * Replaces the links of every list argument given: each id must name a record in the caller's scope
   * (one query per list), links no longer wanted are removed, new ones created with the row's county.
   * Returns the ids each list holds afterwards.
   */
  async function link(
    row: T,
    args: Args,
    tx: EntityManager,
    user: AuthUser,
    current: Map<string, Link[]>,
  ): Promise<Record<string, string[]>> {
    const after = idsIn(current);
    for (const [key, list] of Object.entries(referenceLists)) {
      const value = args[key];
      if (value === undefined) continue;
      const wanted = [...new Set((value ?? []) as string[])];
      const malformed = wanted.find((id) => !isId(id));
      if (malformed !== undefined) throw notFound(list.entity.name, malformed, key);
      const existing = current.get(key) ?? [];
      const asked = [...new Set([...wanted, ...after[key]])];
      const found = asked.length
        ? await tx.find(list.entity, {
            $and: [scopeWhere(list.entity.name, user), { id: { $in: asked } }],
          } as never)
        : [];
      const visible = new Set(found.map((f) => f.id));
      const missing = wanted.find((id) => !visible.has(id));
      if (missing !== undefined) throw notFound(list.entity.name, missing, key);
      const { through, owner } = joinOf(tx.getMetadata(), list);
      const kept = new Set<string>();
      for (const l of existing) {
        const id = l[list.property]!.id;
        // A link the caller cannot see stays: to them it does not exist, so they cannot mean to drop it.
        if (wanted.includes(id) || !visible.has(id)) kept.add(id);
        else tx.remove(l);
      }
      for (const id of wanted) {
        if (!kept.has(id)) tx.create(through, { county: row.county, [owner]: row, [list.property]: id });
      }
      after[key] = [...new Set([...kept, ...wanted])].sort();
    }
    return after;
  }

  /** The audit snapshot: the row's columns plus the ids of each list. */
  function snapshotWith(row: T, lists: Record<string, string[]>): Args {
    const plain = snapshot(row);
    for (const list of Object.values(referenceLists)) delete plain[list.collection];
    return { ...plain, ...lists };
  }

  const findInScope = (tx: EntityManager, user: AuthUser, id: string) =>
    findForChange(tx, o.entity, user, id, o.label) as Promise<T>;

  const action = (verb: string) => `${verb} ${plural.toLowerCase()}`;

  @Resolver(() => o.entity)
  class ReadResolver {
    @Query(() => o.entity, { name: o.name, nullable: true })
    async one(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<T | null> {
      requireUser(ctx);
      return isId(id) ? ((await ctx.loaders.byId(o.entity).load(id)) as T | null) : null;
    }

    @Query(() => [o.entity], { name: `all${plural}` })
    async list(
      @Args(() => ListArgs) { page, perPage, sortField, sortOrder }: ListArgs,
      @Arg('filter', () => o.filter, { nullable: true }) filter: Args | undefined,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<T[]> {
      const user = requireUser(ctx);
      // react-admin's getMany (every ReferenceField of a page) names its records by `ids` and sends no
      // perPage: it wants all of them, not the first page of 25.
      const named = Array.isArray(filter?.ids) ? Math.min(filter.ids.length, MAX_PAGE_SIZE) : 0;
      const limit = perPage ?? (named || DEFAULT_PAGE_SIZE);
      const where = listWhere(user, filter);
      const order = orderBy(sortField, sortOrder);
      const offset = (page ?? 0) * limit;
      let rows: T[];
      if (o.displayRows) {
        // The page's statement also counts the rows matching, for `_allXsMeta` in the same request.
        const counted = findDisplayRowsAndTotal(ctx.em, o.entity, where, { orderBy: order, limit, offset });
        const key = totalKey(where);
        totalsOf(ctx).set(
          key,
          counted.then(
            ({ total }) => total,
            () => null,
          ),
        );
        rows = (await counted).rows;
      } else {
        rows = await ctx.em.find(o.entity, where as never, { orderBy: order as never, limit, offset });
      }
      await o.prefetch?.(rows, { ctx, info });
      return rows;
    }

    @Query(() => ListMetadata, { name: `_all${plural}Meta` })
    async meta(
      @Args(() => ListArgs) _paging: ListArgs,
      @Arg('filter', () => o.filter, { nullable: true }) filter: Args | undefined,
      @Ctx() ctx: Context,
    ): Promise<ListMetadata> {
      const user = requireUser(ctx);
      const where = listWhere(user, filter);
      // react-admin asks for a page and its total together: when this request's page of the same
      // filter is already being read, its statement counts too. Otherwise (no page, a page read after
      // this, a page that could not tell) a count of its own.
      const counted = await totalsOf(ctx).get(totalKey(where));
      return { count: counted ?? (await countRows(ctx.em, o.entity, where)) };
    }
  }

  @Resolver(() => o.entity)
  class CreateResolver {
    @Mutation(() => o.entity, { name: `create${o.name}` })
    async create(@Args(() => o.createArgs) args: Args, @Ctx() ctx: Context): Promise<T> {
      const user = requireRole(ctx, o.writeRoles, action('create'));
      return ctx.em.transactional(async (tx) => {
        const row = tx.create(o.entity, { county: user.countyId } as never);
        await assign(row, args, tx, user);
        const lists = await link(row, args, tx, user, new Map());
        await o.hooks?.beforeCreate?.(row, args, { tx, user, ctx });
        await tx.flush();
        writeAudit(tx, user, 'create', o.name, row.id, null, snapshotWith(row, lists));
        return row;
      });
    }
  }

  @Resolver(() => o.entity)
  class UpdateResolver {
    @Mutation(() => o.entity, { name: `update${o.name}` })
    async update(@Args(() => o.updateArgs) args: Args & { id: string }, @Ctx() ctx: Context): Promise<T> {
      const user = requireRole(ctx, o.writeRoles, action('update'));
      return ctx.em.transactional(async (tx) => {
        const row = await findInScope(tx, user, args.id);
        if (typeof args.version === 'number' && row.version !== args.version) {
          throw new AppError(
            'CONFLICT',
            `This ${o.label.toLowerCase()} was changed by someone else (version ${row.version}, yours ${args.version}). Reload it and apply your change again.`,
            { field: 'version' },
          );
        }
        const current = await linkedIds(tx, row);
        const before = snapshotWith(row, idsIn(current));
        await assign(row, args, tx, user);
        const lists = await link(row, args, tx, user, current);
        await o.hooks?.beforeUpdate?.(row, args, { tx, user, ctx, before });
        await tx.flush();
        writeAudit(tx, user, 'update', o.name, row.id, before, snapshotWith(row, lists));
        return row;
      });
    }
  }

  @Resolver(() => o.entity)
  class DeleteResolver {
    @Mutation(() => o.entity, { name: `delete${o.name}` })
    async remove(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<T> {
      const user = requireRole(ctx, o.writeRoles, action('delete'));
      return ctx.em.transactional(async (tx) => {
        const row = await findInScope(tx, user, id);
        await o.hooks?.beforeDelete?.(row, { tx, user, ctx });
        const before = snapshotWith(row, idsIn(await linkedIds(tx, row)));
        tx.remove(row);
        await tx.flush();
        writeAudit(tx, user, 'delete', o.name, id, before, null);
        return row;
      });
    }
  }

  /** The `<name>Ids` field of one list, through the scoped loaders (a fixed number of queries per page). */
  function listFieldResolver(key: string, list: ReferenceList): ClassType {
    async function resolve(row: T, ctx: Context): Promise<string[]> {
      const { through, owner } = joinOf(ctx.em.getMetadata(), list);
      const links = await ctx.loaders.childrenOf(through, owner).load(row.id);
      const ids = links.flatMap((l) => (l[list.property] ? [l[list.property]!.id] : [])).sort();
      const visible = await ctx.loaders.byId(list.entity).loadMany(ids);
      return ids.filter((_, i) => visible[i] && !(visible[i] instanceof Error));
    }
    // type-graphql pairs a field resolver with its field by method name, so the method is named `key`.
    @Resolver(() => o.entity)
    class ListFieldResolver {
      @FieldResolver(() => [ID], { name: key, description: `Ids of the linked ${list.entity.name} records.` })
      [key](@Root() row: T, @Ctx() ctx: Context): Promise<string[]> {
        return resolve(row, ctx);
      }
    }
    return ListFieldResolver;
  }

  const offered = o.mutations ?? ['create', 'update', 'delete'];
  const classes: [string, ClassType][] = [
    ['Read', ReadResolver],
    ['Create', CreateResolver],
    ['Update', UpdateResolver],
    ['Delete', DeleteResolver],
    ...Object.entries(referenceLists).map(([key, list]): [string, ClassType] => [
      `${key[0].toUpperCase()}${key.slice(1)}Field`,
      listFieldResolver(key, list),
    ]),
  ];
  return classes
    .filter(
      ([kind]) =>
        !['Create', 'Update', 'Delete'].includes(kind) || offered.includes(kind.toLowerCase() as 'create'),
    )
    .map(([kind, cls]) => {
      Object.defineProperty(cls, 'name', { value: `${o.name}${kind}Resolver` });
      return cls;
    });
}
