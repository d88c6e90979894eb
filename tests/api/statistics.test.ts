import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

interface Figures {
  model?: string | null;
  villageCount: number;
  withAccumulation: number;
  qualifying: number;
  operatingIncomeTotal: number;
}

describe('collective-economy statistics', () => {
  let t: TestServer;
  let viewer: GraphQLClient;
  let officer: GraphQLClient;
  const Q = `query ($y: Int!) { economyStatistics(year: $y) { year totalVillages villageCount withAccumulation qualifying
    operatingIncomeTotal byModel { model villageCount withAccumulation qualifying operatingIncomeTotal } } }`;

  beforeAll(async () => {
    t = await startTestServer();
    [viewer, officer] = await Promise.all([t.as('demo.viewer'), t.as('demo.township')]);
  });
  afterAll(() => t?.stop());

  it('reproduces the source: of 508 villages, 350 with accumulation, 98 with ≥ 30,000 and income ≥ 10,000', async () => {
    const { economyStatistics: s } = await viewer.data<{
      economyStatistics: Figures & { totalVillages: number; byModel: Figures[] };
    }>(Q, {
      y: 2016,
    });
    expect(s).toMatchObject({ totalVillages: 508, villageCount: 508, withAccumulation: 350, qualifying: 98 });
    const sum = (k: keyof Figures) => s.byModel.reduce((n, m) => n + Number(m[k]), 0);
    expect([
      sum('villageCount'),
      sum('withAccumulation'),
      sum('qualifying'),
      sum('operatingIncomeTotal'),
    ]).toEqual([508, 350, 98, s.operatingIncomeTotal]);
    // Villages without accumulation have no model; every model is in use.
    expect(s.byModel.find((m) => m.model === null)).toMatchObject({ villageCount: 158, withAccumulation: 0 });
    expect(s.byModel.filter((m) => m.model !== null).every((m) => m.villageCount > 0)).toBe(true);
  });

  it('is limited to the caller’s scope', async () => {
    const mine = await officer.data<{ economyStatistics: { totalVillages: number; villageCount: number } }>(
      Q,
      { y: 2016 },
    );
    const { _allVillagesMeta } = await officer.data<{ _allVillagesMeta: { count: number } }>(
      '{ _allVillagesMeta { count } }',
    );
    expect(mine.economyStatistics.totalVillages).toBe(_allVillagesMeta.count);
    expect(mine.economyStatistics.villageCount).toBe(_allVillagesMeta.count);
  });
});
