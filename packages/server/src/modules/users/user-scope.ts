import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../auth/roles.js';
import { badInput } from '../../graphql/errors.js';
import { Village } from '../geography/village.entity.js';
import type { User } from './user.entity.js';

/**
 * Makes a user's scope match the role: a clerk belongs to a village (and so to its township), a township
 * officer to a township, everyone else to the whole county.
 */
export async function alignScopeWithRole(user: User, tx: EntityManager): Promise<void> {
  if (user.role === Role.VILLAGE_CLERK) {
    if (!user.village) throw badInput('villageId', 'a village clerk needs the village they work for');
    const village = await tx.findOneOrFail(Village, user.village.id);
    user.township = village.township;
  } else if (user.role === Role.TOWNSHIP_OFFICER) {
    if (!user.township) throw badInput('townshipId', 'a township officer needs the township they work for');
    user.village = null;
  } else {
    user.township = null;
    user.village = null;
  }
}
