import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthUser } from '../../auth/scope.js';
import { AuditEvent } from './audit-event.entity.js';

/**
 * Records one state change in the caller's transaction: it commits or rolls back with the change.
 * The caller's flush (or the transaction's end) writes it.
 */
export function writeAudit(
  tx: EntityManager,
  actor: Pick<AuthUser, 'id' | 'username' | 'countyId'>,
  action: string,
  entityType: string,
  entityId: string | null,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): void {
  tx.create(AuditEvent, {
    county: actor.countyId,
    actorId: actor.id,
    actorUsername: actor.username,
    action,
    entityType,
    entityId,
    before,
    after,
  });
}
