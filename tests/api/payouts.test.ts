import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const SCHEDULE = `query ($y: Int!) { payoutSchedule(year: $y) {
  year villageCount cadreCount cadreRewardTotal activityFundTotal total
  lines { villageId villageName tier cadreCount cadreReward activityFund total } } }`;

interface Line {
  villageId: string;
  tier: number;
  cadreCount: number;
  cadreReward: number;
  activityFund: number;
  total: number;
}
interface Schedule {
  year: number;
  villageCount: number;
  cadreCount: number;
  cadreRewardTotal: number;
  activityFundTotal: number;
  total: number;
  lines: Line[];
}
interface PayoutRow {
  id: string;
  kind: string;
  villageId: string;
  cadreId: string | null;
  amount: number;
  status: string;
  payeeName: string;
}
const PAYOUT = 'id kind villageId cadreId amount status payeeName';

describe('payouts: the 2016 statement of the source, frozen, paid', () => {
  let t: TestServer;
  let finance: GraphQLClient;
  let admin: GraphQLClient;
  let viewer: GraphQLClient;

  const schedule = async (year: number) =>
    (await finance.data<{ payoutSchedule: Schedule }>(SCHEDULE, { y: year })).payoutSchedule;
  const generate = async (year: number, regenerate = false) =>
    (
      await finance.data<{ generatePayouts: PayoutRow[] }>(
        `mutation ($y: Int!, $r: Boolean!) { generatePayouts(year: $y, regenerate: $r) { ${PAYOUT} } }`,
        { y: year, r: regenerate },
      )
    ).generatePayouts;

  beforeAll(async () => {
    t = await startTestServer();
    [finance, admin, viewer] = await Promise.all([t.as('demo.finance'), t.as('admin'), t.as('demo.viewer')]);
  });
  afterAll(() => t?.stop());

  it('reproduces 2016: 25 villages, 145 cadres, 2,280,000 yuan, and its split', async () => {
    const s = await schedule(2016);
    expect(s).toMatchObject({ year: 2016, villageCount: 25, cadreCount: 145, total: 2_280_000 });
    const standard = s.lines.filter((l) => l.tier === 1);
    const model = s.lines.filter((l) => l.tier === 2);
    const cadres = (ls: Line[]) => ls.reduce((n, l) => n + l.cadreCount, 0);
    expect([standard.length, cadres(standard)]).toEqual([17, 95]);
    expect([model.length, cadres(model)]).toEqual([8, 50]);
    // 95 × 10,000 + 50 × 20,000 to the cadres; 17 × 10,000 + 8 × 20,000 to the villages.
    expect(s.cadreRewardTotal).toBe(1_950_000);
    expect(s.activityFundTotal).toBe(330_000);
    for (const l of s.lines) {
      expect(l.cadreReward).toBe(l.cadreCount * (l.tier === 2 ? 20_000 : 10_000));
      expect(l.total).toBe(l.cadreReward + l.activityFund);
    }
  });

  it('generates one line per cadre reward and per village fund; running it twice creates nothing new', async () => {
    const first = await generate(2016);
    expect(first.filter((p) => p.kind === 'CADRE_REWARD')).toHaveLength(145);
    expect(first.filter((p) => p.kind === 'ACTIVITY_FUND')).toHaveLength(25);
    expect(first.reduce((sum, p) => sum + p.amount, 0)).toBe(2_280_000);
    const again = await generate(2016);
    expect(again.map((p) => p.id).sort()).toEqual(first.map((p) => p.id).sort());
    const [{ n }] = await t.sql<{ n: string }>('select count(*) as n from payout where year = 2016');
    expect(Number(n)).toBe(170);
  });

  it('only finance (or the administrator) generates and marks paid; a paid line cannot be deleted', async () => {
    expect(codeOf(await viewer.request('mutation { generatePayouts(year: 2016) { id } }'))).toBe('FORBIDDEN');
    const { allPayouts } = await finance.data<{ allPayouts: PayoutRow[] }>(
      `{ allPayouts(filter: { year: 2016, kind: ACTIVITY_FUND }, perPage: 1) { ${PAYOUT} } }`,
    );
    const line = allPayouts[0];
    expect(
      codeOf(await viewer.request('mutation ($id: ID!) { markPayoutPaid(id: $id) { id } }', { id: line.id })),
    ).toBe('FORBIDDEN');
    const paid = await finance.data<{ markPayoutPaid: { status: string; paidAt: string } }>(
      'mutation ($id: ID!) { markPayoutPaid(id: $id) { status paidAt } }',
      { id: line.id },
    );
    expect(paid.markPayoutPaid.status).toBe('PAID');
    expect(paid.markPayoutPaid.paidAt).toBeTruthy();
    const del = await finance.request('mutation ($id: ID!) { deletePayout(id: $id) { id } }', {
      id: line.id,
    });
    expect(codeOf(del)).toBe('INVALID_STATE');
    const audit = await t.sql(
      "select 1 from audit_event where entity_id = ? and action = 'mark payouts paid'",
      [line.id],
    );
    expect(audit).toHaveLength(1);
  });

  it('later cadre changes do not alter a generated statement; regenerating touches unpaid lines only', async () => {
    const s = await schedule(2016);
    const line = s.lines.find((l) => l.cadreCount >= 5)!;
    const { allPayouts } = await finance.data<{ allPayouts: PayoutRow[] }>(
      `query ($v: ID!) { allPayouts(filter: { year: 2016, villageId: $v, kind: CADRE_REWARD }, sortField: "payeeName") { ${PAYOUT} } }`,
      { v: line.villageId },
    );
    expect(allPayouts).toHaveLength(line.cadreCount);
    const [paidLine, unpaidLine] = allPayouts;
    await finance.data('mutation ($id: ID!) { markPayoutPaid(id: $id) { id } }', { id: paidLine.id });
    for (const cadreId of [paidLine.cadreId, unpaidLine.cadreId]) {
      await admin.data('mutation ($id: ID!) { updateCadre(id: $id, active: false) { id } }', { id: cadreId });
    }
    const after = await schedule(2016);
    expect(after.lines.find((l) => l.villageId === line.villageId)!.cadreCount).toBe(line.cadreCount - 2);
    expect(after.total).toBe(s.total - 2 * (line.tier === 2 ? 20_000 : 10_000));

    // Frozen: a plain second run changes nothing.
    const frozen = await generate(2016);
    expect(frozen.filter((p) => p.villageId === line.villageId && p.kind === 'CADRE_REWARD')).toHaveLength(
      line.cadreCount,
    );

    const regenerated = await generate(2016, true);
    const mine = regenerated.filter((p) => p.villageId === line.villageId && p.kind === 'CADRE_REWARD');
    expect(mine.map((p) => p.id)).toContain(paidLine.id);
    expect(mine.map((p) => p.id)).not.toContain(unpaidLine.id);
    expect(mine).toHaveLength(line.cadreCount - 1);
    expect(mine.find((p) => p.id === paidLine.id)!.status).toBe('PAID');
  });

  it('amounts come from the scheme in force for the year: a change applies to later years only', async () => {
    const { activeScheme } = await admin.data<{ activeScheme: { indicators: { key: string }[] } }>(
      '{ activeScheme { indicators { key } } }',
    );
    await admin.data(
      `mutation ($tiers: JSON!, $i: JSON!) { createScheme(name: "2017 起新标准", effectiveFromYear: 2017, tiers: $tiers, indicators: $i) { id } }`,
      {
        tiers: [
          { level: 1, name: { 'zh-CN': '规范', en: 'Standard' }, cadreReward: 12000, activityFund: 15000 },
          { level: 2, name: { 'zh-CN': '示范', en: 'Model' }, cadreReward: 24000, activityFund: 25000 },
          { level: 3, name: { 'zh-CN': '典范', en: 'Exemplar' }, cadreReward: 36000, activityFund: 35000 },
        ],
        i: activeScheme.indicators.map((i) => ({ key: i.key })),
      },
    );
    const before = await schedule(2016);
    expect(before.lines.every((l) => l.activityFund === (l.tier === 2 ? 20_000 : 10_000))).toBe(true);
    const later = await admin.data<{ createCertification: { id: string } }>(
      'mutation ($v: ID!) { createCertification(villageId: $v, tier: 1, year: 2017) { id } }',
      { v: before.lines[0].villageId },
    );
    expect(later.createCertification.id).toBeTruthy();
    const s2017 = await schedule(2017);
    const l2017 = s2017.lines.find((l) => l.villageId === before.lines[0].villageId)!;
    expect(l2017.activityFund).toBe(15_000);
    expect(l2017.cadreReward).toBe(l2017.cadreCount * 12_000);
  });
});
