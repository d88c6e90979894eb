import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere, type AuthUser } from '../../auth/scope.js';
import { Village } from '../geography/village.entity.js';
import { Application } from './application.entity.js';

export interface DeclaredSnapshot {
  village: Village;
  /** The village's most recent application up to the year, or undefined when it never applied. */
  application?: Pick<Application, 'id' | 'year' | 'declaredValues'>;
}

/**
 * Every village in scope with its latest declared values up to a year: what the panel's survey and the
 * what-if evaluate. Two queries, whatever the county's size.
 */
export async function latestDeclared(
  em: EntityManager,
  user: AuthUser,
  year: number,
): Promise<DeclaredSnapshot[]> {
  const [villages, applications] = await Promise.all([
    em.find(Village, scopeWhere('Village', user) as never, { orderBy: { code: 'asc' } }),
    em.find(Application, { $and: [scopeWhere('Application', user), { year: { $lte: year } }] } as never, {
      orderBy: { year: 'desc', createdAt: 'desc' },
      fields: ['village', 'year', 'declaredValues', 'createdAt'],
    }),
  ]);
  const latest = new Map<string, (typeof applications)[number]>();
  for (const a of applications) if (!latest.has(a.village.id)) latest.set(a.village.id, a);
  return villages.map((village) => ({ village, application: latest.get(village.id) }));
}
