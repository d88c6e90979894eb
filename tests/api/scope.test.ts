import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

interface VillageRow {
  id: string;
  name: string;
  townshipId: string;
  township: { id: string; name: string } | null;
}

const VILLAGES = `query ($filter: VillageFilter) {
  allVillages(perPage: 500, filter: $filter) { id name townshipId township { id name } }
  _allVillagesMeta(filter: $filter) { count }
}`;

describe('scope: who sees and changes what', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let clerk: GraphQLClient;
  let officer: GraphQLClient;
  let viewer: GraphQLClient;
  let all: VillageRow[];
  let qingtang: VillageRow;
  let otherVillage: VillageRow;

  beforeAll(async () => {
    t = await startTestServer();
    [admin, clerk, officer, viewer] = await Promise.all([
      t.as('admin'),
      t.as('demo.clerk'),
      t.as('demo.township'),
      t.as('demo.viewer'),
    ]);
    const first = await admin.data<{ allVillages: VillageRow[] }>(VILLAGES);
    const second = await admin.data<{ allVillages: VillageRow[] }>(
      'query { allVillages(page: 1, perPage: 500) { id name townshipId township { id name } } }',
    );
    all = [...first.allVillages, ...second.allVillages];
    qingtang = all.find((v) => v.name === '清塘村')!;
    otherVillage = all.find((v) => v.township?.name !== '长春堡镇')!;
  });
  afterAll(() => t?.stop());

  it('the administrator sees the whole demo county', () => {
    expect(all).toHaveLength(508);
    expect(new Set(all.map((v) => v.id)).size).toBe(508);
    expect(qingtang.township?.name).toBe('长春堡镇');
  });

  it('a village clerk sees only the own village, and its township', async () => {
    const data = await clerk.data<{
      allVillages: VillageRow[];
      _allVillagesMeta: { count: number };
      allTownships: { name: string }[];
    }>(`query { allVillages(perPage: 500) { id name townshipId township { id name } }
      _allVillagesMeta { count } allTownships(perPage: 100) { name } }`);
    expect(data.allVillages.map((v) => v.name)).toEqual(['清塘村']);
    expect(data._allVillagesMeta.count).toBe(1);
    expect(data.allTownships.map((x) => x.name)).toEqual(['长春堡镇']);
  });

  it("a township officer sees only the own township's villages", async () => {
    const data = await officer.data<{ allVillages: VillageRow[]; _allVillagesMeta: { count: number } }>(
      VILLAGES,
    );
    const expected = all.filter((v) => v.townshipId === qingtang.townshipId);
    expect(data.allVillages.map((v) => v.id).sort()).toEqual(expected.map((v) => v.id).sort());
    expect(data._allVillagesMeta.count).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(5);
  });

  it('an out-of-scope id reads as null, in single reads, filters and nested fields alike', async () => {
    const single = await clerk.data<{ Village: unknown; Township: unknown }>(
      'query ($id: ID!, $t: ID!) { Village(id: $id) { id } Township(id: $t) { id } }',
      { id: otherVillage.id, t: otherVillage.townshipId },
    );
    expect(single).toEqual({ Village: null, Township: null });

    const filtered = await officer.data<{ allVillages: VillageRow[] }>(VILLAGES, {
      filter: { ids: [otherVillage.id, qingtang.id] },
    });
    expect(filtered.allVillages.map((v) => v.id)).toEqual([qingtang.id]);

    // The clerk's own user record points at the own village; cadres of another village stay hidden.
    const nested = await clerk.data<{ allCadres: { villageId: string; village: { name: string } }[] }>(
      '{ allCadres(perPage: 500) { villageId village { name } } }',
    );
    expect(nested.allCadres.length).toBeGreaterThanOrEqual(3);
    expect(new Set(nested.allCadres.map((c) => c.village.name))).toEqual(new Set(['清塘村']));
  });

  it('a mutation on an out-of-scope record answers NOT_FOUND and changes nothing', async () => {
    const res = await officer.request(
      'mutation ($id: ID!) { updateVillage(id: $id, name: "改名村") { id name } }',
      { id: otherVillage.id },
    );
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.status).toBeLessThan(500);
    const [row] = await t.sql<{ name: string }>('select name from village where id = ?', [otherVillage.id]);
    expect(row.name).toBe(otherVillage.name);

    const del = await officer.request('mutation ($id: ID!) { deleteVillage(id: $id) { id } }', {
      id: otherVillage.id,
    });
    expect(codeOf(del)).toBe('NOT_FOUND');
  });

  it('an officer cannot create a village in another township', async () => {
    const res = await officer.request(
      'mutation ($t: ID!) { createVillage(name: "新村", code: "520502999001", townshipId: $t) { id } }',
      { t: otherVillage.townshipId },
    );
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.errors?.[0].extensions?.field).toBe('townshipId');
  });

  it('a viewer can read the county but cannot create, update or delete', async () => {
    const read = await viewer.data<{ _allVillagesMeta: { count: number } }>('{ _allVillagesMeta { count } }');
    expect(read._allVillagesMeta.count).toBe(508);
    const create = await viewer.request(
      'mutation ($t: ID!) { createVillage(name: "新村", code: "520502999002", townshipId: $t) { id } }',
      { t: qingtang.townshipId },
    );
    expect(codeOf(create)).toBe('FORBIDDEN');
    const update = await viewer.request(
      'mutation ($id: ID!) { updateVillage(id: $id, population: 1) { id } }',
      {
        id: qingtang.id,
      },
    );
    expect(codeOf(update)).toBe('FORBIDDEN');
    const [{ n }] = await t.sql<{ n: string }>(
      "select count(*) as n from village where code = '520502999002'",
    );
    expect(Number(n)).toBe(0);
  });

  it('a user created without a county belongs to the caller’s county, and every write is audited', async () => {
    const created = await officer.data<{
      createVillage: { id: string; countyId: string; townshipId: string };
    }>(
      'mutation ($t: ID!) { createVillage(name: "新建村", code: "520502101299", townshipId: $t, population: 1200) { id countyId townshipId } }',
      { t: qingtang.townshipId },
    );
    const [county] = await t.sql<{ id: string }>('select id from county');
    expect(created.createVillage.countyId).toBe(county.id);
    const audit = await t.sql<{ action: string; actor_username: string }>(
      'select action, actor_username from audit_event where entity_id = ?',
      [created.createVillage.id],
    );
    expect(audit).toEqual([{ action: 'create', actor_username: 'demo.township' }]);
  });

  it('without a login, every operation but login and me answers UNAUTHENTICATED', async () => {
    const anon = t.anonymous();
    expect(await anon.data('{ me { id } }')).toEqual({ me: null });
    const res = await anon.request('{ allTownships { id } }');
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });
});
