import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** react-admin's getMany (behind every ReferenceField of a list page) asks by `ids` without perPage. */
describe('a list asked by ids', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.as('demo.admin');
  });
  afterAll(() => t?.stop());

  const byIds = (ids: string[]) =>
    admin.data<{ allVillages: { id: string }[] }>(
      'query ($ids: [ID!]) { allVillages(filter: { ids: $ids }) { id } }',
      {
        ids,
      },
    );

  it('returns every named record, beyond the default page of 25', async () => {
    const { allVillages } = await admin.data<{ allVillages: { id: string }[] }>(
      '{ allVillages(perPage: 60, sortField: "name") { id } }',
    );
    expect(allVillages).toHaveLength(60);
    const ids = allVillages.map((v) => v.id);
    const found = (await byIds(ids)).allVillages.map((v) => v.id);
    expect(new Set(found)).toEqual(new Set(ids));
  });

  it('still pages when perPage is given, and a list without ids keeps the default page', async () => {
    const { allVillages } = await admin.data<{ allVillages: { id: string }[] }>('{ allVillages { id } }');
    expect(allVillages).toHaveLength(25);
    const paged = await admin.data<{ allVillages: { id: string }[] }>(
      'query ($ids: [ID!]) { allVillages(perPage: 10, filter: { ids: $ids }) { id } }',
      { ids: allVillages.map((v) => v.id) },
    );
    expect(paged.allVillages).toHaveLength(10);
  });

  it('shows every field of a village in the list exactly as its own page shows it', async () => {
    // The village list reads its page as display rows, not entities (crud.ts `displayRows`): every
    // column, reference id, date and computed field must read the same as the record read by id.
    const fields = `id countyId code name kind population households townshipId version createdAt updatedAt
      township { id name } cadreCount currentTier(year: 2016) latestApplicationStatus(year: 2016)`;
    const { allVillages } = await admin.data<{ allVillages: Record<string, unknown>[] }>(
      `{ allVillages(perPage: 500, sortField: "code") { ${fields} } }`,
    );
    expect(allVillages.length).toBeGreaterThan(25);
    expect(allVillages.some((v) => v.currentTier !== null)).toBe(true);
    expect(allVillages.some((v) => v.latestApplicationStatus !== null)).toBe(true);
    for (const listed of allVillages.filter((_, i) => i % 7 === 0)) {
      const { Village } = await admin.data<{ Village: Record<string, unknown> }>(
        `query ($id: ID!) { Village(id: $id) { ${fields} } }`,
        { id: listed.id },
      );
      expect(listed).toEqual(Village);
    }
  });

  it('shows a township officer’s applications in the list exactly as their own pages show them', async () => {
    // The officer's scope reaches applications through their villages (a join): the listed rows must
    // still be the applications' own columns, not the joined village's.
    const officer = await t.as('demo.township');
    const fields = `id countyId villageId schemeId year targetTier status declaredValues readiness
      weakestIndicatorKey vetComment submittedAt vettedAt version createdAt updatedAt village { id name }`;
    const { allApplications } = await officer.data<{ allApplications: Record<string, unknown>[] }>(
      `{ allApplications(perPage: 100, sortField: "year") { ${fields} } }`,
    );
    expect(allApplications.length).toBeGreaterThanOrEqual(3);
    for (const listed of allApplications) {
      const { Application } = await officer.data<{ Application: Record<string, unknown> }>(
        `query ($id: ID!) { Application(id: $id) { ${fields} } }`,
        { id: listed.id },
      );
      expect(listed).toEqual(Application);
      expect((listed.village as { id: string }).id).toBe(listed.villageId);
    }
  });
});
