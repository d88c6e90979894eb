import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const INTROSPECTION = '{ __schema { queryType { name } } }';

describe('health', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t?.stop());

  it('/healthz answers 503 while the database refuses connections and 200 once it is back', async () => {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const kind = t.server.databaseKind;
    if (kind === 'embedded') {
      // The embedded database cannot be taken away from under the server; PostgreSQL runs this in CI.
      return;
    }
    const [{ db }] = await t.sql<{ db: string }>('select current_database() as db');
    // A second connection outside the server's pool plays the operator.
    const { admin, quoteIdent } = await import('../support/database.js');
    const maintenance = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL!;
    await admin(maintenance, `alter database ${quoteIdent(db)} allow_connections false`);
    await admin(
      maintenance,
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${db}'`,
    );
    try {
      const down = await fetch(`${t.url}/healthz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ database: 'down' });
    } finally {
      await admin(maintenance, `alter database ${quoteIdent(db)} allow_connections true`);
    }
    const up = await fetch(`${t.url}/healthz`);
    expect(up.status).toBe(200);
  });
});

describe('development and production modes', () => {
  let dev: TestServer;
  let prod: TestServer;
  let devAdmin: GraphQLClient;
  let prodAdmin: GraphQLClient;

  beforeAll(async () => {
    [dev, prod] = await Promise.all([startTestServer(), startTestServer({ NODE_ENV: 'production' })]);
    [devAdmin, prodAdmin] = await Promise.all([dev.as('admin'), prod.as('admin')]);
  });
  afterAll(async () => {
    await dev?.stop();
    await prod?.stop();
  });

  it('production refuses introspection', async () => {
    expect((await devAdmin.data<{ __schema: unknown }>(INTROSPECTION)).__schema).toBeTruthy();
    const res = await prodAdmin.request(INTROSPECTION);
    expect(res.status).toBeLessThan(500);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });

  it('production gives no "did you mean" hints', async () => {
    const devRes = await devAdmin.request('{ allVilages { id } }');
    expect(devRes.errors?.[0].message).toMatch(/Did you mean/);
    const res = await prodAdmin.request('{ allVilages { id } }');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).not.toMatch(/Did you mean|allVillages/);
  });

  it('production sends no stack traces or database details, even when the database fails', async () => {
    const bad = await prodAdmin.request('{ allVillages(perPage: 9999) { id } }');
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad)).not.toMatch(/stacktrace|\.js:\d+/);
    if (prod.server.databaseKind === 'embedded') return; // PostgreSQL runs the rest in CI

    const { admin, quoteIdent } = await import('../support/database.js');
    const maintenance = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL!;
    const [{ db }] = await prod.sql<{ db: string }>('select current_database() as db');
    await admin(maintenance, `alter database ${quoteIdent(db)} allow_connections false`);
    await admin(
      maintenance,
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${db}'`,
    );
    try {
      const withSession = await prodAdmin.request('{ allVillages { id } }');
      expect(withSession.status).toBe(503);
      expect(codeOf(withSession)).toBe('SERVICE_UNAVAILABLE');
      const login = await prod
        .anonymous()
        .request('mutation { login(username: "admin", password: "whatever1") { token } }');
      expect([login.status, codeOf(login)]).toEqual([503, 'SERVICE_UNAVAILABLE']);
      for (const res of [withSession, login]) {
        expect(JSON.stringify(res)).not.toMatch(
          /stacktrace|\.js:\d+|allow_connections|does not allow|terminat|select /i,
        );
      }
    } finally {
      await admin(maintenance, `alter database ${quoteIdent(db)} allow_connections true`);
    }
    // The server recovers without a restart.
    expect(await prodAdmin.data('{ me { username } }')).toEqual({ me: { username: 'admin' } });
  });
});
