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
});
