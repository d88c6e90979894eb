import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, findRows, shapeOf, slotsOf } from '../../packages/server/dist/db/statement-cache.js';
import { Cadre } from '../../packages/server/dist/modules/cadres/cadre.entity.js';
import { Township } from '../../packages/server/dist/modules/geography/township.entity.js';
import { Village } from '../../packages/server/dist/modules/geography/village.entity.js';
import { User } from '../../packages/server/dist/modules/users/user.entity.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * A list's page, count and references are built by the ORM's query builder once per shape and then
 * reused with the next request's values (db/statement-cache.ts): every reuse must answer exactly what a
 * fresh build would, and anything the pairing of values cannot vouch for must be built afresh.
 */
describe('the statement cache of list reads', () => {
  let t: TestServer;
  let countyId: string;
  let townships: { id: string; code: string }[];
  beforeAll(async () => {
    t = await startTestServer();
    [{ id: countyId }] = await t.sql<{ id: string }>('select id from county limit 1');
    townships = await t.sql('select id, code from township order by code');
  });
  afterAll(() => t?.stop());

  /** A fork that counts how often the query builder is asked for, i.e. how often a statement is built. */
  let built = 0;
  const em = () => {
    const fork = t.server.orm.em.fork();
    const createQueryBuilder = fork.createQueryBuilder.bind(fork);
    fork.createQueryBuilder = ((...args: Parameters<typeof createQueryBuilder>) => {
      built++;
      return createQueryBuilder(...args);
    }) as typeof fork.createQueryBuilder;
    return fork;
  };
  const villagesOf = (townshipId: string) =>
    t.sql<{ id: string; code: string }>(
      'select id, code from village where township_id = ? order by code, id',
      [townshipId],
    );
  const page = (townshipId: string, limit: number, offset: number) =>
    findRows(
      em(),
      Village,
      { $and: [{ county: countyId }, { township: townshipId }] },
      {
        orderBy: [{ code: 'asc' }, { id: 'asc' }],
        limit,
        offset,
      },
    );

  it('builds a shape once and answers each later request with its own values', async () => {
    const [a, b] = townships;
    const expectedA = await villagesOf(a.id);
    const expectedB = await villagesOf(b.id);
    expect(expectedA.length).toBeGreaterThan(4);

    built = 0;
    const first = await page(a.id, 3, 1);
    const second = await page(b.id, 2, 2);
    expect(built).toBe(1);
    expect(first.map((r) => r.code)).toEqual(expectedA.slice(1, 4).map((r) => r.code));
    expect(second.map((r) => r.code)).toEqual(expectedB.slice(2, 4).map((r) => r.code));
    // Columns come back as properties, the reference as its id (as the query builder maps them).
    expect(first[0]).toMatchObject({ id: expectedA[1].id, code: expectedA[1].code, township: a.id });
  });

  it('reads the columns em.find reads: a lazy one, the user’s password hash, stays in the database', async () => {
    const where = { county: countyId, username: 'admin' };
    const [row] = await findRows(em(), User, where);
    const [hash] = await t.sql<{ password_hash: string }>(
      "select password_hash from app_user where username = 'admin'",
    );
    expect(hash.password_hash).toBeTruthy();
    expect(Object.values(row)).not.toContain(hash.password_hash);
    // Every other column, as em.find (no populate) loads them.
    const entity = await t.server.orm.em.fork().findOneOrFail(User, where);
    const loaded = { ...entity, township: entity.township?.id ?? null, village: entity.village?.id ?? null };
    expect(Object.keys(row).sort()).toEqual(Object.keys(loaded).sort());
    expect(row).toMatchObject({
      id: entity.id,
      username: 'admin',
      role: entity.role,
      version: entity.version,
    });
  });

  it('treats the first page (offset 0, which knex leaves out) as a shape of its own', async () => {
    const [a, b] = townships;
    expect((await page(a.id, 2, 0)).map((r) => r.code)).toEqual(
      (await villagesOf(a.id)).slice(0, 2).map((r) => r.code),
    );
    expect((await page(b.id, 2, 0)).map((r) => r.code)).toEqual(
      (await villagesOf(b.id)).slice(0, 2).map((r) => r.code),
    );
    expect((await page(b.id, 2, 3)).map((r) => r.code)).toEqual(
      (await villagesOf(b.id)).slice(3, 5).map((r) => r.code),
    );
  });

  it('counts as em.count counts, through a path that joins another table, for every township', async () => {
    for (const township of townships.slice(0, 4)) {
      const where = { $and: [{ county: countyId }, { village: { township: township.id }, active: true }] };
      expect(await countRows(em(), Cadre, where)).toBe(await em().count(Cadre, where as never));
    }
    expect(await countRows(em(), Village, { $and: [{ county: countyId }, { id: null }] })).toBe(0);
  });

  it('reads an id list of any length, duplicates and unknown ids included', async () => {
    const ids = townships.map((x) => x.id);
    const read = async (list: string[]) =>
      (await findRows(em(), Township, { $and: [{ county: countyId }, { id: { $in: list } }] }))
        .map((r) => r.id)
        .sort();
    expect(await read(ids.slice(0, 3))).toEqual(ids.slice(0, 3).sort());
    expect(await read(ids.slice(3, 6))).toEqual(ids.slice(3, 6).sort());
    // A shape first met with two equal values cannot be paired with its parameters: built each time
    // until a request with distinct values is met, then reused (`in (a, a, b)` reads as `in (a, b)`).
    built = 0;
    expect(await read([ids[0], ids[0], ids[1], ids[2]])).toEqual([ids[0], ids[1], ids[2]].sort());
    expect(await read([ids[1], ids[1], ids[2], ids[3]])).toEqual([ids[1], ids[2], ids[3]].sort());
    expect(built).toBe(2);
    expect(await read(ids.slice(4, 8))).toEqual(ids.slice(4, 8).sort());
    expect(await read([ids[5], ids[5], ids[6], ids[7]])).toEqual([ids[5], ids[6], ids[7]].sort());
    expect(built).toBe(3);
    expect(await read([ids[2], '00000000-0000-4000-8000-000000000000'])).toEqual([ids[2]]);
  });

  it('pairs parameters with values only one to one', () => {
    expect(slotsOf(['b', 'a', 3], ['a', 'b', 3])).toEqual([1, 0, 2]);
    // Two equal values: which one a parameter is cannot be told.
    expect(slotsOf(['a', 'a'], ['a', 'a'])).toBeNull();
    // A value the builder wrote into the text or dropped, or a parameter that is none of the values.
    expect(slotsOf(['a'], ['a', 'b'])).toBeNull();
    expect(slotsOf(['a', 'c'], ['a', 'b'])).toBeNull();
  });

  it('takes the shape of plain values only', () => {
    const values: unknown[] = [];
    expect(
      shapeOf(
        { $and: [{ county: 'c' }, { id: { $in: ['x', 'y'] } }, { year: 2017, active: true, v: null }] },
        values,
      ),
    ).toBe('{"$and":[{"county":s},{"id":{"$in":[s,s]}},{"year":n,"active":b,"v":null}]}');
    expect(values).toEqual(['c', 'x', 'y', 2017, true]);
    expect(shapeOf({ createdAt: { $gte: new Date() } }, [])).toBeNull();
    // An instance of a class (e.g. the ORM's raw SQL fragment) or an object marked by a symbol.
    expect(shapeOf({ $and: [new (class Fragment {})()] }, [])).toBeNull();
    expect(shapeOf({ [Symbol('raw')]: true }, [])).toBeNull();
  });
});
