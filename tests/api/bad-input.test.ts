import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GraphQLClient, type GraphQLResponse } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('bad input answers a typed error, below HTTP 500, and writes nothing', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let townshipId: string;
  let villages: number;
  let audits: number;

  const count = async (table: string) =>
    Number((await t.sql<{ n: string }>(`select count(*) as n from ${table}`))[0].n);

  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.as('admin');
    townshipId = (await admin.data<{ allTownships: { id: string }[] }>('{ allTownships(perPage: 1) { id } }'))
      .allTownships[0].id;
    villages = await count('village');
    audits = await count('audit_event');
  });
  afterAll(async () => {
    // Nothing any case below sent may have been written.
    expect(await count('village')).toBe(villages);
    expect(await count('audit_event')).toBe(audits);
    await t?.stop();
  });

  const expectBadInput = (res: GraphQLResponse<unknown>, field?: string) => {
    expect(res.status).toBeLessThan(500);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    if (field) expect(res.errors?.[0].message).toContain(field);
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  };

  it('a missing required field names the field', async () => {
    const res = await admin.request(
      'mutation ($t: ID!) { createVillage(name: "缺代码村", townshipId: $t) { id } }',
      {
        t: townshipId,
      },
    );
    expectBadInput(res, 'code');
  });

  it('a wrong type names the argument', async () => {
    const res = await admin.request(
      'mutation ($t: ID!) { createVillage(name: "类型村", code: "1", townshipId: $t, population: "many") { id } }',
      { t: townshipId },
    );
    expectBadInput(res, 'population');
  });

  it('a wrong type in variables names the variable', async () => {
    const res = await admin.request(
      'mutation ($t: ID!, $p: Int) { createVillage(name: "类型村", code: "1", townshipId: $t, population: $p) { id } }',
      { t: townshipId, p: 'many' },
    );
    expectBadInput(res, '$p');
  });

  it('an unknown enum value', async () => {
    const res = await admin.request(
      'mutation ($t: ID!) { createVillage(name: "枚举村", code: "1", townshipId: $t, kind: HAMLET) { id } }',
      { t: townshipId },
    );
    expectBadInput(res, 'HAMLET');
  });

  it('a page size over the maximum', async () => {
    const res = await admin.request('{ allVillages(perPage: 501) { id } }');
    expectBadInput(res, 'perPage');
    expect(res.errors?.[0].extensions?.field).toBe('perPage');
  });

  it('an unknown sort field', async () => {
    const res = await admin.request('{ allVillages(sortField: "password") { id } }');
    expectBadInput(res, 'sortField');
  });

  it("react-admin's default sort by id lists in the resource's natural order (villages by code)", async () => {
    const byId = await admin.request<{ allVillages: { code: string }[] }>(
      '{ allVillages(perPage: 5, sortField: "id", sortOrder: "DESC") { code } }',
    );
    const byCode = await admin.request<{ allVillages: { code: string }[] }>(
      '{ allVillages(perPage: 5, sortField: "code", sortOrder: "DESC") { code } }',
    );
    expect(byId.errors).toBeUndefined();
    expect(byId.data?.allVillages.map((v) => v.code)).toEqual(byCode.data?.allVillages.map((v) => v.code));
  });

  it('an over-long string names the field', async () => {
    const res = await admin.request(
      'mutation ($t: ID!, $n: String!) { createVillage(name: $n, code: "520502000999", townshipId: $t) { id } }',
      { t: townshipId, n: '村'.repeat(101) },
    );
    expectBadInput(res, 'name');
    expect(res.errors?.[0].extensions?.field).toBe('name');
  });

  it('a negative population', async () => {
    const res = await admin.request(
      'mutation ($t: ID!) { createVillage(name: "负数村", code: "520502000998", townshipId: $t, population: -5) { id } }',
      { t: townshipId },
    );
    expectBadInput(res, 'population');
  });

  it('a malformed reference id names the field', async () => {
    const res = await admin.request(
      'mutation { createVillage(name: "引用村", code: "520502000997", townshipId: "42") { id } }',
    );
    expectBadInput(res, 'townshipId');
  });

  it('a duplicate code answers CONFLICT, not an internal error', async () => {
    const [existing] = await t.sql<{ code: string }>('select code from village limit 1');
    const res = await admin.request(
      'mutation ($t: ID!, $c: String!) { createVillage(name: "重复村", code: $c, townshipId: $t) { id } }',
      { t: townshipId, c: existing.code },
    );
    expect(res.status).toBeLessThan(500);
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toMatch(/already exists/);
  });

  it('deleting a village that still has cadres answers INVALID_STATE', async () => {
    const [v] = await t.sql<{ id: string }>('select village_id as id from cadre limit 1');
    const res = await admin.request('mutation ($id: ID!) { deleteVillage(id: $id) { id } }', { id: v.id });
    expect(res.status).toBeLessThan(500);
    expect(codeOf(res)).toBe('INVALID_STATE');
  });

  it('a syntax error in the document', async () => {
    const res = await admin.request('{ allVillages( { id }');
    expectBadInput(res);
  });

  it('a document with too many tokens is refused as bad input before it is parsed', async () => {
    const fields = Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(' ');
    const res = await admin.request(`{ ${fields} }`);
    expectBadInput(res);
    expect(res.errors?.[0].message).toMatch(/more (than|that) 5000 tokens/);
  });

  it('a body over the limit answers 413 with a JSON error', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
      body: JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('a body that is not JSON answers 400 with a JSON error', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
  });
});
