import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs a plain `select` with `?` placeholders and returns its rows, in `em`'s transaction when it has
 * one, logged as the ORM logs its own statements.
 *
 * Unlike `em.execute`, the values travel as bound parameters: MikroORM writes every value into the SQL
 * text itself, escaping it character by character, which for a page's 500 ids cost about a tenth of the
 * request (bench/README.md). An array value binds as one PostgreSQL array: `id = any(?)`, not `in (?)`.
 * Errors are the driver's own, as `em.execute` throws them (db/unavailable.ts reads both).
 */
export async function selectRows<T extends object>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T[]> {
  const query = em.getKnex().raw(sql, params as never[]);
  const transaction = em.getTransactionContext();
  if (transaction) query.transacting(transaction);
  const logger = em.config.getLogger();
  const log = logger.isEnabled('query') ? { query: sql, params: [...params] } : null;
  const started = Date.now();
  try {
    const { rows } = (await query) as { rows: T[] };
    if (log) logger.logQuery({ ...log, took: Date.now() - started, results: rows.length });
    return rows;
  } catch (err) {
    if (log) logger.logQuery({ ...log, took: Date.now() - started, level: 'error' });
    throw err;
  }
}
