import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

interface Row {
  villageId: string;
  applicationId: string | null;
  declaredYear: number | null;
}
interface App {
  id: string;
  villageId: string;
  year: number;
  createdAt: string;
}

/**
 * The panel's survey and the what-if read each village's latest declared values up to a year
 * (applications/latest-declared.ts): the newest application of the newest year, never a later year's.
 */
describe('the latest declared values of every village', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let apps: App[];
  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.as('demo.admin');
    apps = await admin.allPages<App>(
      'query ($page: Int) { allApplications(page: $page, perPage: 500) { id villageId year createdAt } }',
      'allApplications',
    );
  });
  afterAll(() => t?.stop());

  /** What the survey should use for a village: its newest application up to `year`. */
  const expected = (villageId: string, year: number) =>
    apps
      .filter((a) => a.villageId === villageId && a.year <= year)
      .sort((a, b) => b.year - a.year || b.createdAt.localeCompare(a.createdAt))[0];

  const survey = async (client: GraphQLClient, year: number) =>
    (
      await client.data<{ preAssessment: Row[] }>(
        'query ($year: Int!) { preAssessment(year: $year, tier: 1) { villageId applicationId declaredYear } }',
        { year },
      )
    ).preAssessment;

  it('uses each village’s newest application up to the year, for villages that applied in several years', async () => {
    const several = new Set(
      apps
        .filter((a) => apps.some((b) => b.villageId === a.villageId && b.year !== a.year))
        .map((a) => a.villageId),
    );
    expect(several.size).toBeGreaterThan(5);
    for (const year of [2015, 2016, 2017]) {
      const rows = await survey(admin, year);
      expect(rows).toHaveLength(508);
      for (const row of rows) {
        const want = expected(row.villageId, year);
        expect({ id: row.applicationId, year: row.declaredYear }).toEqual({
          id: want?.id ?? null,
          year: want?.year ?? null,
        });
      }
      // Villages that applied again later still read this year's values in this year's survey.
      if (year === 2015) {
        expect(rows.some((r) => several.has(r.villageId) && r.declaredYear === 2015)).toBe(true);
      }
    }
  });

  it('a township officer surveys exactly the own township’s villages', async () => {
    const officer = await t.as('demo.township');
    const { total } = await officer.data<{ total: { count: number } }>(
      '{ total: _allVillagesMeta { count } }',
    );
    const rows = await survey(officer, 2017);
    expect(rows).toHaveLength(total.count);
    expect(rows.length).toBeLessThan(508);
    const all = await survey(admin, 2017);
    const byVillage = new Map(all.map((r) => [r.villageId, r]));
    for (const row of rows) expect(row).toEqual(byVillage.get(row.villageId));
  });
});
