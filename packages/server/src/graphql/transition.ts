import type { EntityClass } from '@mikro-orm/core';
import type { Role } from '../auth/roles.js';
import { writeAudit } from '../modules/audit/audit.service.js';
import { requireRole, type Context } from './context.js';
import type { HookContext } from './crud.js';
import { findForChange, snapshot } from './records.js';

/** Returned by a step that finds its work already done: a retried mutation changes nothing. */
export const UNCHANGED = Symbol('unchanged');

/**
 * One workflow step as one transaction: role, then scope (out of scope reads as NOT_FOUND), then the
 * record locked against concurrent steps, then the step's own state checks and changes, then the audit
 * event — all committed together or not at all.
 */
export async function transition<T extends { id: string }>(
  ctx: Context,
  opts: {
    entity: EntityClass<T>;
    id: string;
    label: string;
    /** The argument that names the record, for NOT_FOUND messages. */
    field?: string;
    roles: readonly Role[];
    /** Audit action, and in messages: "Your role may not <action>". */
    action: string;
    run(row: T, h: HookContext): Promise<void | typeof UNCHANGED> | void | typeof UNCHANGED;
  },
): Promise<T> {
  const user = requireRole(ctx, opts.roles, opts.action);
  return ctx.em.transactional(async (tx) => {
    const row = await findForChange(tx, opts.entity, user, opts.id, opts.label, opts.field);
    const before = snapshot(row);
    if ((await opts.run(row, { tx, user, ctx })) === UNCHANGED) return row;
    await tx.flush();
    writeAudit(tx, user, opts.action, opts.entity.name, row.id, before, snapshot(row));
    return row;
  });
}
