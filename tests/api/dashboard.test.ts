import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * The session lookup; planProgress's four (townships, scheme in force, villages' reach, plan lines);
 * payoutSchedules' three (schemes, certifications with their villages, cadre counts); the applications
 * by status; the trainings with their townships.
 */
const MAX_STATEMENTS = 10;

const DASHBOARD = `query ($year: Int!) { dashboard(year: $year) {
  year certifiedVillages
  certifiedByTier { tier villageCount }
  certifiedByTownship { townshipId townshipName certifiedVillages byTier { tier villageCount } }
  applicationCount applicationsByStatus { status count }
  funds { year villageCount cadreCount cadreRewardTotal activityFundTotal total }
  plan { villageCount reachedCount newlyReachedCount target townshipCount onTrackTownships
    townships { townshipId villageCount reachedCount newlyReachedCount target onTrack } }
  trainings { trainingCount townshipsCovered townshipCount }
} }`;

interface TierCount {
  tier: number;
  villageCount: number;
}
interface Dashboard {
  year: number;
  certifiedVillages: number;
  certifiedByTier: TierCount[];
  certifiedByTownship: {
    townshipId: string;
    townshipName: string;
    certifiedVillages: number;
    byTier: TierCount[];
  }[];
  applicationCount: number;
  applicationsByStatus: { status: string; count: number }[];
  funds: {
    year: number;
    villageCount: number;
    cadreCount: number;
    cadreRewardTotal: number;
    activityFundTotal: number;
    total: number;
  }[];
  plan: {
    villageCount: number;
    reachedCount: number;
    newlyReachedCount: number;
    target: number;
    townshipCount: number;
    onTrackTownships: number;
    townships: {
      townshipId: string;
      villageCount: number;
      reachedCount: number;
      newlyReachedCount: number;
      target: number;
      onTrack: boolean;
    }[];
  };
  trainings: { trainingCount: number; townshipsCovered: number; townshipCount: number };
}

const STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'FORWARDED', 'ASSESSING', 'PASSED', 'FAILED'];

const tiersOf = (tiers: number[]) =>
  [1, 2, 3].map((tier) => ({ tier, villageCount: tiers.filter((t) => t === tier).length }));

/**
 * The dashboard recomputed from the API's own lists and queries, as the caller may read them: the
 * certifications, applications, trainings, townships and villages in scope, payoutSchedule and planProgress.
 */
