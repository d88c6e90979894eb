import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('optimistic locking', () => {
  let t: TestServer;
  let a: GraphQLClient;
  let b: GraphQLClient;

  beforeAll(async () => {
    t = await startTestServer();
    [a, b] = await Promise.all([t.as('admin'), t.as('demo.township')]);
  });
  afterAll(() => t?.stop());

  it('two concurrent updates of one village from the same version: one wins, the other gets CONFLICT', async () => {
    const { allVillages } = await b.data<{
      allVillages: { id: string; version: number; population: number }[];
    }>('{ allVillages(perPage: 1) { id version population } }');
    const village = allVillages[0];
    const update = (client: GraphQLClient, population: number) =>
      client.request<{ updateVillage: { population: number; version: number } }>(
        'mutation ($id: ID!, $v: Int!, $p: Int!) { updateVillage(id: $id, version: $v, population: $p) { population version } }',
        { id: village.id, v: village.version, p: population },
      );
    const results = await Promise.all([update(a, 1111), update(b, 2222)]);
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(codeOf(losers[0])).toBe('CONFLICT');
    expect(losers[0].status).toBeLessThan(500);

    const won = winners[0].data!.updateVillage;
    expect(won.version).toBe(village.version + 1);
    const [row] = await t.sql<{ population: number; version: number }>(
      'select population, version from village where id = ?',
      [village.id],
    );
    expect(row).toEqual({ population: won.population, version: village.version + 1 });
    const audits = await t.sql('select 1 from audit_event where entity_id = ? and action = ?', [
      village.id,
      'update',
    ]);
    expect(audits).toHaveLength(1);
  });

  it('an update from a stale version is refused even without a race', async () => {
    const { allCadres } = await a.data<{ allCadres: { id: string; version: number }[] }>(
      '{ allCadres(perPage: 1) { id version } }',
    );
    const cadre = allCadres[0];
    const ok = await a.data<{ updateCadre: { version: number } }>(
      'mutation ($id: ID!, $v: Int!) { updateCadre(id: $id, version: $v, position: "文书") { version } }',
      { id: cadre.id, v: cadre.version },
    );
    expect(ok.updateCadre.version).toBe(cadre.version + 1);
    const stale = await a.request(
      'mutation ($id: ID!, $v: Int!) { updateCadre(id: $id, version: $v, position: "妇联主席") { version } }',
      { id: cadre.id, v: cadre.version },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
  });
});
