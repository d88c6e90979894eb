import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Every reference and child the console's village list shows.
const LIST = `query ($perPage: Int!) {
  allVillages(perPage: $perPage, sortField: "name") {
    id name code kind population
    township { id name villageCount }
    cadreCount
    currentTier(year: 2016)
    latestApplicationStatus(year: 2017)
    cadres { id name position }
    economy { year operatingIncome }
  }
}`;

describe('SQL statements per list request', () => {
  let t: TestServer;
  let admin: GraphQLClient;

  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.as('admin');
  });
  afterAll(() => t?.stop());

  async function statementsFor(perPage: number) {
    t.resetQueries();
    const data = await admin.data<{ allVillages: unknown[] }>(LIST, { perPage });
    // The session lookup is part of every request, so it is counted too.
    return { rows: data.allVillages.length, statements: t.queries.length };
  }

  it('is the same for 10 and for 500 rows (DataLoader batches every nested field)', async () => {
    const small = await statementsFor(10);
    const large = await statementsFor(500);
    expect(small.rows).toBe(10);
    expect(large.rows).toBe(500);
    expect(large.statements).toBe(small.statements);
    // session, villages, townships, village counts, cadres, cadre counts, tiers, application statuses,
    // economy records
    expect(small.statements).toBeLessThanOrEqual(10);
  });
});
