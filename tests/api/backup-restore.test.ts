import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, startServer, type RunningServer } from '@fanben/server';
import { admin as adminSql, quoteIdent, withDatabase } from '../support/database.js';
import { ADMIN_PASSWORD } from '../support/global-setup.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { maintenanceUrl, postgresAvailable } from '../support/postgres-operator.js';
import { spawnServer } from '../support/spawn-server.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const SCRIPTS = fileURLToPath(new URL('../../scripts/', import.meta.url));

/** Runs one of scripts/*.sh; resolves its exit code and output (a failure is a result, not a throw). */
async function script(name: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(path.join(SCRIPTS, name), args);
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const lastLine = (text: string) => text.trim().split('\n').at(-1)!;

/** What a county's figures look like through the API: totals, counts, the latest audit events. */
async function figures(client: GraphQLClient, year?: number) {
  return client.data(
    `query ($year: Int!, $withSchedule: Boolean!) {
      payoutSchedule(year: $year) @include(if: $withSchedule) { total villageCount cadreCount }
      _allTownshipsMeta { count } _allVillagesMeta { count } _allApplicationsMeta { count }
      _allCertificationsMeta { count } _allPayoutsMeta { count } _allAuditEventsMeta { count }
      allAuditEvents(perPage: 5, sortField: "createdAt", sortOrder: "DESC") { id action entityType entityId }
      allVillages(perPage: 3, sortField: "code") { id name population version }
    }`,
    { year: year ?? 0, withSchedule: year !== undefined },
  );
}

/** The in-process server on a restored database or data directory, as `startTestServer` would start it. */
const startOn = (env: Record<string, string>) =>
  startServer(loadConfig({ ADMIN_PASSWORD, DEMO_DATA: '0', PORT: '0', NODE_ENV: 'test', ...env }));

/**
 * A client on `server` holding `client`'s session: sessions are data, so they come back with a
 * restore. (A new login would add an audit event and change the figures.)
 */
function sameSession(client: GraphQLClient, server: RunningServer): GraphQLClient {
  const copy = new GraphQLClient(server.url);
  copy.token = client.token;
  return copy;
}

const refusesUpdate = (server: RunningServer) =>
  expect(
    server.orm.em.getConnection().execute(`update audit_event set action = 'edited afterwards'`),
  ).rejects.toThrow(/append-only/);

const dirs: string[] = [];
const tempDir = async (prefix: string) => {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe.skipIf(!postgresAvailable())('PostgreSQL backup: pg_dump -Fc and pg_restore (scripts)', () => {
  let t: TestServer | undefined;
  let restored: RunningServer | undefined;
  const restoredDb = `fanben_test_${randomBytes(6).toString('hex')}`;
  afterAll(async () => {
    await restored?.stop();
    await t?.stop();
    await adminSql(maintenanceUrl(), `drop database if exists ${quoteIdent(restoredDb)} with (force)`);
  });

  it('a dump of the live database restores into a new one with the same figures and an append-only audit trail', async () => {
    t = await startTestServer();
    const admin = await t.as('admin');
    // Changes with audit events, and frozen payout lines, so the dump has more than the demo's rows.
    await admin.data('mutation { generatePayouts(year: 2016) { id } }');
    const { allVillages } = await admin.data<{ allVillages: { id: string; population: number }[] }>(
      '{ allVillages(perPage: 1, sortField: "code") { id population } }',
    );
    await admin.data('mutation ($id: ID!, $p: Int!) { updateVillage(id: $id, population: $p) { id } }', {
      id: allVillages[0].id,
      p: allVillages[0].population + 1,
    });
    const before = await figures(admin, 2016);

    // The server keeps running: pg_dump reads one consistent snapshot.
    const [{ db }] = await t.sql<{ db: string }>('select current_database() as db');
    const started = Date.now();
    const backup = await script(
      'backup-postgres.sh',
      withDatabase(maintenanceUrl(), db),
      await tempDir('fanben-bk-'),
    );
    const dumpMs = Date.now() - started;
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    const dump = lastLine(backup.stdout);
    expect(dump).toMatch(new RegExp(`fanben-${db}-\\d{8}T\\d{6}Z\\.dump$`));
    // A change after the backup is not in it.
    await admin.data('mutation { createTownship(name: "备份后新建镇", code: "520502998") { id } }');

    await adminSql(maintenanceUrl(), `create database ${quoteIdent(restoredDb)}`);
    const restoredUrl = withDatabase(maintenanceUrl(), restoredDb);
    const restoreStarted = Date.now();
    const restore = await script('restore-postgres.sh', dump, restoredUrl);
    const restoreMs = Date.now() - restoreStarted;
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    console.log(`pg_dump ${dumpMs}ms, pg_restore + checks ${restoreMs}ms:\n${restore.stdout}`);
    const [{ n: migrations }] = await t.sql<{ n: string }>('select count(*) as n from mikro_orm_migrations');
    expect(restore.stdout).toContain(`migrations: ${migrations} applied`);
    expect(restore.stdout).toMatch(/audit_event triggers: audit_event_no_truncate,audit_event_no_update/);
    expect(restore.stdout).toContain('audit_event: UPDATE refused');
    expect(restore.stdout).toContain('audit_event: TRUNCATE refused');

    // A second restore into the now full database is refused, never merged.
    const again = await script('restore-postgres.sh', dump, restoredUrl);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already has \d+ tables/);

    restored = await startOn({ DATABASE_URL: restoredUrl });
    const client = sameSession(admin, restored);
    expect(await figures(client, 2016)).toEqual(before);
    await refusesUpdate(restored);
    // The restored county works: a change is saved with its audit event.
    await client.data('mutation { createTownship(name: "恢复后新建镇", code: "520502997") { id } }');
    const after = await figures(client);
    expect(after._allAuditEventsMeta).toEqual({
      count: (before._allAuditEventsMeta as { count: number }).count + 1,
    });
  });
});

describe('embedded database backup: a copy of a stopped server’s DATA_DIR (scripts)', () => {
  let restored: RunningServer | undefined;
  afterAll(() => restored?.stop());

  it('refuses while the server runs; the copy of the stopped DATA_DIR starts with the same figures', async () => {
    const dataDir = await tempDir('fanben-data-');
    const backups = await tempDir('fanben-bk-');
    const running = await spawnServer({
      DATA_DIR: dataDir,
      DEMO_DATA: '0',
      ADMIN_PASSWORD,
      PORT: '0',
      HOST: '127.0.0.1',
    });
    const admin = new GraphQLClient(running.url);
    await admin.login('admin', ADMIN_PASSWORD);
    const { createTownship } = await admin.data<{ createTownship: { id: string } }>(
      'mutation { createTownship(name: "试点镇", code: "520502901") { id } }',
    );
    for (const [name, code, population] of [
      ['试点一村', '520502901001', 1200],
      ['试点二村', '520502901002', 860],
    ] as const) {
      await admin.data(
        'mutation ($t: ID!, $n: String!, $c: String!, $p: Int!) { createVillage(townshipId: $t, name: $n, code: $c, population: $p) { id } }',
        { t: createTownship.id, n: name, c: code, p: population },
      );
    }
    const before = await figures(admin);

    const whileRunning = await script('backup-embedded.sh', dataDir, backups);
    expect(whileRunning.code).not.toBe(0);
    expect(whileRunning.stderr).toMatch(/is using .*; stop it first/);

    expect(await running.stop()).toBe(0);
    const started = Date.now();
    const backup = await script('backup-embedded.sh', dataDir, backups);
    const backupMs = Date.now() - started;
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    const archive = lastLine(backup.stdout);
    expect(archive).toMatch(/fanben-data-\d{8}T\d{6}Z\.tar\.gz$/);

    const copy = path.join(await tempDir('fanben-restored-'), 'data');
    const restore = await script('restore-embedded.sh', archive, copy);
    expect(restore.code).toBe(0);
    console.log(
      `embedded: archive of the stopped DATA_DIR in ${backupMs}ms; restored in ${Date.now() - started - backupMs}ms`,
    );
    expect((await script('restore-embedded.sh', archive, copy)).stderr).toMatch(/is not empty/);

    restored = await startOn({ DATA_DIR: copy });
    const client = sameSession(admin, restored);
    expect(await figures(client)).toEqual(before);
    expect(before).toMatchObject({ _allTownshipsMeta: { count: 1 }, _allVillagesMeta: { count: 2 } });
    await refusesUpdate(restored);
  }, 300_000); // two embedded starts: PGlite's first one creates its cluster (WebAssembly), slow on 2 cores
});
