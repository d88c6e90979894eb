import { raw, type EntityClass, type EntityMetadata, type MetadataStorage } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { selectRows } from './select-rows.js';

/**
 * Reads through the ORM's query builder whose SQL is built once per shape of the query and reused with
 * the next request's values as bound parameters (ADR 0009).
 *
 * Building a statement — processing the `where` object, then knex compiling it — cost about a third of
 * a 50-row page's Node time (three statements: the page, its count, its townships; bench/README.md),
 * while the text it produces depends only on the query's shape: which properties, operators, array
 * lengths and nulls, not the ids and strings themselves, which the builder binds as parameters.
 *
 * The shape is the `where` with every string, number and boolean replaced by its type. The first time a
 * shape is seen the query builder builds the statement with the real values, and it is kept only if each
 * of its bound parameters is exactly one of those values and each value is exactly one parameter — so a
 * value the builder wrote into the text, converted, or dropped, or two equal values it could confuse,
 * leave the shape uncached (built every time, as before) rather than answered with the wrong values.
 * Any other kind of value (a Date, an entity, a raw fragment) is not cached either.
 */

type Where = object;
export interface ListOptions {
  orderBy?: object | object[];
  limit?: number;
  offset?: number;
}

/** A statement in the query builder's `?` form and, per parameter, the index of the value it binds. */
interface Compiled {
  sql: string;
  slots: number[];
}

/** Shapes kept per ORM (its metadata): a county's console asks a few dozen; a bound keeps a flood out. */
const MAX_SHAPES = 1000;
const cache = new WeakMap<MetadataStorage, Map<string, Compiled>>();

/** The rows of `entity` matching `where`, as `em.find` reads them (no hydration), keyed by property name. */
export async function findRows(
  em: EntityManager,
  entity: EntityClass<object>,
  where: Where,
  options: ListOptions = {},
): Promise<Record<string, unknown>[]> {
  return (await read(em, entity, where, options, false)).rows;
}

/**
 * A page of rows as `findRows` reads it and, from the same statement, how many rows match `where` in
 * all (a window count) — or null when the page is empty past its first row, where it cannot tell.
 */
export async function findRowsAndTotal(
  em: EntityManager,
  entity: EntityClass<object>,
  where: Where,
  options: ListOptions = {},
): Promise<{ rows: Record<string, unknown>[]; total: number | null }> {
  return read(em, entity, where, options, true);
}

const TOTAL = '__total';

async function read(
  em: EntityManager,
  entity: EntityClass<object>,
  where: Where,
  options: ListOptions,
  withTotal: boolean,
): Promise<{ rows: Record<string, unknown>[]; total: number | null }> {
  const meta = em.getMetadata().get(entity.name);
  const { orderBy, limit } = options;
  // knex writes no offset for 0, so an offset of 0 is a shape of its own: no offset.
  const offset = options.offset || undefined;
  const rows = await run<Record<string, unknown>>(
    em,
    `rows:${entity.name}:${JSON.stringify(orderBy ?? null)}:${limit !== undefined}:${offset !== undefined}:${withTotal}`,
    where,
    [limit, offset].filter((v) => v !== undefined),
    () => {
      const columns = columnsOf(em, meta);
      const qb = em
        .createQueryBuilder(entity)
        .select(withTotal ? [...columns, raw(`count(*) over () as ${TOTAL}`)] : columns)
        .where(where as never);
      if (orderBy) qb.orderBy(orderBy as never);
      if (limit !== undefined) qb.limit(limit);
      if (offset !== undefined) qb.offset(offset);
      return qb;
    },
  );
  let total: number | null = null;
  if (withTotal) {
    total = rows.length ? Number(rows[0][TOTAL]) : offset === undefined ? 0 : null;
    for (const row of rows) delete row[TOTAL];
  }
  // As `qb.execute('all', true)` maps them: columns to properties, the properties' types converted.
  const driver = em.getDriver();
  return { rows: rows.map((row) => driver.mapResult(row, meta) as Record<string, unknown>), total };
}

