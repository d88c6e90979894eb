import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * react-admin asks for a page and its total in one request (`items: allXs … total: _allXsMeta`); for
 * display-row resources the page's statement counts the total too (graphql/crud.ts). The total must be
 * the one of the meta's own filter whatever the page does.
 */
describe('a list page and its total in one request', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let townships: { id: string }[];

  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.as('admin');
    townships = await t.sql('select id from township order by code');
  });
  afterAll(() => t?.stop());

  const villagesIn = async (townshipId: string) =>
    Number(
      (
        await t.sql<{ n: string }>('select count(*)::text as n from village where township_id = ?', [
          townshipId,
        ])
      )[0].n,
    );

  const PAGE = `query ($page: Int, $perPage: Int, $list: VillageFilter, $meta: VillageFilter, $sort: String) {
    items: allVillages(page: $page, perPage: $perPage, filter: $list, sortField: $sort) { id townshipId }
    total: _allVillagesMeta(filter: $meta) { count }
  }`;
  type Page = { items: { id: string; townshipId: string }[]; total: { count: number } };

  it('counts the total in the page’s own statement', async () => {
    const [a] = townships;
    const filter = { townshipId: a.id };
    t.resetQueries();
    const page = await admin.data<Page>(PAGE, { page: 0, perPage: 3, list: filter, meta: filter });
    // The session and the page: no count statement of its own.
    const statements = t.queries.length;
    expect(page.items).toHaveLength(3);
    expect(page.total.count).toBe(await villagesIn(a.id));
    expect(page.total.count).toBeGreaterThan(3);
    expect(statements).toBe(2);
  });

  it('counts separately for a page past the end or another filter, and answers when the page fails', async () => {
    const [a, b] = townships;
    const past = await admin.data<Page>(PAGE, {
      page: 1000,
      perPage: 5,
      list: { townshipId: a.id },
      meta: { townshipId: a.id },
    });
    expect(past.items).toEqual([]);
    expect(past.total.count).toBe(await villagesIn(a.id));

    const other = await admin.data<Page>(PAGE, {
      perPage: 2,
      list: { townshipId: a.id },
      meta: { townshipId: b.id },
    });
    expect(other.items.every((v) => v.townshipId === a.id)).toBe(true);
    expect(other.total.count).toBe(await villagesIn(b.id));

    const failed = await admin.request<Page>(PAGE, {
      perPage: 2,
      list: { townshipId: a.id },
      meta: { townshipId: a.id },
      sort: 'notAColumn',
    });
    // The page's error ends the request (its field is not nullable); the total does not wait forever.
    expect(codeOf(failed)).toBe('BAD_USER_INPUT');
    expect(failed.data).toBeNull();
  });

  it('keeps the totals of two resources with the same conditions apart', async () => {
    const [{ n: villages }] = await t.sql<{ n: string }>('select count(*)::text as n from village');
    const both = await admin.data<{ allTownships: unknown[]; _allVillagesMeta: { count: number } }>(
      '{ allTownships(perPage: 5) { id } _allVillagesMeta { count } }',
    );
    expect(both.allTownships).toHaveLength(5);
    expect(both._allVillagesMeta.count).toBe(Number(villages));
  });
});
