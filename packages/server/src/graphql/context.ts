import type { EntityManager } from '@mikro-orm/postgresql';
import type { Locale } from '@fanben/plugin-sdk';
import type { LoginThrottle } from '../auth/login-throttle.js';
import type { AuthUser } from '../auth/scope.js';
import type { Config } from '../config.js';
import type { IndicatorRegistry } from '../county/indicator-registry.js';
import type { Loaders } from './loaders.js';
import { AppError } from './errors.js';
import { Role } from '../auth/roles.js';

/** What every resolver gets: one EntityManager fork and one set of DataLoaders per request. */
export interface Context {
  em: EntityManager;
  user: AuthUser | null;
  loaders: Loaders;
  locale: Locale;
  config: Config;
  /** The indicators of the plugins this county loads. */
  registry: IndicatorRegistry;
  /** The bearer token's hash, so `logout` can end exactly this session. */
  sessionTokenHash: string | null;
  /** The client's IP address (through TRUST_PROXY's proxies), for counting failed logins. */
  clientAddress: string;
  loginThrottle: LoginThrottle;
}

export function requireUser(ctx: Context): AuthUser {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED', 'Please log in first.');
  return ctx.user;
}

/** ADMIN may do everything every role may do (api-contract.md). */
export function requireRole(ctx: Context, roles: readonly Role[], action: string): AuthUser {
  const user = requireUser(ctx);
  if (user.role !== Role.ADMIN && !roles.includes(user.role)) {
    throw new AppError('FORBIDDEN', `Your role (${user.role}) may not ${action}.`);
  }
  return user;
}

export function localeFrom(acceptLanguage: string | undefined): Locale {
  return acceptLanguage && /^en\b/i.test(acceptLanguage.trim()) ? 'en' : 'zh-CN';
}
