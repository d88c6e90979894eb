import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { hashPassword } from '../../auth/password.js';
import { Role } from '../../auth/roles.js';
import { registerScopePath } from '../../auth/scope.js';
import { endSessionsOf } from '../../auth/sessions.js';
import type { Context } from '../../graphql/context.js';
import { createCrudResolver } from '../../graphql/crud.js';
import { AppError } from '../../graphql/errors.js';
import { Township } from '../geography/township.entity.js';
import { Village } from '../geography/village.entity.js';
import { alignScopeWithRole } from './user-scope.js';
import { User } from './user.entity.js';
import { CreateUserArgs, UpdateUserArgs, UserFilter } from './user.inputs.js';

// Users are people, not places: everyone but the administrator sees only the own account.
registerScopePath('User', { self: 'id' });

/** Changes after which an open session would carry stale rights. */
const SESSION_BREAKING = ['role', 'active', 'townshipId', 'villageId'] as const;

export const UserCrudResolver = createCrudResolver({
  entity: User,
  name: 'User',
  label: 'User',
  filter: UserFilter,
  createArgs: CreateUserArgs,
  updateArgs: UpdateUserArgs,
  searchFields: ['username', 'displayName'],
  sortFields: ['username', 'displayName', 'role', 'active', 'createdAt', 'updatedAt'],
  defaultSort: 'username',
  writeRoles: [Role.ADMIN],
  references: {
    townshipId: { entity: Township, property: 'township' },
    villageId: { entity: Village, property: 'village' },
  },
  hookArgs: ['password'],
  // `me` on every page of the console reads the user by id: a display row, not a hydrated entity.
  displayRows: true,
  hooks: {
    async beforeCreate(user, args, { tx }) {
      user.passwordHash = await hashPassword(String(args.password));
      await alignScopeWithRole(user, tx);
    },
    async beforeUpdate(user, args, { tx, user: actor, before }) {
      if (user.id === actor.id && (user.role !== Role.ADMIN || !user.active)) {
        throw new AppError(
          'INVALID_STATE',
          'You cannot remove your own administrator rights or deactivate yourself.',
        );
      }
      await alignScopeWithRole(user, tx);
      const changed = SESSION_BREAKING.some((k) => before[k] !== user[k]);
      if (typeof args.password === 'string') user.passwordHash = await hashPassword(args.password);
      if (changed || typeof args.password === 'string') await endSessionsOf(tx, user.id);
    },
    beforeDelete(user, { user: actor }) {
      if (user.id === actor.id) throw new AppError('INVALID_STATE', 'You cannot delete your own account.');
    },
  },
});

@Resolver(() => User)
export class UserFieldsResolver {
  @FieldResolver(() => Township, { nullable: true })
  township(@Root() user: User, @Ctx() ctx: Context): Promise<Township | null> | null {
    return user.townshipId ? ctx.loaders.byId(Township).load(user.townshipId) : null;
  }

  @FieldResolver(() => Village, { nullable: true })
  village(@Root() user: User, @Ctx() ctx: Context): Promise<Village | null> | null {
    return user.villageId ? ctx.loaders.byId(Village).load(user.villageId) : null;
  }
}
