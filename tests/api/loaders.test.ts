import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../packages/server/dist/auth/roles.js';
import { Loaders } from '../../packages/server/dist/graphql/loaders.js';
import { Cadre } from '../../packages/server/dist/modules/cadres/cadre.entity.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** The request's loaders: one batch per field, and never one field's answer for another's. */
describe('the per-request loaders', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t?.stop());

  it('list the same children in the order each field asks for, in one request', async () => {
    const [{ village_id: villageId, county_id: countyId }] = await t.sql<{
      village_id: string;
      county_id: string;
    }>(
      `select village_id, county_id from cadre group by village_id, county_id
       having count(distinct name) > 2 limit 1`,
    );
    const names = (
      await t.sql<{ name: string }>('select name from cadre where village_id = ? order by name, id', [
        villageId,
      ])
    ).map((r) => r.name);
    const loaders = new Loaders(t.server.orm.em.fork(), {
      id: '00000000-0000-4000-8000-000000000000',
      username: 'test',
      role: Role.ADMIN,
      countyId,
      townshipId: null,
      villageId: null,
    });
    const [ascending, descending] = await Promise.all([
      loaders.childrenOf(Cadre, 'village', { name: 'asc' }).load(villageId),
      loaders.childrenOf(Cadre, 'village', { name: 'desc' }).load(villageId),
    ]);
    expect(ascending.map((c) => c.name)).toEqual(names);
    expect(descending.map((c) => c.name)).toEqual([...names].reverse());
    // The same order again is the same loader: its batch, not another statement.
    expect(loaders.childrenOf(Cadre, 'village', { name: 'asc' })).toBe(
      loaders.childrenOf(Cadre, 'village', { name: 'asc' }),
    );
  });
});
