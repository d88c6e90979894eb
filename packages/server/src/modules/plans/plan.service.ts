import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthUser } from '../../auth/scope.js';
import type { Certification } from '../certifications/certification.entity.js';

/**
 * Writes off (销账) the open plan lines a certification fulfils: the village's lines whose target tier
 * is at or below the certified tier. Runs in the certifying transaction.
 */
export async function writeOffPlanLines(
  _tx: EntityManager,
  _certification: Certification,
  _actor: Pick<AuthUser, 'id' | 'username' | 'countyId'>,
): Promise<void> {
  // Implemented with the plans module.
}
