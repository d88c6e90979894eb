import { LockMode, ReferenceKind, wrap, type EntityClass, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere, type AuthUser } from '../auth/scope.js';
import { findRows, findRowsAndTotal, type ListOptions } from '../db/statement-cache.js';
import { notFound } from './errors.js';
import { isId } from './ids.js';

/**
 * A record the user may change, locked for the rest of the transaction so concurrent changes to it
 * run one after the other; out of scope or absent both answer NOT_FOUND.
 */
export async function findForChange<T extends object>(
  tx: EntityManager,
  entity: EntityClass<T>,
  user: AuthUser,
  id: string,
  label: string,
  field = 'id',
): Promise<T> {
  const visible = isId(id)
    ? await tx.count(entity, { $and: [scopeWhere(entity.name, user), { id }] } as never)
    : 0;
  // Locked by id alone, so only this row is locked, not the rows the scope path joined.
  const row = visible
    ? await tx.findOne(entity, { id } as never, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!row) throw notFound(label, id, field);
  return row as T;
}

/** A plain copy for the audit trail, with references as the flat `<name>Id` keys clients use. */
export function snapshot(row: object): Record<string, unknown> {
  const plain = wrap(row).toObject() as Record<string, unknown>;
  const meta = wrap(row, true).__meta;
  for (const prop of meta.props) {
    if (prop.kind === ReferenceKind.MANY_TO_ONE && prop.name in plain) {
      // Only the id: toObject() expands a reference that was loaded or just created into the whole record.
      const target = (row as Record<string, unknown>)[prop.name] as { id?: string } | null | undefined;
      plain[`${prop.name}Id`] = target?.id ?? null;
      delete plain[prop.name];
    }
  }
  return plain;
}

const displayed = new Set<string>();

/**
 * Marks an entity whose GraphQL objects may be display rows: its field resolvers read nothing from
 * their root but columns and reference ids. Its lists (crud.ts `displayRows`) and the loaders that
 * fetch it by id (loaders.ts `byId`) then read display rows instead of hydrating entities.
 */
export function registerDisplayRows(entity: EntityClass<object>): void {
  displayed.add(entity.name);
}

export const readsDisplayRows = (entity: EntityClass<object>): boolean => displayed.has(entity.name);

/**
 * Rows of `entity` matching `where`, as display rows: the statement `em.find` would send (built once per
 * shape, db/statement-cache.ts), no hydration.
 */
export async function findDisplayRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: object,
  options: ListOptions = {},
): Promise<T[]> {
  return displayRowsOf(em, entity, await findRows(em, entity, where, options));
}

/** A page of display rows as `findDisplayRows` reads it, with the total the statement also counted. */
export async function findDisplayRowsAndTotal<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: object,
  options: ListOptions,
): Promise<{ rows: T[]; total: number | null }> {
  const { rows, total } = await findRowsAndTotal(em, entity, where, options);
  return { rows: displayRowsOf(em, entity, rows), total };
}

function displayRowsOf<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  rows: Record<string, unknown>[],
): T[] {
  const meta = em.getMetadata().get<T>(entity.name);
  return rows.map((row) => displayRow(meta, row));
}

/**
 * A row read for display only, shaped like its entity without being one: an instance of the entity's
 * class (so type-graphql takes it as the object type and getters such as `townshipId` work) with its
 * columns, and each ManyToOne as `{ id }`. Not managed by the EntityManager: never change or persist it.
 * Making one costs a fraction of hydrating a managed entity (bench/README.md).
 */
export function displayRow<T extends object>(meta: EntityMetadata<T>, row: Record<string, unknown>): T {
  const { prototype, references } = shapeOf(meta);
  const out = Object.create(prototype) as Record<string, unknown>;
  for (const key in row) {
    const raw = row[key];
    out[key] = references.has(key) && raw != null ? { id: raw } : raw;
  }
  return out as T;
}

const shapes = new WeakMap<EntityMetadata, { prototype: object; references: Set<string> }>();

/**
 * Per entity, once: its ManyToOne properties, and the prototype of its display rows. MikroORM defines
 * accessors on the entity's prototype (for references: propagation through a wrapper it makes for the
 * row); the display rows' prototype, between the entity's and the rows, shadows each with a writable
 * data property, so a plain assignment makes an own data property and a display row stays plain.
 * (Defining each shadowing property on every row instead showed in profiles of a 500-row page.)
 */
function shapeOf(meta: EntityMetadata): { prototype: object; references: Set<string> } {
  let shape = shapes.get(meta);
  if (!shape) {
    const prototype = Object.create(meta.class.prototype as object) as object;
    for (
      let p = meta.class.prototype as object | null;
      p && p !== Object.prototype;
      p = Object.getPrototypeOf(p)
    ) {
      for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(p))) {
        if ((d.get || d.set) && meta.properties[key as keyof typeof meta.properties]) {
          Object.defineProperty(prototype, key, { value: undefined, writable: true, configurable: true });
        }
      }
    }
    const references = new Set(
      meta.props.filter((p) => p.kind === ReferenceKind.MANY_TO_ONE).map((p) => p.name as string),
    );
    shape = { prototype, references };
    shapes.set(meta, shape);
  }
  return shape;
}
