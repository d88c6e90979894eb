import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'FORWARDED', 'ASSESSING', 'PASSED', 'FAILED'];
const OPEN = ['DRAFT', 'SUBMITTED', 'RETURNED', 'FORWARDED', 'ASSESSING'];

interface Certification {
  villageId: string;
  tier: number;
  year: number;
  status: string;
  assessmentId: string | null;
  village: { name: string; cadreCount: number };
}
interface Step {
  indicatorKey: string;
  passed: boolean;
  margin: number;
  reason: string;
  values: Record<string, unknown>;
}
interface Assessment {
  status: string;
  plan: string[];
  failedIndicatorKey: string | null;
  nextIndicatorKey: string | null;
  notAssessed: string[];
  steps: Step[];
}
interface Application {
  id: string;
  villageId: string;
  year: number;
  targetTier: number;
  status: string;
  readiness: number | null;
  weakestIndicatorKey: string | null;
  vetComment: string | null;
  submittedAt: string | null;
  assessment: Assessment | null;
}

const CERTS = `query ($year: Int!) {
  allCertifications(filter: { year: $year }, perPage: 500) {
    villageId tier year status assessmentId village { name cadreCount }
  } }`;
const ASSESSMENT =
  'status plan failedIndicatorKey nextIndicatorKey notAssessed steps { indicatorKey passed margin reason values }';
const APPS = `query ($filter: ApplicationFilter) {
  allApplications(filter: $filter, perPage: 500) {
    id villageId year targetTier status readiness weakestIndicatorKey vetComment submittedAt
    assessment { ${ASSESSMENT} }
  }
  _allApplicationsMeta(filter: $filter) { count } }`;