async function expectedDashboard(client: GraphQLClient, year: number): Promise<Dashboard> {
  const [townships, villages, certifications, applications, trainings] = await Promise.all([
    client.allRows<{ id: string; name: string }>('allTownships', 'id name'),
    client.allRows<{ id: string; townshipId: string }>('allVillages', 'id townshipId'),
    client.allRows<{ villageId: string; tier: number; year: number }>(
      'allCertifications',
      'villageId tier year',
      { status: 'ACTIVE' },
    ),
    client.allRows<{ status: string }>('allApplications', 'status', { year }),
    client.allRows<{ id: string; townshipIds: string[]; villageIds: string[] }>(
      'allTrainings',
      'id townshipIds villageIds',
      { year },
    ),
  ]);
  const townshipOf = new Map(villages.map((v) => [v.id, v.townshipId]));
  // Each village counts once, at its highest active tier of the year.
  const highest = new Map<string, number>();
  for (const c of certifications.filter((c) => c.year === year))
    highest.set(c.villageId, Math.max(c.tier, highest.get(c.villageId) ?? 0));
  const certified = [...highest].map(([villageId, tier]) => ({
    townshipId: townshipOf.get(villageId)!,
    tier,
  }));

  const fundYears = [];
  const firstCertified = Math.min(
    ...certifications.map((c) => c.year).filter((y) => y <= year && y > year - 5),
    year,
  );
  for (let y = firstCertified; y <= year; y++) fundYears.push(y);
  const funds = await Promise.all(
    fundYears.map(async (y) => {
      const { payoutSchedule: s } = await client.data<{ payoutSchedule: Dashboard['funds'][number] }>(
        'query ($y: Int!) { payoutSchedule(year: $y) { year villageCount cadreCount cadreRewardTotal activityFundTotal total } }',
        { y },
      );
      return s;
    }),
  );
  const { planProgress } = await client.data<{ planProgress: Dashboard['plan']['townships'] }>(
    'query ($y: Int!) { planProgress(year: $y) { townshipId villageCount reachedCount newlyReachedCount target onTrack } }',
    { y: year },
  );
  const sum = (pick: (p: (typeof planProgress)[number]) => number) =>
    planProgress.reduce((n, p) => n + pick(p), 0);
  const inScope = new Set(townships.map((t) => t.id));
  const covered = new Set(
    trainings.flatMap((tr) => [...tr.townshipIds, ...tr.villageIds.map((v) => townshipOf.get(v))]),
  );

  return {
    year,
    certifiedVillages: certified.length,
    certifiedByTier: tiersOf(certified.map((c) => c.tier)),
    certifiedByTownship: townships.map((t) => {
      const here = certified.filter((c) => c.townshipId === t.id);
      return {
        townshipId: t.id,
        townshipName: t.name,
        certifiedVillages: here.length,
        byTier: tiersOf(here.map((c) => c.tier)),
      };
    }),
    applicationCount: applications.length,
    applicationsByStatus: STATUSES.map((status) => ({
      status,
      count: applications.filter((a) => a.status === status).length,
    })),
    funds,
    plan: {
      villageCount: sum((p) => p.villageCount),
      reachedCount: sum((p) => p.reachedCount),
      newlyReachedCount: sum((p) => p.newlyReachedCount),
      target: sum((p) => p.target),
      townshipCount: planProgress.length,
      onTrackTownships: planProgress.filter((p) => p.onTrack).length,
      townships: planProgress,
    },
    trainings: {
      trainingCount: trainings.length,
      townshipsCovered: [...inScope].filter((id) => covered.has(id)).length,
      townshipCount: inScope.size,
    },
  };
}

/** Townships in the API's township order; the dashboard lists them as planProgress does. */
const byTownship = (d: Dashboard) => ({
  ...d,
  certifiedByTownship: [...d.certifiedByTownship].sort((a, b) => a.townshipId.localeCompare(b.townshipId)),
});

