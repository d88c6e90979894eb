import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The village list's standing columns: the tier held in a year and the year's application status.
const STANDING = `query ($year: Int, $page: Int!) {
  allVillages(perPage: 500, page: $page) {
    id
    currentTier(year: $year)
    latestApplicationStatus(year: $year)
  }
}`;

interface Standing {
  id: string;
  currentTier: number | null;
  latestApplicationStatus: string | null;
}

describe('Village.currentTier and Village.latestApplicationStatus', () => {
  let t: TestServer;
  let admin: GraphQLClient;

  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.as('admin');
  });
  afterAll(() => t?.stop());

  /** What the database says, written independently of the server's grouped queries. */
  async function expected(year: number | null): Promise<Map<string, Omit<Standing, 'id'>>> {
    // t.sql binds `?` placeholders in order.
    const rows = await t.sql<{ id: string; tier: number | null; status: string | null }>(
      `select v.id,
         (select c.tier from certification c
           where c.village_id = v.id and c.status = 'ACTIVE' and (cast(? as int) is null or c.year = ?)
           order by c.tier desc limit 1) as tier,
         (select a.status from application a
           where a.village_id = v.id and (cast(? as int) is null or a.year = ?)
           order by a.year desc, a.created_at desc, a.id desc limit 1) as status
       from village v`,
      [year, year, year, year],
    );
    return new Map(rows.map((r) => [r.id, { currentTier: r.tier, latestApplicationStatus: r.status }]));
  }

  /** Every village the client sees, page by page (the demo county has 508, a page at most 500). */
  async function served(client: GraphQLClient, year: number | null): Promise<Standing[]> {
    return client.allPages<Standing>(STANDING, 'allVillages', { year });
  }

  it.each([2016, 2017, null])('match the database for every village (year %s)', async (year) => {
    const want = await expected(year);
    const got = await served(admin, year);
    expect(got).toHaveLength(want.size);
    for (const v of got) expect({ id: v.id, ...want.get(v.id) }).toEqual(v);
    // The demo county has certifications up to 2016 and applications of every status in 2017.
    const tiers = new Set(got.map((v) => v.currentTier));
    const statuses = new Set(got.map((v) => v.latestApplicationStatus));
    if (year !== 2017) expect([...tiers].filter((x) => x !== null).length).toBeGreaterThan(0);
    if (year !== 2016) expect(statuses.size).toBeGreaterThan(3);
  });

  it('answer the same read ahead by a list (two years by alias) as loaded one village at a time', async () => {
    const { allVillages } = await admin.data<{
      allVillages: { id: string; t16: number | null; t17: number | null; s17: string | null }[];
    }>(
      `query ($y: Int) {
        allVillages(perPage: 40, sortField: "code") {
          id t16: currentTier(year: 2016) t17: currentTier(year: $y) s17: latestApplicationStatus(year: $y)
        }
      }`,
      { y: 2017 },
    );
    const [in2016, in2017] = [await expected(2016), await expected(2017)];
    for (const v of allVillages) {
      expect(v.t16).toBe(in2016.get(v.id)!.currentTier);
      expect(v.t17).toBe(in2017.get(v.id)!.currentTier);
      expect(v.s17).toBe(in2017.get(v.id)!.latestApplicationStatus);
    }
    // A single village is no list: its fields go through the batch loaders.
    const certified = allVillages.find((v) => v.t16 !== null)!;
    const { Village: one } = await admin.data<{ Village: { currentTier: number | null } }>(
      'query ($id: ID!) { Village(id: $id) { currentTier(year: 2016) } }',
      { id: certified.id },
    );
    expect(one.currentTier).toBe(certified.t16);
  });

  it('count active cadres in the statement of one year’s standing, as the loaders count them apart', async () => {
    const cadres = new Map(
      (
        await t.sql<{ id: string; n: string }>(
          `select v.id, (select count(*) from cadre c where c.village_id = v.id and c.active)::text as n
           from village v`,
        )
      ).map((r) => [r.id, Number(r.n)]),
    );
    const [in2016, in2017] = [await expected(2016), await expected(2017)];
    type Row = { id: string; cadreCount: number; tier: number | null; status: string | null };
    const page = async (tierYear: number) => {
      t.resetQueries();
      const { allVillages } = await admin.data<{ allVillages: Row[] }>(
        `query ($tierYear: Int) {
          allVillages(perPage: 60, sortField: "code") {
            id cadreCount tier: currentTier(year: $tierYear) status: latestApplicationStatus(year: 2017)
          }
        }`,
        { tierYear },
      );
      return { rows: allVillages, statements: t.queries.length };
    };
    // One year: session, page, then standing and cadre counts in one statement. Two years: a
    // statement for each year's standing and one for the cadre counts.
    const oneYear = await page(2017);
    const twoYears = await page(2016);
    expect(oneYear.statements).toBe(3);
    expect(twoYears.statements).toBe(5);
    for (const [{ rows }, tiers] of [
      [oneYear, in2017],
      [twoYears, in2016],
    ] as const) {
      for (const v of rows) {
        expect(v).toEqual({
          id: v.id,
          cadreCount: cadres.get(v.id),
          tier: tiers.get(v.id)!.currentTier,
          status: in2017.get(v.id)!.latestApplicationStatus,
        });
      }
    }
    expect(new Set(oneYear.rows.map((v) => v.cadreCount)).size).toBeGreaterThan(1);
  });

  it('drop a revoked certification and show a clerk only the own village', async () => {
    const [held] = await t.sql<{ id: string; village_id: string; tier: number }>(
      `select id, village_id, tier from certification
       where year = 2016 and status = 'ACTIVE' order by tier desc, id limit 1`,
    );
    const before = (await served(admin, 2016)).find((v) => v.id === held.village_id)!;
    expect(before.currentTier).toBe(held.tier);
    await admin.data('mutation ($id: ID!) { revokeCertification(id: $id, reason: "test") { id } }', {
      id: held.id,
    });
    const after = (await served(admin, 2016)).find((v) => v.id === held.village_id)!;
    expect(after.currentTier).toBe((await expected(2016)).get(held.village_id)!.currentTier);
    expect(after.currentTier ?? 0).toBeLessThan(held.tier);

    const clerk = await t.as('demo.clerk');
    const own = await served(clerk, 2017);
    expect(own).toHaveLength(1);
    expect(own[0]).toEqual({ id: own[0].id, ...(await expected(2017)).get(own[0].id) });
  });
});