/**
 * What a read selects: every column (`*`), unless the entity has lazy properties (a user's password
 * hash), which `em.find` leaves out unless asked for, and so do these reads — by the ORM's own rule.
 */
function columnsOf(em: EntityManager, meta: EntityMetadata): string[] {
  if (!meta.props.some((p) => p.lazy)) return ['*'];
  const platform = em.getPlatform();
  return meta.props.filter((p) => platform.shouldHaveColumn(p, [])).map((p) => p.name);
}

/** How many rows of `entity` match `where`, counted as `em.count` counts them. */
export async function countRows(
  em: EntityManager,
  entity: EntityClass<object>,
  where: Where,
): Promise<number> {
  const [row] = await run<{ count: string | number }>(em, `count:${entity.name}`, where, [], () => {
    const qb = em.createQueryBuilder(entity).where(where as never);
    // As QueryBuilder.getCount: distinct ids when the conditions join a collection (a method TypeScript
    // calls private, public at run time; the ORM's version is pinned).
    const joinsMany = (qb as unknown as { hasToManyJoins(): boolean }).hasToManyJoins();
    return qb.count(undefined, joinsMany);
  });
  return row ? Number(row.count) : 0;
}

async function run<T extends object>(
  em: EntityManager,
  kind: string,
  where: Where,
  trailing: unknown[],
  build: () => QueryBuilder<object>,
): Promise<T[]> {
  const values: unknown[] = [];
  const shape = shapeOf(where, values);
  values.push(...trailing);
  const statements = cacheOf(em.getMetadata());
  const key = shape === null ? null : `${kind}:${shape}`;
  const known = key === null ? undefined : statements.get(key);
  if (known) {
    return selectRows<T>(
      em,
      known.sql,
      known.slots.map((i) => values[i]),
    );
  }
  const { sql, bindings } = build().toQuery()._sql as unknown as { sql: string; bindings: unknown[] };
  if (key !== null) {
    const slots = slotsOf(bindings, values);
    if (slots) {
      if (statements.size >= MAX_SHAPES) statements.delete(statements.keys().next().value!);
      statements.set(key, { sql, slots });
    }
  }
  return selectRows<T>(em, sql, bindings);
}

function cacheOf(metadata: MetadataStorage): Map<string, Compiled> {
  let statements = cache.get(metadata);
  if (!statements) {
    statements = new Map();
    cache.set(metadata, statements);
  }
  return statements;
}

/**
 * The shape of a `where` as text, collecting its values in `values` in the order met; null when it holds
 * a value other than a string, number, boolean, null or undefined, or an object other than a plain one.
 */
export function shapeOf(value: unknown, values: unknown[]): string | null {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') {
    values.push(value);
    return type[0];
  }
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (const item of value) {
      const part = shapeOf(item, values);
      if (part === null) return null;
      parts.push(part);
    }
    return `[${parts.join(',')}]`;
  }
  if (type !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return null;
  // A raw fragment marks itself with a symbol key; Object.keys would not see it.
  if (Object.getOwnPropertySymbols(value).length) return null;
  const parts: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    const part = shapeOf(v, values);
    if (part === null) return null;
    parts.push(`${JSON.stringify(k)}:${part}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * For each bound parameter, the index of the one value it is; null unless parameters and values pair
 * one to one (see the module's comment).
 */
export function slotsOf(bindings: readonly unknown[], values: readonly unknown[]): number[] | null {
  if (bindings.length !== values.length) return null;
  const at = new Map<unknown, number>();
  for (let i = 0; i < values.length; i++) {
    if (at.has(values[i])) return null; // two equal values: which parameter is which cannot be told
    at.set(values[i], i);
  }
  const slots: number[] = [];
  const used = new Set<number>();
  for (const binding of bindings) {
    const i = at.get(binding);
    if (i === undefined || used.has(i)) return null;
    used.add(i);
    slots.push(i);
  }
  return slots;
}
