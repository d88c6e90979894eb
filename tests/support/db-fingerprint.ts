import type { TestServer } from './test-server.js';

/**
 * Digests of the application tables, so a test can show that a refused or failed request wrote nothing
 * at all — not only in the table it aimed at. Two strengths, each one round trip:
 * - `fingerprint`: every row's text (count and an order-independent hash): nothing changed, exactly.
 * - `quickFingerprint`: per table the row count, the sum of `version`, the latest `created_at` and
 *   `updated_at` — every insert, delete and ORM update shows in it; cheap enough to take around each of
 *   hundreds of requests. Pair it with one `fingerprint` around the whole batch.
 */
export type Fingerprint = Record<string, string>;

const statements = new Map<string, string>();

async function tables(t: TestServer): Promise<{ name: string; columns: string[] }[]> {
  const rows = await t.sql<{ table_name: string; columns: string[] }>(
    `select c.table_name, array_agg(c.column_name::text) as columns
       from information_schema.columns c join information_schema.tables t
         on t.table_name = c.table_name and t.table_schema = c.table_schema
      where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
        and c.table_name <> 'mikro_orm_migrations'
      group by c.table_name order by c.table_name`,
  );
  return rows.map((r) => ({ name: r.table_name, columns: r.columns }));
}

async function statement(t: TestServer, kind: 'full' | 'quick'): Promise<string> {
  const cached = statements.get(kind);
  if (cached) return cached;
  const parts = (await tables(t)).map(({ name, columns }) => {
    const digest =
      kind === 'full'
        ? `coalesce(md5(string_agg(md5(x::text), '' order by md5(x::text))), '')`
        : ['version', 'created_at', 'updated_at']
            .filter((c) => columns.includes(c))
            .map((c) =>
              c === 'version' ? `coalesce(sum(x.version), 0)::text` : `coalesce(max(x.${c})::text, '')`,
            )
            .join(` || '/' || `) || `''`;
    return `select '${name}' as name, count(*) || ':' || ${digest} as digest from "${name}" x`;
  });
  const sql = parts.join(' union all ');
  statements.set(kind, sql);
  return sql;
}

async function digest(t: TestServer, kind: 'full' | 'quick'): Promise<Fingerprint> {
  const rows = await t.sql<{ name: string; digest: string }>(await statement(t, kind));
  return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
}

export const fingerprint = (t: TestServer) => digest(t, 'full');
export const quickFingerprint = (t: TestServer) => digest(t, 'quick');

/** The tables whose digest differs, for a readable failure message. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((n) => before[n] !== after[n]).sort();
}
