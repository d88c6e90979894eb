import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '../db/select-rows.js';
import { Session } from '../modules/users/session.entity.js';
import type { User } from '../modules/users/user.entity.js';
import type { Role } from './roles.js';
import type { AuthUser } from './scope.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Opens a session and returns its opaque token; only the token's hash is stored. */
export function openSession(tx: EntityManager, user: User, ttlHours: number): string {
  const token = randomBytes(32).toString('base64url');
  tx.create(Session, {
    county: user.county.id,
    user,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + ttlHours * 3600_000),
  });
  return token;
}

export function tokenHashOf(authorization: string | undefined): string | null {
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,100})$/.exec(authorization ?? '');
  return match ? hashToken(match[1]) : null;
}

/**
 * The user behind a token, or null when it is unknown, expired, or the user is no longer active.
 *
 * Every request asks this, so it is one plain statement: the ORM's query builder and entity hydration
 * cost a request about a millisecond more here, a quarter of the smallest request's time (bench/README.md).
 */
export async function userOfSession(em: EntityManager, tokenHash: string): Promise<AuthUser | null> {
  const [row] = await selectRows<{
    id: string;
    username: string;
    role: Role;
    county_id: string;
    township_id: string | null;
    village_id: string | null;
  }>(
    em,
    `select u.id, u.username, u.role, u.county_id, u.township_id, u.village_id
     from session s join app_user u on u.id = s.user_id
     where s.token_hash = ? and s.expires_at > ? and u.active`,
    [tokenHash, new Date()],
  );
  if (!row) return null;
  return {
    id: row.id,
    username: row.username,
    role: row.role,
    countyId: row.county_id,
    townshipId: row.township_id,
    villageId: row.village_id,
  };
}

/**
 * Deletes the sessions past their expiry (they already answer nothing). Called on each login, so the
 * table holds little more than the sessions opened within SESSION_TTL_HOURS and the scan stays short.
 */
export async function purgeExpiredSessions(em: EntityManager): Promise<number> {
  return em.nativeDelete(Session, { expiresAt: { $lte: new Date() } });
}

export async function endSession(em: EntityManager, tokenHash: string): Promise<boolean> {
  return (await em.nativeDelete(Session, { tokenHash })) > 0;
}

/** Ends every session of a user at once: used when the role, scope, password or activity changes. */
export async function endSessionsOf(tx: EntityManager, userId: string): Promise<void> {
  await tx.nativeDelete(Session, { user: userId });
}
