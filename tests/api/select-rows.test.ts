import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../packages/server/dist/db/select-rows.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * The hot plain reads (session lookup, the village list's columns) go through selectRows: bound
 * parameters instead of the ORM's inlined values, in the caller's transaction, logged like the ORM's.
 */
describe('selectRows, the plain read with bound parameters', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t?.stop());

  const em = () => t.server.orm.em.fork();

  it('binds an array as one parameter and a value as data, never as SQL', async () => {
    const ids = (await t.sql<{ id: string }>('select id from village order by code limit 3')).map(
      (r) => r.id,
    );
    const rows = await selectRows<{ id: string }>(
      em(),
      'select id from village where id = any(?) order by code',
      [ids],
    );
    expect(rows.map((r) => r.id)).toEqual(ids);

    const hostile = "O'Brien'); delete from village; --";
    expect(await selectRows(em(), 'select ?::text as v', [hostile])).toEqual([{ v: hostile }]);
    expect((await t.sql<{ n: string }>('select count(*)::text as n from village'))[0].n).toBe('508');
  });

  it('reads inside the caller’s transaction: its own uncommitted change, which no one else sees', async () => {
    const [township] = await t.sql<{ id: string; name: string }>('select id, name from township limit 1');
    const read = (on: ReturnType<typeof em>) =>
      selectRows<{ name: string }>(on, 'select name from township where id = ?', [township.id]);
    await expect(
      t.server.orm.em.fork().transactional(async (tx) => {
        await tx.execute('update township set name = ? where id = ?', ['改名中', township.id]);
        expect(await read(tx)).toEqual([{ name: '改名中' }]);
        expect(await read(em())).toEqual([{ name: township.name }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await read(em())).toEqual([{ name: township.name }]);
  });

  it('is logged as the ORM logs its statements, so statement counts see it', async () => {
    t.resetQueries();
    await selectRows(em(), 'select 1 as one where ? = ?', [1, 1]);
    expect(t.queries).toHaveLength(1);
    expect(t.queries[0]).toContain('select 1 as one where');
  });

  it('throws the driver’s error, with its SQLSTATE, for a bad value', async () => {
    await expect(selectRows(em(), 'select ?::uuid as id', ['not-a-uuid'])).rejects.toMatchObject({
      code: '22P02',
    });
  });
});