describe('dashboard', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let viewer: GraphQLClient;
  let officer: GraphQLClient;
  let clerk: GraphQLClient;

  const dashboardOf = async (client: GraphQLClient, year: number) =>
    (await client.data<{ dashboard: Dashboard }>(DASHBOARD, { year })).dashboard;

  beforeAll(async () => {
    t = await startTestServer();
    [admin, viewer, officer, clerk] = await Promise.all([
      t.as('admin'),
      t.as('demo.viewer'),
      t.as('demo.township'),
      t.as('demo.clerk'),
    ]);
  });
  afterAll(() => t?.stop());

  it('reproduces the source for 2016: 25 villages (17 Standard, 8 Model), 2.28 million yuan, 145 cadres', async () => {
    const d = await dashboardOf(viewer, 2016);
    expect(d.certifiedVillages).toBe(25);
    expect(d.certifiedByTier).toEqual([
      { tier: 1, villageCount: 17 },
      { tier: 2, villageCount: 8 },
      { tier: 3, villageCount: 0 },
    ]);
    const y2016 = d.funds.find((f) => f.year === 2016);
    expect(y2016).toMatchObject({ villageCount: 25, cadreCount: 145, total: 2_280_000 });
    expect(d.funds.map((f) => f.year)).toEqual([2015, 2016]);
    expect(d.certifiedByTownship).toHaveLength(42);
    expect(d.certifiedByTownship.reduce((n, tw) => n + tw.certifiedVillages, 0)).toBe(25);
  });

  it.each([2016, 2017])('for %i, equals what the county’s own lists give', async (year) => {
    const d = await dashboardOf(viewer, year);
    expect(byTownship(d)).toEqual(byTownship(await expectedDashboard(viewer, year)));
  });

  it('in 2017 counts the open round’s applications in each of their statuses', async () => {
    const d = await dashboardOf(viewer, 2017);
    const open = ['DRAFT', 'SUBMITTED', 'RETURNED', 'FORWARDED', 'ASSESSING'];
    expect(d.applicationsByStatus.map((s) => s.status)).toEqual(STATUSES);
    expect(d.applicationsByStatus.filter((s) => open.includes(s.status)).every((s) => s.count > 0)).toBe(
      true,
    );
    expect(d.applicationCount).toBe(d.applicationsByStatus.reduce((n, s) => n + s.count, 0));
  });

  it('follows the caller’s scope: an officer’s township, a clerk’s village', async () => {
    for (const client of [officer, clerk]) {
      const d = await dashboardOf(client, 2016);
      expect(byTownship(d)).toEqual(byTownship(await expectedDashboard(client, 2016)));
      expect(d.certifiedByTownship).toHaveLength(1);
      expect(d.plan.townshipCount).toBe(1);
    }
    const mine = await dashboardOf(clerk, 2017);
    expect(mine.applicationCount).toBeLessThanOrEqual(1);
    expect(mine.certifiedVillages).toBeLessThanOrEqual(1);
  });

  it('counts a training and the townships it covered, directly or by a village', async () => {
    const [township] = await officer.allRows<{ id: string }>('allTownships', 'id');
    const villages = await admin.allRows<{ id: string; townshipId: string }>('allVillages', 'id townshipId');
    const elsewhere = villages.find((v) => v.townshipId !== township.id)!;
    await admin.data(
      'mutation ($t: [ID!], $v: [ID!]) { createTraining(date: "2016-05-10", topic: "创建业务培训", townshipIds: $t, villageIds: $v) { id } }',
      { t: [township.id], v: [elsewhere.id] },
    );
    const d = await dashboardOf(viewer, 2016);
    expect(d.trainings).toEqual({ trainingCount: 1, townshipsCovered: 2, townshipCount: 42 });
    expect(byTownship(d)).toEqual(byTownship(await expectedDashboard(viewer, 2016)));
    // The officer's township attended; the other one is outside the scope.
    expect((await dashboardOf(officer, 2016)).trainings).toEqual({
      trainingCount: 1,
      townshipsCovered: 1,
      townshipCount: 1,
    });
  });

  it('takes the same number of SQL statements whatever the year, the scope or the number of townships', async () => {
    const statements = async (client: GraphQLClient, year: number) => {
      t.resetQueries();
      await dashboardOf(client, year);
      return t.queries.length;
    };
    const before = await statements(viewer, 2016);
    expect(await statements(viewer, 2017)).toBe(before);
    expect(await statements(officer, 2016)).toBe(before);
    expect(await statements(clerk, 2016)).toBe(before);
    for (let i = 1; i <= 3; i++) {
      const tw = await admin.data<{ createTownship: { id: string } }>(
        `mutation { createTownship(name: "看板测试镇${i}", code: "T-DASH-${i}") { id } }`,
      );
      await admin.data(
        `mutation ($t: ID!) { createVillage(name: "看板测试村${i}", code: "V-DASH-${i}", townshipId: $t) { id } }`,
        { t: tw.createTownship.id },
      );
    }
    expect((await dashboardOf(viewer, 2016)).certifiedByTownship).toHaveLength(45);
    expect(await statements(viewer, 2016)).toBe(before);
    expect(before).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it('prices each year with the scheme in force for it', async () => {
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
    const [village] = await clerk.allRows<{ id: string }>('allVillages', 'id');
    await admin.data(
      'mutation ($v: ID!) { createCertification(villageId: $v, tier: 1, year: 2017) { id } }',
      {
        v: village.id,
      },
    );
    const d = await dashboardOf(viewer, 2017);
    expect(byTownship(d)).toEqual(byTownship(await expectedDashboard(viewer, 2017)));
    expect(d.funds.map((f) => f.year)).toEqual([2015, 2016, 2017]);
    expect(d.funds[1].total).toBe(2_280_000);
    expect(d.funds[2]).toMatchObject({ villageCount: 1, activityFundTotal: 15_000 });
  });

  it('refuses a year outside 2000–2100 and an anonymous caller', async () => {
    expect(codeOf(await viewer.request(DASHBOARD, { year: 1999 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.anonymous().request(DASHBOARD, { year: 2016 }))).toBe('UNAUTHENTICATED');
  });
});
