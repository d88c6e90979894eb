import { LockMode, ReferenceKind, wrap, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere, type AuthUser } from '../auth/scope.js';
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
