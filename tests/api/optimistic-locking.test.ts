import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passingValues } from '../support/declared-values.js';
import { codeOf, type GraphQLClient, type GraphQLResponse } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * Races: N requests for the same change of one record, all sent at once. concurrency.test.ts shows the
 * version check on the plain CRUD resources (village, cadre); this covers the records the procedure and
 * the money turn on. Per mutation, what the losers must answer depends on what guards it:
 *
 * - a `version` argument (updateApplication, updateScheme): the first write bumps the version, so every
 *   other request carries a stale one → CONFLICT;
 * - the state machine, with the request naming its target state (submit, vet, start, mark paid): the
 *   loser finds the record already where it asked it to go. That is a retry of a step already taken, which
 *   the API answers with the record, unchanged and without a new audit event (permission-matrix.test.ts,
 *   "done" states) — so the losers answer OK, and the proof of "applied once" is the database. A loser
 *   that asked for a *different* target (RETURN while FORWARD won) finds the state gone → INVALID_STATE;
 * - recordFinding: a different finding for an indicator already recorded → CONFLICT (two assessors
 *   disagreeing about the same indicator); a finding after the one that ended the assessment →
 *   INVALID_STATE (nothing left to record);
 * - createApplication (one open application per village and year) → CONFLICT.
 *
 * Each case checks the database: one change, one audit event.
 */
const N = 8;

type Outcome = 'OK' | string;

async function race<T>(attempts: (() => Promise<GraphQLResponse<T>>)[]): Promise<GraphQLResponse<T>[]> {
  const results = await Promise.all(attempts.map((a) => a()));
  for (const r of results) expect(r.status).toBeLessThan(500);
  return results;
}

const outcome = (r: GraphQLResponse<unknown>): Outcome => (r.errors ? String(codeOf(r)) : 'OK');
const tally = (results: GraphQLResponse<unknown>[]) => {
  const out: Record<string, number> = {};
  for (const r of results) out[outcome(r)] = (out[outcome(r)] ?? 0) + 1;
  return out;
};

