import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const WHAT_IF = `query ($p: JSONObject, $t: JSON) { whatIf(year: 2016, params: $p, tiers: $t) {
  villageCount cadreCount total skipped byTier { tier villageCount cadreCount total } villages { villageId tier cadreCount total } } }`;

interface WhatIf {
  villageCount: number;
  cadreCount: number;
  total: number;
  skipped: number;
  byTier: { tier: number; villageCount: number; total: number }[];
  villages: { villageId: string; tier: number; cadreCount: number; total: number }[];
}

describe('budget forecast and what-if', () => {
  let t: TestServer;
  let finance: GraphQLClient;
  let tiers: { level: number; cadreReward: number; activityFund: number }[];

  beforeAll(async () => {
    t = await startTestServer();
    finance = await t.as('demo.finance');
    tiers = (
      await finance.data<{ activeScheme: { tiers: typeof tiers } }>(
        '{ activeScheme { tiers { level cadreReward activityFund } } }',
      )
    ).activeScheme.tiers;
  });
  afterAll(() => t?.stop());

  const cost = (tier: number, cadres: number) => {
    const x = tiers.find((y) => y.level === tier)!;
    return cadres * x.cadreReward + x.activityFund;
  };

  it('for a year already named, the forecast is the payout schedule', async () => {
    const { budgetForecast } = await finance.data<{ budgetForecast: Record<string, number> }>(
      '{ budgetForecast(year: 2016) { certifiedTotal pipelineTotal forecastTotal certifiedVillages pipelineVillages } }',
    );
    expect(budgetForecast).toEqual({
      certifiedTotal: 2_280_000,
      pipelineTotal: 0,
      forecastTotal: 2_280_000,
      certifiedVillages: 25,
      pipelineVillages: 0,
    });
  });

  it('adds what the pipeline would cost if every application in it passed', async () => {
    const { allApplications } = await finance.data<{
      allApplications: { status: string; targetTier: number; village: { cadreCount: number } }[];
    }>(
      '{ allApplications(filter: { year: 2017 }, perPage: 500) { status targetTier village { cadreCount } } }',
    );
    const pipeline = allApplications.filter((a) =>
      ['SUBMITTED', 'FORWARDED', 'ASSESSING'].includes(a.status),
    );
    expect(pipeline.length).toBeGreaterThanOrEqual(3);
    const { payoutSchedule } = await finance.data<{
      payoutSchedule: { total: number; lines: { villageId: string }[] };
    }>('{ payoutSchedule(year: 2017) { total lines { villageId } } }');
    expect(payoutSchedule.lines).toHaveLength(0);
    const expected = pipeline.reduce((sum, a) => sum + cost(a.targetTier, a.village.cadreCount), 0);
    const { budgetForecast } = await finance.data<{
      budgetForecast: { pipelineTotal: number; forecastTotal: number; pipelineVillages: number };
    }>('{ budgetForecast(year: 2017) { pipelineTotal forecastTotal pipelineVillages } }');
    expect(budgetForecast).toEqual({
      pipelineTotal: expected,
      forecastTotal: expected,
      pipelineVillages: pipeline.length,
    });
  });

  it('what-if re-evaluates the declared values, prices them, and saves nothing', async () => {
    const count = async () =>
      Number(
        (
          await t.sql<{ n: string }>(
            'select (select count(*) from audit_event) + (select count(*) from application) as n',
          )
        )[0].n,
      );
    const before = await count();
    const base = (await finance.data<{ whatIf: WhatIf }>(WHAT_IF)).whatIf;
    expect(base.villageCount).toBeGreaterThan(0);
    for (const v of base.villages) expect(v.total).toBe(cost(v.tier, v.cadreCount));
    expect(base.total).toBe(base.villages.reduce((s, v) => s + v.total, 0));

    const stricter = (
      await finance.data<{ whatIf: WhatIf }>(WHAT_IF, {
        p: { 'industry.collective-income': { '1': { minOperatingIncome: 10_000_000 } } },
      })
    ).whatIf;
    expect(stricter.villageCount).toBe(0);
    expect(stricter.total).toBe(0);

    const doubled = (
      await finance.data<{ whatIf: WhatIf }>(WHAT_IF, {
        t: tiers.map((x) => ({
          level: x.level,
          name: { 'zh-CN': '档', en: 'tier' },
          cadreReward: 2 * x.cadreReward,
          activityFund: 2 * x.activityFund,
        })),
      })
    ).whatIf;
    expect(doubled.villageCount).toBe(base.villageCount);
    expect(doubled.total).toBe(2 * base.total);
    expect(await count()).toBe(before);
  });

  it('bad overrides name the field', async () => {
    const res = await finance.request(WHAT_IF, {
      p: { 'industry.collective-income': { '1': { minOperatingIncome: -1 } } },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain('params.industry.collective-income.1.minOperatingIncome');
    const unknown = await finance.request(WHAT_IF, { p: { 'nope.nothing': {} } });
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    const amounts = await finance.request(WHAT_IF, { t: [{ level: 1, cadreReward: 1.5 }] });
    expect(codeOf(amounts)).toBe('BAD_USER_INPUT');
  });
});
