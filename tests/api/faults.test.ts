import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { admin as adminSql, quoteIdent, withDatabase } from '../support/database.js';
import { ADMIN_PASSWORD } from '../support/global-setup.js';
import { codeOf, GraphQLClient, type GraphQLResponse } from '../support/graphql-client.js';
import {
  bringDatabaseBack,
  DatabaseOperator,
  maintenanceUrl,
  postgresAvailable,
  takeDatabaseAway,
} from '../support/postgres-operator.js';
import { spawnServer, type SpawnedServer } from '../support/spawn-server.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const UPDATE_VILLAGE =
  'mutation ($id: ID!, $p: Int!) { updateVillage(id: $id, population: $p) { id population version } }';

/** Nothing in an answer to an infrastructure fault may reveal code, SQL or the database's own words. */
const LEAKS = /stacktrace|\.js:\d+|\bat \w|terminat|administrator|pg_|select |update |insert |audit_event/i;

describe.skipIf(!postgresAvailable())('database faults (real PostgreSQL)', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let database: string;

  beforeAll(async () => {
    // Production mode, as deployed: its answers must carry no stack traces (test mode includes them).
    t = await startTestServer({ NODE_ENV: 'production' });
    admin = await t.as('admin');
    [{ database }] = await t.sql<{ database: string }>('select current_database() as database');
  });
  afterAll(() => t?.stop());

  const villageRow = async (id: string) =>
    (
      await t.sql<{ population: number; version: number }>(
        'select population, version from village where id = ?',
        [id],
      )
    )[0];
  const auditCount = async () =>
    Number((await t.sql<{ n: string }>('select count(*) as n from audit_event'))[0].n);

  it('a connection cut inside a mutation’s transaction: a clean 503, nothing half-written, the pool recovers', async () => {
    const { allVillages } = await admin.data<{ allVillages: { id: string; population: number }[] }>(
      '{ allVillages(perPage: 1, sortField: "code") { id population } }',
    );
    const village = allVillages[0];
    const before = await villageRow(village.id);
    const auditsBefore = await auditCount();

    // The operator blocks audit inserts, so the mutation writes its village row, then waits for the
    // audit row inside the same transaction: exactly the moment a half-written change could arise.
    const operator = await DatabaseOperator.connect(database);
    let res: GraphQLResponse<{ updateVillage: unknown }>;
    let elapsedMs: number;
    try {
      await operator.holdLock('audit_event', 'share');
      const started = Date.now();
      const pending = admin.request<{ updateVillage: unknown }>(UPDATE_VILLAGE, {
        id: village.id,
        p: before.population + 7,
      });
      const [stuck] = await operator.waitForLockWaiters(1);
      expect(stuck.xid, 'the mutation has written inside its open transaction').not.toBeNull();

      expect(await operator.terminateServerBackends()).toBeGreaterThanOrEqual(1);
      res = await pending;
      elapsedMs = Date.now() - started;
    } finally {
      await operator.release().catch(() => {});
      await operator.end();
    }

    console.log(`terminated mid-transaction: answered in ${elapsedMs}ms, HTTP ${res.status} ${codeOf(res)}`);
    expect(res.status).toBe(503);
    expect(codeOf(res)).toBe('SERVICE_UNAVAILABLE');
    expect(res.data ?? null).toBeNull();
    expect(JSON.stringify(res)).not.toMatch(LEAKS);

    expect(await villageRow(village.id)).toEqual(before);
    expect(await auditCount()).toBe(auditsBefore);

    // The next requests succeed on the same server: the pool replaced the connections it lost.
    const recovering = Date.now();
    const reads = await Promise.all(
      Array.from({ length: 8 }, () => admin.request('{ _allVillagesMeta { count } }')),
    );
    expect(reads.map((r) => [r.status, r.errors])).toEqual(reads.map(() => [200, undefined]));
    const retried = await admin.data<{ updateVillage: { population: number; version: number } }>(
      UPDATE_VILLAGE,
      { id: village.id, p: before.population + 7 },
    );
    console.log(`recovered: 8 reads and the retried mutation in ${Date.now() - recovering}ms`);
    expect(retried.updateVillage).toMatchObject({
      population: before.population + 7,
      version: before.version + 1,
    });
    expect(await auditCount()).toBe(auditsBefore + 1);
  });

  it('a download whose query is cut answers 503 JSON, not an HTML stack or a truncated file', async () => {
    const operator = await DatabaseOperator.connect(database);
    let res: Response;
    try {
      // The session lookup passes; reading the certifications then waits on the operator's lock.
      await operator.holdLock('certification', 'access exclusive');
      const pending = fetch(`${t.url}/exports/certifications.csv`, {
        headers: { authorization: `Bearer ${admin.token}` },
      });
      await operator.waitForLockWaiters(1);
      await operator.terminateServerBackends();
      res = await pending;
    } finally {
      await operator.release().catch(() => {});
      await operator.end();
    }
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = await res.text();
    expect(JSON.parse(body)).toMatchObject({ errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    expect(body).not.toMatch(LEAKS);

    // The pool may still hold a connection the termination killed but whose close it has not yet seen:
    // the first request after the outage may answer 503 once more, as Retry-After tells clients to expect.
    let again = new Response(null, { status: 503 });
    for (let attempt = 0; attempt < 5 && again.status === 503; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 200));
      again = await fetch(`${t.url}/exports/certifications.csv`, {
        headers: { authorization: `Bearer ${admin.token}` },
      });
    }
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('村代码');
  });

  it('/healthz answers 503 while the database is away and 200 once it is back; so does the API', async () => {
    const health = async () => {
      const started = Date.now();
      const res = await fetch(`${t.url}/healthz`);
      return { status: res.status, body: (await res.json()) as unknown, ms: Date.now() - started };
    };
    expect(await health()).toMatchObject({ status: 200, body: { status: 'ok', database: 'up' } });

    await takeDatabaseAway(database);
    let backAt: number;
    try {
      const down = await health();
      console.log(`healthz while the database is away: HTTP ${down.status} in ${down.ms}ms`);
      expect(down).toMatchObject({ status: 503, body: { status: 'unavailable', database: 'down' } });
      // A refused connection is reported at once, not after the health check's 2-second timeout.
      expect(down.ms).toBeLessThan(1500);

      const read = await admin.request('{ _allVillagesMeta { count } }');
      expect([read.status, codeOf(read)]).toEqual([503, 'SERVICE_UNAVAILABLE']);
      expect(JSON.stringify(read)).not.toMatch(LEAKS);
      // Both ways of meeting the outage (the session lookup, a resolver) say when to retry.
      for (const body of [
        { query: '{ me { username } }', token: admin.token },
        { query: 'mutation { login(username: "admin", password: "not-this-one") { token } }' },
      ]) {
        const res = await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(body.token ? { authorization: `Bearer ${body.token}` } : {}),
          },
          body: JSON.stringify({ query: body.query }),
        });
        const json = (await res.json()) as GraphQLResponse;
        expect([res.status, codeOf({ ...json, status: res.status })]).toEqual([503, 'SERVICE_UNAVAILABLE']);
        expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(JSON.stringify(json)).not.toMatch(LEAKS);
      }
    } finally {
      await bringDatabaseBack(database);
      backAt = Date.now();
    }

    const up = await health();
    console.log(`healthz after the database came back: HTTP ${up.status}, ${Date.now() - backAt}ms after`);
    expect(up).toMatchObject({ status: 200, body: { status: 'ok', database: 'up' } });
    expect(await admin.data('{ me { username } }')).toEqual({ me: { username: 'admin' } });
  });
});

