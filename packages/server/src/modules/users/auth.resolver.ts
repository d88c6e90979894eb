import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { decoyHash, verifyPassword } from '../../auth/password.js';
import { endSession, openSession, purgeExpiredSessions } from '../../auth/sessions.js';
import type { Context } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import { writeAudit } from '../audit/audit.service.js';
import { User } from './user.entity.js';

@ObjectType()
class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field(() => User)
  user!: User;
}

// Bounds keep a hostile caller from making scrypt hash megabytes.
const MAX_CREDENTIAL = 200;

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload)
  async login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    const wrong = new AppError('UNAUTHENTICATED', 'Wrong username or password.');
    if (username.length > MAX_CREDENTIAL || password.length > MAX_CREDENTIAL) throw wrong;
    // Counted before any hashing: a throttled attempt answers TOO_MANY_REQUESTS at once.
    await ctx.loginThrottle.attempt(username, ctx.clientAddress);
    const user = await ctx.em.findOne(User, { username: username.trim() }, { populate: ['passwordHash'] });
    // Same work whether or not the user exists, so the answer's timing reveals nothing either.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !ok || !user.active) throw wrong;
    await ctx.loginThrottle.succeeded(username, ctx.clientAddress);
    await purgeExpiredSessions(ctx.em);
    return ctx.em.transactional(async (tx) => {
      const token = openSession(tx, user, ctx.config.sessionTtlHours);
      const actor = { id: user.id, username: user.username, countyId: user.county.id };
      writeAudit(tx, actor, 'login', 'User', user.id, null, null);
      return { token, user };
    });
  }

  @Mutation(() => Boolean, { description: 'Ends the current session; true when there was one.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    const { user, sessionTokenHash } = ctx;
    if (!sessionTokenHash) return false;
    // Signing out is audited like signing in, in the transaction that ends the session. A token that no
    // longer names a signed-in user (expired, user deactivated) ends nothing anyone can use: no event.
    return ctx.em.transactional(async (tx) => {
      const ended = await endSession(tx, sessionTokenHash);
      if (ended && user) writeAudit(tx, user, 'logout', 'User', user.id, null, null);
      return ended;
    });
  }

  @Query(() => User, { nullable: true, description: 'The logged-in user, or null.' })
  me(@Ctx() ctx: Context): Promise<User | null> | null {
    return ctx.user ? ctx.loaders.byId(User).load(ctx.user.id) : null;
  }
}
