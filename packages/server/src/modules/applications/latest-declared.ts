import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere, type AuthUser } from '../../auth/scope.js';
import { findDisplayRows } from '../../graphql/records.js';
import { Village } from '../geography/village.entity.js';
import { Application } from './application.entity.js';

export interface DeclaredSnapshot {
  village: Village;
  /** The village's most recent application up to the year, or undefined when it never applied. */
  application?: Pick<Application, 'id' | 'year' | 'declaredValues'>;
}

type LatestRow = Pick<Application, 'id' | 'year' | 'declaredValues'> & { village: string };

/**
 * Every village in scope with its latest declared values up to a year: what the panel's survey and the
 * what-if evaluate. Two queries, whatever the county's size.
 *
 * Read for display, not change: villages as display rows, and only each village's latest application
 * (`distinct on`) as plain rows. Hydrating every application of every year as entities, each with a
 * change-tracking copy of its declared values, made this the largest holder of memory of any request
 * (bench/README.md `scale`).
 */
export async function latestDeclared(
  em: EntityManager,
  user: AuthUser,
  year: number,
): Promise<DeclaredSnapshot[]> {
  const [villages, applications] = await Promise.all([
    findDisplayRows(em, Village, scopeWhere('Village', user), { orderBy: { code: 'asc' } }),
    em
      .createQueryBuilder(Application, 'a')
      .select(['id', 'village', 'year', 'declaredValues'])
      .distinctOn(['village'])
      .where({ $and: [scopeWhere('Application', user), { year: { $lte: year } }] } as never)
      .orderBy([{ village: 'asc' }, { year: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }])
      .execute<LatestRow[]>('all', true),
  ]);
  const latest = new Map(applications.map((a) => [a.village, a]));
  return villages.map((village) => ({ village, application: latest.get(village.id) }));
}
