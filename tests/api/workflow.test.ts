import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KEYS, EXPECTED_TIER1_PLAN, passingValues } from '../support/declared-values.js';
import { codeOf, GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const APP_FIELDS =
  'id villageId year targetTier status declaredValues readiness weakestIndicatorKey vetComment';
const CREATE = `mutation ($v: ID!, $y: Int!, $t: Int!, $d: JSONObject!) {
  createApplication(villageId: $v, year: $y, targetTier: $t, declaredValues: $d) { ${APP_FIELDS} } }`;
const ASSESSMENT =
  'id status plan nextIndicatorKey failedIndicatorKey notAssessed steps { indicatorKey passed margin reason }';

interface App {
  id: string;
  status: string;
  readiness: number;
  weakestIndicatorKey: string;
  vetComment: string | null;
}
interface Assessment {
  id: string;
  status: string;
  plan: string[];
  nextIndicatorKey: string | null;
  failedIndicatorKey: string | null;
  notAssessed: string[];
  steps: { indicatorKey: string; passed: boolean; margin: number; reason: string }[];
}

describe('the scheme and the procedure: apply → vet → weakest-first assessment → certification', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let clerk: GraphQLClient;
  let officer: GraphQLClient;
  let assessor: GraphQLClient;
  let qingtang: string;
  let neighbour: string;

  const count = async (table: string) =>
    Number((await t.sql<{ n: string }>(`select count(*) as n from ${table}`))[0].n);

  beforeAll(async () => {
    t = await startTestServer();
    [admin, clerk, officer, assessor] = await Promise.all([
      t.as('admin'),
      t.as('demo.clerk'),
      t.as('demo.township'),
      t.as('demo.assessor'),
    ]);
    const villages = await officer.data<{ allVillages: { id: string; name: string }[] }>(
      '{ allVillages(perPage: 100, sortField: "code") { id name } }',
    );
    qingtang = villages.allVillages.find((v) => v.name === '清塘村')!.id;
    neighbour = villages.allVillages.find((v) => v.name !== '清塘村')!.id;
  });
  afterAll(() => t?.stop());

  it('lists the ten default indicators with field definitions, in Chinese first and English on request', async () => {
    const q = '{ indicatorDefinitions { key category version title inputs params } }';
    const zh = await clerk.data<{
      indicatorDefinitions: {
        key: string;
        title: string;
        inputs: { name: string; type: string; label: string }[];
      }[];
    }>(q);
    expect(zh.indicatorDefinitions.map((d) => d.key)).toEqual(DEFAULT_KEYS);
    const income = zh.indicatorDefinitions.find((d) => d.key === 'industry.collective-income')!;
    expect(income.title).toMatch(/集体经济/);
    expect(income.inputs.map((i) => i.name)).toEqual(['operatingIncome', 'accumulation', 'model']);
    expect(income.inputs[0]).toMatchObject({ type: 'money' });
    const en = await clerk.request<{ indicatorDefinitions: { key: string; title: string }[] }>(q, undefined, {
      'accept-language': 'en-US,en;q=0.9',
    });
    expect(en.data!.indicatorDefinitions.find((d) => d.key === 'industry.collective-income')!.title).toMatch(
      /collective/i,
    );
  });

  it('the active scheme carries the tiers, amounts and per-tier params of the source', async () => {
    const { activeScheme } = await clerk.data<{
      activeScheme: {
        tiers: { level: number; name: string; cadreReward: number; activityFund: number }[];
        indicators: { key: string; params: Record<string, Record<string, unknown>> }[];
      };
    }>(
      '{ activeScheme { id name tiers { level name cadreReward activityFund } indicators { key params } } }',
    );
    expect(activeScheme.tiers).toEqual([
      { level: 1, name: '规范', cadreReward: 10000, activityFund: 10000 },
      { level: 2, name: '示范', cadreReward: 20000, activityFund: 20000 },
      { level: 3, name: '典范', cadreReward: 30000, activityFund: 30000 },
    ]);
    expect(activeScheme.indicators.map((i) => i.key)).toEqual(DEFAULT_KEYS);
    const income = activeScheme.indicators.find((i) => i.key === 'industry.collective-income')!;
    expect([1, 2, 3].map((tier) => income.params[String(tier)].minOperatingIncome)).toEqual([
      30000, 30000, 100000,
    ]);
  });

  it('a dry run evaluates one indicator at the edge without saving anything', async () => {
    const before = await count('audit_event');
    const q = `query ($v: JSONObject!) { evaluateIndicator(key: "industry.collective-income", tier: 1, values: $v) { passed margin reason } }`;
    const below = await clerk.data<{ evaluateIndicator: { passed: boolean; margin: number } }>(q, {
      v: { operatingIncome: 29999, accumulation: 0 },
    });
    const at = await clerk.data<{ evaluateIndicator: { passed: boolean; margin: number } }>(q, {
      v: { operatingIncome: 30000, accumulation: 0 },
    });
    expect(below.evaluateIndicator.passed).toBe(false);
    expect(below.evaluateIndicator.margin).toBeCloseTo(-1 / 30000);
    expect(at.evaluateIndicator).toMatchObject({ passed: true, margin: 0 });
    expect(await count('audit_event')).toBe(before);
  });

  it('bad declared values name the indicator and the field, and write nothing', async () => {
    const apps = await count('application');
    const res = await clerk.request(CREATE, {
      v: qingtang,
      y: 2017,
      t: 1,
      d: passingValues({ 'industry.collective-income': { operatingIncome: 30000.5, accumulation: 1 } }),
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain('industry.collective-income.operatingIncome');
    const missing = await clerk.request(CREATE, {
      v: qingtang,
      y: 2017,
      t: 1,
      d: { 'industry.specialty': { specialtyIndustries: 1, cooperatives: 1 } },
    });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0].message).toMatch(/organization\.ten-ups.*missing/);
    expect(await count('application')).toBe(apps);
  });

  it('tier 2 needs tier 1 held for the year or the year before', async () => {
    const res = await clerk.request(CREATE, { v: qingtang, y: 2017, t: 2, d: passingValues() });
    expect(codeOf(res)).toBe('INVALID_STATE');
  });

  it('runs apply → return with reason → resubmit → forward → weakest-first assessment that fails on its first indicator', async () => {
    const created = (
      await clerk.data<{ createApplication: App }>(CREATE, { v: qingtang, y: 2017, t: 1, d: passingValues() })
    ).createApplication;
    expect(created).toMatchObject({ status: 'DRAFT', weakestIndicatorKey: 'environment.appearance' });
    expect(created.readiness).toBeCloseTo(15 / 70);

    const again = await clerk.request(CREATE, { v: qingtang, y: 2017, t: 1, d: passingValues() });
    expect(codeOf(again)).toBe('CONFLICT');

    const submit = `mutation ($id: ID!) { submitApplication(id: $id) { ${APP_FIELDS} } }`;
    expect(
      (await clerk.data<{ submitApplication: App }>(submit, { id: created.id })).submitApplication.status,
    ).toBe('SUBMITTED');
    // A retried submit changes nothing.
    expect(
      (await clerk.data<{ submitApplication: App }>(submit, { id: created.id })).submitApplication.status,
    ).toBe('SUBMITTED');

    const vet = `mutation ($id: ID!, $d: VetDecision!, $c: String) { vetApplication(id: $id, decision: $d, comment: $c) { ${APP_FIELDS} } }`;
    expect(codeOf(await officer.request(vet, { id: created.id, d: 'RETURN' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await clerk.request(vet, { id: created.id, d: 'FORWARD' }))).toBe('FORBIDDEN');
    const returned = (
      await officer.data<{ vetApplication: App }>(vet, {
        id: created.id,
        d: 'RETURN',
        c: '请补充绿化率佐证材料',
      })
    ).vetApplication;
    expect(returned).toMatchObject({ status: 'RETURNED', vetComment: '请补充绿化率佐证材料' });
    // The village reads the reason.
    const seen = await clerk.data<{ Application: App }>(
      `query ($id: ID!) { Application(id: $id) { ${APP_FIELDS} } }`,
      { id: created.id },
    );
    expect(seen.Application.vetComment).toBe('请补充绿化率佐证材料');

    const edited = await clerk.data<{ updateApplication: App }>(
      `mutation ($id: ID!, $d: JSONObject!) { updateApplication(id: $id, declaredValues: $d) { ${APP_FIELDS} } }`,
      {
        id: created.id,
        d: passingValues({
          'environment.appearance': { greeningRate: 45, lightingCoverage: 90, sanitationScore: 84 },
        }),
      },
    );
    expect(edited.updateApplication.readiness).toBeCloseTo(14 / 70);
    await clerk.data(submit, { id: created.id });
    expect(
      (await officer.data<{ vetApplication: App }>(vet, { id: created.id, d: 'FORWARD' })).vetApplication
        .status,
    ).toBe('FORWARDED');

    const queue = await assessor.data<{ assessmentQueue: { id: string }[] }>(
      '{ assessmentQueue(year: 2017) { id } }',
    );
    expect(queue.assessmentQueue.map((a) => a.id)).toContain(created.id);

    const start = `mutation ($id: ID!) { startAssessment(applicationId: $id) { ${ASSESSMENT} } }`;
    const started = (await assessor.data<{ startAssessment: Assessment }>(start, { id: created.id }))
      .startAssessment;
    expect(started.plan).toEqual(EXPECTED_TIER1_PLAN);
    expect(started).toMatchObject({ status: 'IN_PROGRESS', nextIndicatorKey: 'environment.appearance' });
    // A retried start returns the same assessment.
    expect(
      (await assessor.data<{ startAssessment: Assessment }>(start, { id: created.id })).startAssessment.id,
    ).toBe(started.id);

    const record = `mutation ($a: ID!, $k: String!, $v: JSONObject!) { recordFinding(assessmentId: $a, indicatorKey: $k, values: $v) { ${ASSESSMENT} } }`;
    const outOfOrder = await assessor.request(record, {
      a: started.id,
      k: 'civility.cultural-life',
      v: { culturalEvents: 9, moralLectures: 9 },
    });
    expect(codeOf(outOfOrder)).toBe('INVALID_STATE');

    const failed = (
      await assessor.data<{ recordFinding: Assessment }>(record, {
        a: started.id,
        k: 'environment.appearance',
        v: { greeningRate: 25, lightingCoverage: 90, sanitationScore: 84 },
      })
    ).recordFinding;
    expect(failed.status).toBe('FAILED');
    expect(failed.failedIndicatorKey).toBe('environment.appearance');
    expect(failed.steps).toHaveLength(1);
    expect(failed.steps[0]).toMatchObject({ indicatorKey: 'environment.appearance', passed: false });
    expect(failed.steps[0].margin).toBeCloseTo((25 - 30) / 30);
    expect(failed.notAssessed).toEqual(EXPECTED_TIER1_PLAN.slice(1));
    expect(failed.nextIndicatorKey).toBeNull();

    // The village sees where it fell short; nothing was certified.
    const feedback = await clerk.data<{ Application: { status: string; assessment: Assessment } }>(
      `query ($id: ID!) { Application(id: $id) { status assessment { ${ASSESSMENT} } } }`,
      { id: created.id },
    );
    expect(feedback.Application.status).toBe('FAILED');
    expect(feedback.Application.assessment.steps[0].reason).toMatch(/绿化/);
    const certs = await t.sql('select 1 from certification where village_id = ? and year = 2017', [qingtang]);
    expect(certs).toHaveLength(0);
  });

  it('a village that passes every indicator is certified, and may then apply for the next tier', async () => {
    const v = neighbour;
    // The administrator may act in every role: here for the neighbouring village's clerk.
    const app = (
      await admin.data<{ createApplication: App }>(CREATE, { v, y: 2017, t: 1, d: passingValues() })
    ).createApplication;
    await admin.data('mutation ($id: ID!) { submitApplication(id: $id) { id } }', { id: app.id });
    await officer.data('mutation ($id: ID!) { vetApplication(id: $id, decision: FORWARD) { id } }', {
      id: app.id,
    });
    const started = (
      await assessor.data<{ startAssessment: Assessment }>(
        `mutation ($id: ID!) { startAssessment(applicationId: $id) { ${ASSESSMENT} } }`,
        { id: app.id },
      )
    ).startAssessment;
    let last: Assessment = started;
    const values = passingValues() as Record<string, Record<string, unknown>>;
    for (const key of started.plan) {
      last = (
        await assessor.data<{ recordFinding: Assessment }>(
          `mutation ($a: ID!, $k: String!, $v: JSONObject!) { recordFinding(assessmentId: $a, indicatorKey: $k, values: $v) { ${ASSESSMENT} } }`,
          { a: started.id, k: key, v: values[key] },
        )
      ).recordFinding;
    }
    expect(last.status).toBe('PASSED');
    expect(last.steps.map((s) => s.passed)).toEqual(Array(10).fill(true));
    const certs = await admin.data<{
      allCertifications: { villageId: string; tier: number; year: number; status: string }[];
    }>(
      'query ($v: ID!) { allCertifications(filter: { year: 2017, villageId: $v }) { villageId tier year status } }',
      { v },
    );
    expect(certs.allCertifications).toEqual([{ villageId: v, tier: 1, year: 2017, status: 'ACTIVE' }]);

    const next = await admin.data<{ createApplication: App }>(CREATE, {
      v,
      y: 2018,
      t: 2,
      d: passingValues(),
    });
    expect(next.createApplication.status).toBe('DRAFT');
  });

  it('the queue puts the readiest first and breaks ties by the earlier submission', async () => {
    const { allVillages } = await admin.data<{ allVillages: { id: string }[] }>(
      '{ allVillages(perPage: 3, sortField: "code", filter: { q: "社区" }) { id } }',
    );
    const [first, second, ready] = allVillages.map((v) => v.id);
    const ids: Record<string, string> = {};
    const plans: [string, string, Record<string, unknown>][] = [
      ['first', first, passingValues()],
      ['second', second, passingValues()],
      // Greening 60 % and income 12,000: every margin above the others' weakest (0.214).
      [
        'ready',
        ready,
        passingValues({
          'environment.appearance': { greeningRate: 60, lightingCoverage: 90, sanitationScore: 90 },
          'industry.per-capita-income': { perCapitaDisposableIncome: 12000 },
        }),
      ],
    ];
    for (const [name, v, d] of plans) {
      const app = (await admin.data<{ createApplication: App }>(CREATE, { v, y: 2019, t: 1, d }))
        .createApplication;
      await admin.data('mutation ($id: ID!) { submitApplication(id: $id) { id } }', { id: app.id });
      ids[name] = app.id;
    }
    for (const id of [ids.second, ids.first, ids.ready]) {
      await admin.data('mutation ($id: ID!) { vetApplication(id: $id, decision: FORWARD) { id } }', { id });
    }
    const queue = await assessor.data<{ assessmentQueue: { id: string; readiness: number }[] }>(
      '{ assessmentQueue(year: 2019) { id readiness } }',
    );
    expect(queue.assessmentQueue.map((a) => a.id)).toEqual([ids.ready, ids.first, ids.second]);
    expect(queue.assessmentQueue[1].readiness).toBe(queue.assessmentQueue[2].readiness);
  });

  it('two assessors recording the same finding at once: one wins, the other gets CONFLICT', async () => {
    const second = await admin.data<{ createUser: { id: string } }>(
      'mutation { createUser(username: "assessor.two", password: "correct-horse", role: DISTRICT_ASSESSOR) { id } }',
    );
    expect(second.createUser.id).toBeTruthy();
    const other = new GraphQLClient(t.url);
    await other.login('assessor.two', 'correct-horse');

    const villages = await admin.data<{ allVillages: { id: string }[] }>(
      '{ allVillages(perPage: 3, sortField: "code", sortOrder: "DESC") { id } }',
    );
    const v = villages.allVillages[0].id;
    const app = (
      await admin.data<{ createApplication: App }>(CREATE, { v, y: 2017, t: 1, d: passingValues() })
    ).createApplication;
    await admin.data('mutation ($id: ID!) { submitApplication(id: $id) { id } }', { id: app.id });
    await admin.data('mutation ($id: ID!) { vetApplication(id: $id, decision: FORWARD) { id } }', {
      id: app.id,
    });
    const started = (
      await assessor.data<{ startAssessment: Assessment }>(
        `mutation ($id: ID!) { startAssessment(applicationId: $id) { ${ASSESSMENT} } }`,
        { id: app.id },
      )
    ).startAssessment;
    const record = (c: GraphQLClient) =>
      c.request<{ recordFinding: Assessment }>(
        `mutation ($a: ID!, $k: String!, $v: JSONObject!) { recordFinding(assessmentId: $a, indicatorKey: $k, values: $v) { ${ASSESSMENT} } }`,
        {
          a: started.id,
          k: started.nextIndicatorKey,
          v: (passingValues() as Record<string, unknown>)[started.nextIndicatorKey!],
        },
      );
    const results = await Promise.all([record(assessor), record(other)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const loser = results.find((r) => r.errors)!;
    expect(codeOf(loser)).toBe('CONFLICT');
    const [row] = await t.sql<{ steps: unknown[] }>('select steps from assessment where id = ?', [
      started.id,
    ]);
    expect(row.steps).toHaveLength(1);
  });
});