describe('the demo county’s certification history (domain.md §4, §6)', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let clerk: GraphQLClient;
  let certs2016: Certification[];
  let qingtang: string;

  const apps = async (filter: Record<string, unknown>, as: GraphQLClient = admin) =>
    (
      await as.data<{ allApplications: Application[]; _allApplicationsMeta: { count: number } }>(APPS, {
        filter,
      })
    ).allApplications;

  beforeAll(async () => {
    t = await startTestServer();
    [admin, clerk] = await Promise.all([t.as('admin'), t.as('demo.clerk')]);
    certs2016 = (await admin.data<{ allCertifications: Certification[] }>(CERTS, { year: 2016 }))
      .allCertifications;
    const villages = await clerk.data<{ allVillages: { id: string; name: string }[] }>(
      '{ allVillages { id name } }',
    );
    qingtang = villages.allVillages.find((v) => v.name === '清塘村')!.id;
  });
  afterAll(() => t?.stop());

  it('2016: 25 villages named Standard or Model, 145 cadres rewarded, 2.28 million yuan', async () => {
    expect(certs2016).toHaveLength(25);
    expect(certs2016.every((c) => c.status === 'ACTIVE')).toBe(true);
    expect(new Set(certs2016.map((c) => c.villageId)).size).toBe(25);
    const standard = certs2016.filter((c) => c.tier === 1);
    const model = certs2016.filter((c) => c.tier === 2);
    const cadres = (list: Certification[]) => list.reduce((sum, c) => sum + c.village.cadreCount, 0);
    // domain.md §6: 17 Standard villages with 95 cadres, 8 Model villages with 50.
    expect([standard.length, cadres(standard)]).toEqual([17, 95]);
    expect([model.length, cadres(model)]).toEqual([8, 50]);
    expect(cadres(certs2016)).toBe(145);

    const { activeScheme } = await admin.data<{
      activeScheme: { tiers: { level: number; cadreReward: number; activityFund: number }[] };
    }>('{ activeScheme { tiers { level cadreReward activityFund } } }');
    const tier = (level: number) => activeScheme.tiers.find((x) => x.level === level)!;
    const payout = certs2016.reduce(
      (sum, c) => sum + c.village.cadreCount * tier(c.tier).cadreReward + tier(c.tier).activityFund,
      0,
    );
    expect(payout).toBe(2_280_000);
  });

  it('every Model village of 2016 was named Standard for 2015, and every naming comes from a passed assessment', async () => {
    const certs2015 = (await admin.data<{ allCertifications: Certification[] }>(CERTS, { year: 2015 }))
      .allCertifications;
    const standard2015 = new Set(
      certs2015.filter((c) => c.tier === 1 && c.status === 'ACTIVE').map((c) => c.villageId),
    );
    const model = certs2016.filter((c) => c.tier === 2);
    for (const c of model) expect(standard2015.has(c.villageId), c.village.name).toBe(true);

    const passed = await admin.data<{ allAssessments: { id: string; steps: { passed: boolean }[] }[] }>(
      '{ allAssessments(filter: { status: PASSED }, perPage: 500) { id steps { passed } } }',
    );
    const passedIds = new Set(passed.allAssessments.map((a) => a.id));
    for (const c of [...certs2015, ...certs2016]) expect(passedIds.has(c.assessmentId!)).toBe(true);
    for (const a of passed.allAssessments) {
      expect(a.steps).toHaveLength(10);
      expect(a.steps.every((s) => s.passed)).toBe(true);
    }
  });

  it('every application status occurs, with at most one open application per village and year', async () => {
    for (const status of STATUSES) {
      const { _allApplicationsMeta, allApplications } = await admin.data<{
        allApplications: Application[];
        _allApplicationsMeta: { count: number };
      }>(APPS, { filter: { status } });
      expect(_allApplicationsMeta.count, status).toBeGreaterThanOrEqual(1);
      expect(allApplications.every((a) => a.status === status)).toBe(true);
    }
    const open = (await Promise.all(OPEN.map((status) => apps({ status })))).flat();
    const keys = open.map((a) => `${a.villageId}:${a.year}`);
    expect(new Set(keys).size).toBe(keys.length);

    const returned = await apps({ status: 'RETURNED' });
    expect(returned.every((a) => (a.vetComment ?? '').length > 0)).toBe(true);
    const drafts = await apps({ status: 'DRAFT' });
    expect(drafts.every((a) => a.submittedAt === null)).toBe(true);
    const [assessing] = await apps({ status: 'ASSESSING' });
    expect(assessing.assessment).toMatchObject({ status: 'IN_PROGRESS' });
    const inProgress = assessing.assessment!;
    expect(inProgress.steps.length).toBeGreaterThanOrEqual(1);
    expect(inProgress.steps.map((s) => s.indicatorKey)).toEqual(
      inProgress.plan.slice(0, inProgress.steps.length),
    );
    expect(inProgress.nextIndicatorKey).toBe(inProgress.plan[inProgress.steps.length]);
    expect((await apps({ status: 'FORWARDED' })).every((a) => a.assessment === null)).toBe(true);
  });

  it('the demo clerk sees where the own village fell short in 2016, and may apply for tier 1 again', async () => {
    const own = await apps({}, clerk);
    expect(own.length).toBeGreaterThanOrEqual(1);
    expect(own.every((a) => a.villageId === qingtang)).toBe(true);
    const failed = own.find((a) => a.year === 2016 && a.status === 'FAILED')!;
    expect(failed).toBeTruthy();

    const { Application: seen } = await clerk.data<{ Application: Application }>(
      `query ($id: ID!) { Application(id: $id) { id status weakestIndicatorKey assessment { ${ASSESSMENT} } } }`,
      { id: failed.id },
    );
    expect(seen.status).toBe('FAILED');
    const assessment = seen.assessment!;
    expect(assessment.status).toBe('FAILED');
    expect(assessment.failedIndicatorKey).toBe('environment.appearance');
    expect(assessment.failedIndicatorKey).toBe(seen.weakestIndicatorKey);
    expect(assessment.steps).toHaveLength(1);
    expect(assessment.steps[0]).toMatchObject({ indicatorKey: 'environment.appearance', passed: false });
    expect(assessment.steps[0].reason).toMatch(/绿化/);
    expect(assessment.notAssessed).toEqual(assessment.plan.slice(1));
    expect(assessment.notAssessed).toHaveLength(9);

    const certs = await admin.data<{ allCertifications: Certification[] }>(
      'query ($v: ID!) { allCertifications(filter: { villageId: $v }) { villageId tier year status assessmentId village { name cadreCount } } }',
      { v: qingtang },
    );
    expect(certs.allCertifications).toEqual([]);

    const created = await clerk.data<{ createApplication: { status: string } }>(
      `mutation ($v: ID!, $d: JSONObject!) { createApplication(villageId: $v, year: 2017, targetTier: 1, declaredValues: $d) { status } }`,
      { v: qingtang, d: await declared(failed.id) },
    );
    expect(created.createApplication.status).toBe('DRAFT');
  });

  it('a stored assessment replays: the dry run of each finding gives the stored result', async () => {
    const [app] = await apps({ year: 2016, status: 'PASSED', targetTier: 2 });
    const assessment = app.assessment!;
    expect(assessment.status).toBe('PASSED');
    expect(assessment.steps.map((s) => s.indicatorKey)).toEqual(assessment.plan);
    expect(assessment.plan[0]).toBe(app.weakestIndicatorKey);
    for (const step of assessment.steps) {
      const { evaluateIndicator } = await admin.data<{
        evaluateIndicator: { passed: boolean; margin: number; reason: string };
      }>(
        'query ($k: String!, $t: Int!, $v: JSONObject!) { evaluateIndicator(key: $k, tier: $t, values: $v) { passed margin reason } }',
        { k: step.indicatorKey, t: app.targetTier, v: step.values },
      );
      expect(evaluateIndicator).toEqual({ passed: step.passed, margin: step.margin, reason: step.reason });
    }
  });

  /** The declared values of an application, as the clerk reads them. */
  async function declared(id: string): Promise<Record<string, unknown>> {
    const data = await clerk.data<{ Application: { declaredValues: Record<string, unknown> } }>(
      'query ($id: ID!) { Application(id: $id) { declaredValues } }',
      { id },
    );
    return data.Application.declaredValues;
  }
});