describe.skipIf(!postgresAvailable())('SIGTERM under load (the real server process, real PostgreSQL)', () => {
  let database: string;
  let server: SpawnedServer | undefined;
  let operator: DatabaseOperator | undefined;
  beforeAll(async () => {
    const template = inject('template');
    if (template.kind !== 'postgresql') throw new Error('unreachable: no PostgreSQL template');
    database = `fanben_test_${randomBytes(6).toString('hex')}`;
    await adminSql(
      template.url,
      `create database ${quoteIdent(database)} template ${quoteIdent(template.database)}`,
    );
  });
  afterAll(async () => {
    server?.process.kill('SIGKILL');
    await operator?.end().catch(() => {});
    await adminSql(maintenanceUrl(), `drop database if exists ${quoteIdent(database)} with (force)`);
  });

  /** `node dist/main.js` on this file's database, as production runs it; resolves its exit code. */
  const start = async (env: Record<string, string> = {}) => {
    server = await spawnServer({
      DATABASE_URL: withDatabase(maintenanceUrl(), database),
      ADMIN_PASSWORD,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      ...env,
    });
    const child = server.process;
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const client = new GraphQLClient(server.url);
    await client.login('admin', ADMIN_PASSWORD);
    await operator?.end(); // the previous test's
    operator = await DatabaseOperator.connect(database);
    return { server, exited, client, operator };
  };
  const villages = (client: GraphQLClient, offset: number, count: number) =>
    client
      .data<{ allVillages: { id: string; population: number; version: number }[] }>(
        'query ($page: Int, $perPage: Int) { allVillages(page: $page, perPage: $perPage, sortField: "code") { id population version } }',
        { page: offset / count, perPage: count },
      )
      .then((d) => d.allVillages);
  const stateOf = async (op: DatabaseOperator, ids: string[]) => ({
    rows: await op.query<{ id: string; population: number; version: number }>(
      'select id, population, version from village where id = any($1) order by id',
      [ids],
    ),
    audits: await op.query<{ entity_id: string }>(
      `select entity_id from audit_event where action = 'update' and entity_id = any($1) order by entity_id`,
      [ids],
    ),
    auditTotal: Number((await op.query<{ n: string }>('select count(*) as n from audit_event'))[0].n),
  });

  it('finishes the requests in flight, refuses new ones, exits 0 within seconds, leaves nothing half-written', async () => {
    const { server, exited, client, operator } = await start();
    const targets = await villages(client, 0, 3);
    const ids = targets.map((v) => v.id);
    const before = await stateOf(operator, ids);

    // Slow requests: three changes held inside their transactions by the operator's lock on the audit.
    await operator.holdLock('audit_event', 'share');
    const held = targets.map((v) => client.request(UPDATE_VILLAGE, { id: v.id, p: v.population + 11 }));
    await operator.waitForLockWaiters(held.length);

    // A steady stream of reads (two of them heavy) from four clients, until the server is gone.
    const outcomes: Outcome[] = [];
    const reader = async (query: string) => {
      for (;;) {
        const startedAt = Date.now();
        const status = await client.request(query).then(
          (r) => (r.errors ? `${r.status} ${codeOf(r)}` : r.status),
          (e: Error & { cause?: { code?: string } }) => e.cause?.code ?? e.message,
        );
        outcomes.push({ startedAt, endedAt: Date.now(), status });
        if (typeof status === 'string') return; // turned away: the server is stopping
      }
    };
    const readers = Promise.all([
      reader('{ payoutSchedule(year: 2016) { total villageCount } }'),
      reader('{ payoutSchedule(year: 2016) { total villageCount } }'),
      reader('{ _allVillagesMeta { count } _allApplicationsMeta { count } }'),
      reader('{ allTownships(perPage: 50) { id name } }'),
    ]);
    await new Promise((r) => setTimeout(r, 1000));

    const handled = new Promise<number>((resolve) =>
      server.process.stdout!.on('data', (d) => /SIGTERM: finishing/.test(String(d)) && resolve(Date.now())),
    );
    const sigtermAt = Date.now();
    server.process.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    const fresh = await newConnection(server.url);
    await operator.release();
    const answers = await Promise.all(held);
    const drainMs = Date.now() - sigtermAt;
    const code = await exited;
    const exitMs = Date.now() - sigtermAt;
    await readers;
    console.log(
      `SIGTERM: the held changes answered ${drainMs}ms after the signal (300ms of it waiting for the lock); ` +
        `the server took it up after ${(await handled) - sigtermAt}ms; exit ${code} after ${exitMs}ms; a new connection during the drain: ${fresh}; ` +
        `reads ${summarize(outcomes, sigtermAt)}`,
    );

    expect(answers.map((a) => [a.status, a.errors])).toEqual(held.map(() => [200, undefined]));
    expect(fresh).toMatch(/^(ECONNREFUSED|503)$/);
    expect(code).toBe(0);
    expect(exitMs).toBeLessThan(5000);
    expect(server.output()).toContain('SIGTERM: finishing open requests');

    // Reads answered 200 until the signal; after it each one completed or was turned away cleanly,
    // never a 500 or a hang. A socket error only meets a request sent on an idle keep-alive connection
    // before the server took up the signal and closed it (HTTP/1.1's race; the server never began that
    // request). Later ones were told `Connection: close` and find the port closed.
    const tookUpAt = await handled;
    expect(outcomes.filter((o) => o.endedAt < sigtermAt).length).toBeGreaterThan(2);
    for (const o of outcomes) {
      if (o.endedAt < sigtermAt) expect(o.status).toBe(200);
      else
        expect(String(o.status)).toMatch(
          /^(200|503 SERVICE_UNAVAILABLE|ECONNREFUSED|ECONNRESET|UND_ERR_SOCKET)$/,
        );
      if (/RESET|SOCKET/.test(String(o.status))) expect(o.startedAt).toBeLessThanOrEqual(tookUpAt);
    }

    // The held changes committed whole: each row with its audit event, nothing else written.
    const after = await stateOf(operator, ids);
    expect(after.rows).toEqual(
      before.rows.map((r) => ({ ...r, population: r.population + 11, version: r.version + 1 })),
    );
    expect(after.audits.map((a) => a.entity_id)).toEqual([...ids].sort());
    expect(after.auditTotal).toBe(before.auditTotal + held.length);
    expect(await operator.serverBackends()).toEqual([]);
  });

  it('a request stuck past SHUTDOWN_GRACE_SECONDS does not keep the process alive: exit 1, its change rolled back', async () => {
    const { server, exited, client, operator } = await start({ SHUTDOWN_GRACE_SECONDS: '1' });
    const [target] = await villages(client, 3, 1);
    const before = await stateOf(operator, [target.id]);

    await operator.holdLock('audit_event', 'share');
    try {
      const stuck = client.request(UPDATE_VILLAGE, { id: target.id, p: target.population + 13 }).then(
        (r) => `HTTP ${r.status}`,
        (e: Error & { cause?: { code?: string } }) => e.cause?.code ?? e.message,
      );
      await operator.waitForLockWaiters(1);
      const sigtermAt = Date.now();
      server.process.kill('SIGTERM');
      const code = await exited;
      const exitMs = Date.now() - sigtermAt;
      const answer = await stuck;
      console.log(`SIGTERM with a stuck request: exit ${code} after ${exitMs}ms; its client saw ${answer}`);

      expect(code).toBe(1);
      // Grace (1s) plus the margin to close the pool (5s), not forever.
      expect(exitMs).toBeGreaterThanOrEqual(1000);
      expect(exitMs).toBeLessThan(9000);
      expect(server.output()).toMatch(/Requests still open 6s after SIGTERM/);
      expect(answer).toMatch(/^(ECONNRESET|UND_ERR_SOCKET)$/);
    } finally {
      await operator.release();
    }
    // PostgreSQL notices the vanished client once the backend stops waiting for the lock, and then
    // rolls its transaction back: the change was never half-written, and never written.
    await expect.poll(() => operator.serverBackends(), { timeout: 5000 }).toEqual([]);
    expect(await stateOf(operator, [target.id])).toEqual(before);
  });
});

interface Outcome {
  startedAt: number;
  endedAt: number;
  status: number | string;
}

/** Opens a new TCP connection (no keep-alive reuse) for `/healthz`: its status, or the socket error. */
function newConnection(url: string): Promise<string> {
  return new Promise((resolve) => {
    const req = http.get(`${url}/healthz`, { agent: false }, (res) => {
      res.resume();
      resolve(String(res.statusCode));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
  });
}

function summarize(outcomes: Outcome[], at: number): string {
  const count = (list: Outcome[]) => {
    const byStatus = new Map<string, number>();
    for (const o of list) byStatus.set(String(o.status), (byStatus.get(String(o.status)) ?? 0) + 1);
    return [...byStatus].map(([k, n]) => `${k}×${n}`).join(', ') || 'none';
  };
  const resets = outcomes.filter((o) => /RESET|SOCKET/.test(String(o.status)));
  return (
    `before the signal: ${count(outcomes.filter((o) => o.endedAt < at))}; ` +
    `after: ${count(outcomes.filter((o) => o.endedAt >= at))}` +
    (resets.length ? ` (socket errors sent at ${resets.map((o) => o.startedAt - at).join(', ')}ms)` : '')
  );
}