describe('races on one record: exactly one change applies', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let clerk: GraphQLClient;
  let officer: GraphQLClient;
  let assessor: GraphQLClient;
  let finance: GraphQLClient;
  let qingtang: string;
  let year = 2040;
  const values = passingValues() as Record<string, Record<string, unknown>>;

  const auditCount = async (entityId: string) =>
    Number(
      (await t.sql<{ n: string }>('select count(*) as n from audit_event where entity_id = ?', [entityId]))[0]
        .n,
    );
  const application = async (id: string) =>
    (
      await t.sql<{ status: string; version: number; declared_values: unknown; vet_comment: string | null }>(
        'select status, version, declared_values, vet_comment from application where id = ?',
        [id],
      )
    )[0];

  /** A fresh application of 清塘村 (a year of its own) brought to `state` by the administrator. */
  async function applicationIn(state: 'DRAFT' | 'SUBMITTED' | 'FORWARDED' | 'ASSESSING') {
    const { createApplication } = await admin.data<{ createApplication: { id: string; version: number } }>(
      'mutation ($v: ID!, $y: Int!, $d: JSONObject!) { createApplication(villageId: $v, year: $y, targetTier: 1, declaredValues: $d) { id version } }',
      { v: qingtang, y: year++, d: values },
    );
    const id = createApplication.id;
    const step = (m: string) => admin.data(`mutation ($id: ID!) { ${m} }`, { id });
    if (state !== 'DRAFT') await step('submitApplication(id: $id) { id }');
    if (state === 'FORWARDED' || state === 'ASSESSING')
      await step('vetApplication(id: $id, decision: FORWARD) { id }');
    let assessment: { id: string; plan: string[] } | undefined;
    if (state === 'ASSESSING')
      assessment = (
        await admin.data<{ startAssessment: { id: string; plan: string[] } }>(
          'mutation ($id: ID!) { startAssessment(applicationId: $id) { id plan } }',
          { id },
        )
      ).startAssessment;
    return { id, version: createApplication.version, assessment };
  }

  beforeAll(async () => {
    t = await startTestServer();
    [admin, clerk, officer, assessor, finance] = await Promise.all(
      ['admin', 'demo.clerk', 'demo.township', 'demo.assessor', 'demo.finance'].map((u) => t.as(u)),
    );
    [{ id: qingtang }] = await t.sql<{ id: string }>("select id from village where name = '清塘村'");
  });
  afterAll(() => t?.stop());

  it('updateApplication from one version: one applies, the rest CONFLICT', async () => {
    const app = await applicationIn('DRAFT');
    const before = await auditCount(app.id);
    const results = await race(
      Array.from(
        { length: N },
        (_, i) => () =>
          clerk.request<{ updateApplication: { version: number } }>(
            'mutation ($id: ID!, $v: Int!, $d: JSONObject) { updateApplication(id: $id, version: $v, declaredValues: $d) { version } }',
            {
              id: app.id,
              v: app.version,
              d: { ...values, 'industry.per-capita-income': { perCapitaDisposableIncome: 9000 + i } },
            },
          ),
      ),
    );
    expect(tally(results)).toEqual({ OK: 1, CONFLICT: N - 1 });
    const winner = results.findIndex((r) => !r.errors);
    const row = await application(app.id);
    expect(row.version).toBe(app.version + 1);
    expect(row.declared_values).toMatchObject({
      'industry.per-capita-income': { perCapitaDisposableIncome: 9000 + winner },
    });
    expect((await auditCount(app.id)) - before).toBe(1);
  });

  it('submitApplication at once: submitted once (one audit event), the others are answered as retries', async () => {
    const app = await applicationIn('DRAFT');
    const before = await auditCount(app.id);
    const results = await race(
      Array.from(
        { length: N },
        () => () =>
          clerk.request<{ submitApplication: { status: string } }>(
            'mutation ($id: ID!) { submitApplication(id: $id) { status } }',
            { id: app.id },
          ),
      ),
    );
    expect(tally(results)).toEqual({ OK: N });
    expect(new Set(results.map((r) => r.data!.submitApplication.status))).toEqual(new Set(['SUBMITTED']));
    const row = await application(app.id);
    expect(row).toMatchObject({ status: 'SUBMITTED', version: app.version + 1 });
    expect((await auditCount(app.id)) - before).toBe(1);
  });

  it('vetApplication FORWARD and RETURN at once: one decision applies; the same decision is a retry, the other INVALID_STATE', async () => {
    const app = await applicationIn('SUBMITTED');
    const before = await auditCount(app.id);
    const decisions = Array.from({ length: N }, (_, i) => (i % 2 ? 'RETURN' : 'FORWARD'));
    const results = await race(
      decisions.map(
        (d) => () =>
          officer.request<{ vetApplication: { status: string } }>(
            `mutation ($id: ID!) { vetApplication(id: $id, decision: ${d}, comment: "请补充材料") { status } }`,
            { id: app.id },
          ),
      ),
    );
    const row = await application(app.id);
    const won = row.status === 'FORWARDED' ? 'FORWARD' : 'RETURN';
    expect(['FORWARDED', 'RETURNED']).toContain(row.status);
    decisions.forEach((d, i) =>
      expect(outcome(results[i]), `${d} #${i}`).toBe(d === won ? 'OK' : 'INVALID_STATE'),
    );
    expect(row.version).toBe(app.version + 2); // submitted, then vetted once
    expect((await auditCount(app.id)) - before).toBe(1);
  });

  it('startAssessment at once: one assessment, every request answered with it', async () => {
    const app = await applicationIn('FORWARDED');
    const results = await race(
      Array.from(
        { length: N },
        () => () =>
          assessor.request<{ startAssessment: { id: string } }>(
            'mutation ($id: ID!) { startAssessment(applicationId: $id) { id } }',
            { id: app.id },
          ),
      ),
    );
    expect(tally(results)).toEqual({ OK: N });
    const rows = await t.sql<{ id: string }>('select id from assessment where application_id = ?', [app.id]);
    expect(rows).toHaveLength(1);
    expect(new Set(results.map((r) => r.data!.startAssessment.id))).toEqual(new Set([rows[0].id]));
    expect(await auditCount(rows[0].id)).toBe(1);
  });

  const record = (a: string, key: string, v: Record<string, unknown>) =>
    assessor.request<{ recordFinding: { status: string } }>(
      'mutation ($a: ID!, $k: String!, $v: JSONObject!) { recordFinding(assessmentId: $a, indicatorKey: $k, values: $v) { status } }',
      { a, k: key, v },
    );

  it('recordFinding: different findings for the same indicator at once — one recorded, the rest CONFLICT', async () => {
    const { assessment } = await applicationIn('ASSESSING');
    const key = assessment!.plan[0];
    expect(key).toBe('environment.appearance'); // the weakest of the declared values
    const before = await auditCount(assessment!.id);
    // All passing, all different (a sanitation score a point apart): assessors disagreeing.
    const results = await race(
      Array.from(
        { length: N },
        (_, i) => () => record(assessment!.id, key, { ...values[key], sanitationScore: 85 + i }),
      ),
    );
    expect(tally(results)).toEqual({ OK: 1, CONFLICT: N - 1 });
    const [row] = await t.sql<{ steps: { indicatorKey: string }[]; version: number }>(
      'select steps, version from assessment where id = ?',
      [assessment!.id],
    );
    expect(row.steps.map((s) => s.indicatorKey)).toEqual([key]);
    expect((await auditCount(assessment!.id)) - before).toBe(1);
  });

  it('recordFinding: the last indicator at once — the village is certified once, the rest INVALID_STATE', async () => {
    const app = await applicationIn('ASSESSING');
    const { id, plan } = app.assessment!;
    for (const key of plan.slice(0, -1)) expect(outcome(await record(id, key, values[key]))).toBe('OK');
    const last = plan[plan.length - 1];
    expect(last).toBe('civility.cultural-life'); // the strongest
    const results = await race(
      Array.from(
        { length: N },
        (_, i) => () => record(id, last, { ...values[last], culturalEvents: 10 + i }),
      ),
    );
    expect(tally(results)).toEqual({ OK: 1, INVALID_STATE: N - 1 });
    expect(results.find((r) => !r.errors)!.data!.recordFinding.status).toBe('PASSED');
    expect((await application(app.id)).status).toBe('PASSED');
    const certs = await t.sql<{ id: string }>('select id from certification where assessment_id = ?', [id]);
    expect(certs).toHaveLength(1);
    expect(await auditCount(certs[0].id)).toBe(1);
    const passes = await t.sql('select 1 from audit_event where entity_id = ? and action = ?', [
      app.id,
      'pass',
    ]);
    expect(passes).toHaveLength(1);
  });

  it('updateScheme from one version: one applies (with its indicators), the rest CONFLICT', async () => {
    const { createScheme } = await admin.data<{ createScheme: { id: string; version: number } }>(
      `mutation ($tiers: JSON!, $ind: JSON!) { createScheme(name: "竞态方案", effectiveFromYear: 2099, active: false,
        tiers: $tiers, indicators: $ind) { id version } }`,
      {
        tiers: [1, 2, 3].map((level) => ({
          level,
          name: { 'zh-CN': `${level}级`, en: `Tier ${level}` },
          cadreReward: 1000 * level,
          activityFund: 10000 * level,
        })),
        ind: [{ key: 'environment.appearance' }],
      },
    );
    const before = await auditCount(createScheme.id);
    // Each request replaces the indicator list with a different one: only the winner's may remain.
    const keys = [
      'organization.ten-ups',
      'civility.petitions',
      'industry.specialty',
      'civility.public-security',
    ];
    const results = await race(
      Array.from(
        { length: N },
        (_, i) => () =>
          admin.request(
            'mutation ($id: ID!, $v: Int!, $n: String!, $ind: JSON) { updateScheme(id: $id, version: $v, name: $n, indicators: $ind) { version } }',
            {
              id: createScheme.id,
              v: createScheme.version,
              n: `竞态方案 ${i}`,
              ind: [{ key: keys[i % keys.length] }],
            },
          ),
      ),
    );
    expect(tally(results)).toEqual({ OK: 1, CONFLICT: N - 1 });
    const winner = results.findIndex((r) => !r.errors);
    const [row] = await t.sql<{ name: string; version: number }>(
      'select name, version from scheme where id = ?',
      [createScheme.id],
    );
    expect(row).toEqual({ name: `竞态方案 ${winner}`, version: createScheme.version + 1 });
    const indicators = await t.sql<{ key: string }>('select key from scheme_indicator where scheme_id = ?', [
      createScheme.id,
    ]);
    expect(indicators.map((r) => r.key)).toEqual([keys[winner % keys.length]]);
    expect((await auditCount(createScheme.id)) - before).toBe(1);
  });

  it('markPayoutPaid at once: paid once (one audit event, one payer and time), the others answered as retries', async () => {
    await finance.data('mutation { generatePayouts(year: 2016) { id } }');
    const [line] = await t.sql<{ id: string; version: number }>(
      "select id, version from payout where status = 'UNPAID' order by village_name, payee_name limit 1",
    );
    const results = await race(
      Array.from(
        { length: N },
        () => () =>
          finance.request<{ markPayoutPaid: { status: string; paidAt: string } }>(
            'mutation ($id: ID!) { markPayoutPaid(id: $id) { status paidAt } }',
            { id: line.id },
          ),
      ),
    );
    expect(tally(results)).toEqual({ OK: N });
    const [row] = await t.sql<{ status: string; version: number; paid_at: string }>(
      'select status, version, paid_at from payout where id = ?',
      [line.id],
    );
    expect(row).toMatchObject({ status: 'PAID', version: line.version + 1 });
    // Every answer shows the one payment that happened.
    expect(new Set(results.map((r) => new Date(r.data!.markPayoutPaid.paidAt).getTime()))).toEqual(
      new Set([new Date(row.paid_at).getTime()]),
    );
    expect(await auditCount(line.id)).toBe(1);
  });

  it('generatePayouts at once: the statement is frozen once', async () => {
    const before = Number(
      (await t.sql<{ n: string }>('select count(*) as n from payout where year = 2015'))[0].n,
    );
    expect(before).toBe(0);
    const results = await race(
      Array.from(
        { length: 4 },
        () => () => finance.request('mutation { generatePayouts(year: 2015) { id } }'),
      ),
    );
    expect(tally(results)).toEqual({ OK: 4 });
    const lines = await t.sql<{ n: string; certs: string }>(
      "select count(*) as n, count(distinct certification_id) as certs from payout where year = 2015 and kind = 'ACTIVITY_FUND'",
    );
    expect(Number(lines[0].n)).toBe(Number(lines[0].certs));
    expect(Number(lines[0].n)).toBeGreaterThan(0);
    const runs = await t.sql(
      "select 1 from audit_event where entity_type = 'PayoutStatement' and after->>'year' = '2015'",
    );
    expect(runs).toHaveLength(1);
  });

  it('createApplication for one village and year at once: one open application, the rest CONFLICT', async () => {
    const y = year++;
    const results = await race(
      Array.from(
        { length: N },
        (_, i) => () =>
          clerk.request(
            'mutation ($v: ID!, $y: Int!, $d: JSONObject!) { createApplication(villageId: $v, year: $y, targetTier: 1, declaredValues: $d) { id } }',
            {
              v: qingtang,
              y,
              d: { ...values, 'industry.per-capita-income': { perCapitaDisposableIncome: 9000 + i } },
            },
          ),
      ),
    );
    expect(tally(results)).toEqual({ OK: 1, CONFLICT: N - 1 });
    const rows = await t.sql<{ id: string }>('select id from application where village_id = ? and year = ?', [
      qingtang,
      y,
    ]);
    expect(rows).toHaveLength(1);
    expect(await auditCount(rows[0].id)).toBe(1);
  });
});
