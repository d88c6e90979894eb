import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GraphQLClient, type GraphQLResponse } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The console's own GraphQL adapter, loaded from the console's dependencies: the documents below are
// exactly what react-admin sends, not a copy of its rules.
const fromConsole = createRequire(new URL('../../packages/admin/package.json', import.meta.url));
type DocumentNode = { kind: 'Document' };
const { buildSchema, introspectionFromSchema, print } = fromConsole('graphql') as {
  buildSchema: (sdl: string) => unknown;
  introspectionFromSchema: (schema: unknown) => { __schema: unknown };
  print: (document: DocumentNode) => string;
};
const { buildQuery } = fromConsole('ra-data-graphql-simple') as {
  buildQuery: (
    introspection: unknown,
  ) => (
    fetchType: string,
    resource: string,
    params: unknown,
  ) => { query: DocumentNode; variables: Record<string, unknown> };
};
const { introspectSchema, defaultOptions } = fromConsole('ra-data-graphql') as {
  introspectSchema: (
    client: unknown,
    options: unknown,
  ) => Promise<{ resources: { type: { name: string }; GET_LIST?: unknown; GET_ONE?: unknown }[] }>;
  defaultOptions: { introspection: Record<string, unknown> };
};

const ALLOWED_ORIGIN = 'https://console.example.org';
const ADVICE = /Ask for fewer fields or split the request into several queries\.$/;

describe('limits on one request', () => {
  let t: TestServer;
  let admin: GraphQLClient;

  beforeAll(async () => {
    t = await startTestServer({ CORS_ORIGINS: ALLOWED_ORIGIN });
    admin = await t.as('admin');
  });
  afterAll(() => t?.stop());

  const expectRefused = (res: GraphQLResponse<unknown>, message: RegExp) => {
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(message);
    expect(res.errors?.[0].message).toMatch(ADVICE);
    expect(res.data).toBeUndefined();
  };

  it('let every list and record query of the console through (ra-data-graphql-simple on the committed schema)', async () => {
    const sdl = await readFile(new URL('../../packages/server/schema.graphql', import.meta.url), 'utf8');
    const introspection = await introspectSchema(null, {
      ...defaultOptions.introspection,
      schema: introspectionFromSchema(buildSchema(sdl)).__schema,
    });
    const build = buildQuery(introspection);
    const listed: string[] = [];
    for (const resource of introspection.resources.filter((r) => r.GET_LIST)) {
      const name = resource.type.name;
      const list = build('GET_LIST', name, {
        // Each list's default sort is its own; leaving it out keeps this test about the selection.
        pagination: { page: 1, perPage: 25 },
        filter: {},
      });
      const res = await admin.request<{ items: { id: string }[] }>(print(list.query), list.variables);
      expect({ name, errors: res.errors }).toEqual({ name, errors: undefined });
      listed.push(name);
      const first = res.data?.items[0];
      if (!first || !resource.GET_ONE) continue;
      const one = build('GET_ONE', name, { id: first.id });
      const record = await admin.request(print(one.query), one.variables);
      expect({ name, errors: record.errors }).toEqual({ name, errors: undefined });
    }
    expect(listed).toEqual(expect.arrayContaining(['Village', 'Scheme', 'Assessment', 'PlanItem', 'User']));
  });

  it('a query nested deeper than the limit answers 400 with the numbers', async () => {
    const res = await admin.request(
      '{ allVillages(perPage: 1) { cadres { village { cadres { village { cadres { id } } } } } } }',
    );
    expectRefused(res, /^Query depth limit of 6 exceeded, found 7\./);
  });

  it('more aliases than the limit answer 400', async () => {
    const aliases = (n: number) =>
      Array.from({ length: n }, (_, i) => `y${i}: _allVillagesMeta { count }`).join(' ');
    expect((await admin.request(`{ ${aliases(10)} }`)).errors).toBeUndefined();
    expectRefused(await admin.request(`{ ${aliases(11)} }`), /^Aliases limit of 10 exceeded, found 11\./);
  });

  it('more directives than the limit answer 400', async () => {
    const fields = (n: number) => Array.from({ length: n }, () => 'id @include(if: true)').join(' ');
    expect((await admin.request(`{ me { ${fields(10)} } }`)).errors).toBeUndefined();
    expectRefused(
      await admin.request(`{ me { ${fields(11)} } }`),
      /^Directives limit of 10 exceeded, found 11\./,
    );
  });

  it('a document fanning out past the cost limit answers 400 before any SQL runs', async () => {
    const ids = Array.from({ length: 500 }, () => 'id').join(' ');
    t.resetQueries();
    const res = await admin.request(
      `{ allVillages { cadres { village { cadres { village { ${ids} } } } } } }`,
    );
    expectRefused(res, /^Query Cost limit of 3000 exceeded, found \d+/);
    // The session lookup is the only statement: no resolver ran.
    expect(t.queries.filter((q) => /select/i.test(q) && !/\bfrom "?session"?\s/i.test(q))).toEqual([]);
  });

  it('refuses batched requests (an array of operations) with 400', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batching/i);
  });

  it('refuses requests a browser sends cross-site without a preflight (CSRF prevention)', async () => {
    const simplePost = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(simplePost.status).toBe(400);
    expect(JSON.stringify(await simplePost.json())).toMatch(/CSRF/);
    const simpleGet = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(simpleGet.status).toBe(400);
  });

  it('CORS: an allowed origin gets the header, any other origin does not', async () => {
    const from = (origin: string, method = 'POST') =>
      fetch(`${t.url}/graphql`, {
        method,
        headers: {
          origin,
          'content-type': 'application/json',
          ...(method === 'OPTIONS'
            ? { 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' }
            : {}),
        },
        body: method === 'OPTIONS' ? undefined : JSON.stringify({ query: '{ __typename }' }),
      });
    const allowed = await from(ALLOWED_ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    const preflight = await from(ALLOWED_ORIGIN, 'OPTIONS');
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);

    const other = await from('https://elsewhere.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const otherPreflight = await from('https://elsewhere.example.com', 'OPTIONS');
    expect(otherPreflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});
