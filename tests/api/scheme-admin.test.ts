import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KEYS, passingValues } from '../support/declared-values.js';
import { codeOf, type GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const TEA = {
  key: 'custom.tea-gardens',
  category: 'industry',
  version: 1,
  title: { 'zh-CN': '茶园面积', en: 'Tea gardens' },
  inputs: { teaArea: { type: 'number', label: { 'zh-CN': '茶园面积', en: 'Tea area' }, unit: '亩', min: 0 } },
  params: {
    minTeaArea: { type: 'number', label: { 'zh-CN': '最低茶园面积', en: 'Minimum tea area' }, min: 0 },
  },
  defaults: { '1': { minTeaArea: 100 }, '2': { minTeaArea: 200 }, '3': { minTeaArea: 300 } },
  conditions: [
    {
      label: { 'zh-CN': '茶园面积', en: 'Tea area' },
      passes: 'input.teaArea >= params.minTeaArea',
      margin: '(input.teaArea - params.minTeaArea) / params.minTeaArea',
    },
  ],
};

const CREATE = `mutation ($v: ID!, $y: Int!, $t: Int!, $d: JSONObject!) {
  createApplication(villageId: $v, year: $y, targetTier: $t, declaredValues: $d) { id status readiness weakestIndicatorKey } }`;
const ASSESSMENT = 'id status plan nextIndicatorKey steps { indicatorKey passed margin params }';

describe('a county administrator changes the scheme without touching code', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let officer: GraphQLClient;
  let schemeId: string;
  let villages: { id: string; name: string; townshipId: string }[];

  beforeAll(async () => {
    t = await startTestServer();
    [admin, officer] = await Promise.all([t.as('admin'), t.as('demo.township')]);
    schemeId = (await admin.data<{ activeScheme: { id: string } }>('{ activeScheme { id } }')).activeScheme
      .id;
    villages = (
      await officer.data<{ allVillages: { id: string; name: string; townshipId: string }[] }>(
        '{ allVillages(perPage: 100, sortField: "code") { id name townshipId } }',
      )
    ).allVillages;
  });
  afterAll(() => t?.stop());

  const setIndicators = (indicators: unknown) =>
    admin.request(
      'mutation ($id: ID!, $i: JSON!) { updateScheme(id: $id, indicators: $i) { id indicators { key } } }',
      {
        id: schemeId,
        i: indicators,
      },
    );

  async function certify(villageId: string, year: number, declared = passingValues()) {
    const app = (
      await admin.data<{ createApplication: { id: string } }>(CREATE, {
        v: villageId,
        y: year,
        t: 1,
        d: declared,
      })
    ).createApplication;
    await admin.data('mutation ($id: ID!) { submitApplication(id: $id) { id } }', { id: app.id });
    await admin.data('mutation ($id: ID!) { vetApplication(id: $id, decision: FORWARD) { id } }', {
      id: app.id,
    });
    const started = (
      await admin.data<{ startAssessment: { id: string; plan: string[] } }>(
        `mutation ($id: ID!) { startAssessment(applicationId: $id) { ${ASSESSMENT} } }`,
        { id: app.id },
      )
    ).startAssessment;
    let last:
      | { id: string; status: string; steps: { indicatorKey: string; params: Record<string, unknown> }[] }
      | undefined;
    for (const key of started.plan) {
      last = (
        await admin.data<{ recordFinding: NonNullable<typeof last> }>(
          `mutation ($a: ID!, $k: String!, $v: JSONObject!) { recordFinding(assessmentId: $a, indicatorKey: $k, values: $v) { ${ASSESSMENT} } }`,
          { a: started.id, k: key, v: (declared as Record<string, unknown>)[key] },
        )
      ).recordFinding;
    }
    return { applicationId: app.id, assessment: last! };
  }

  it('only the administrator changes schemes, and bad params name the indicator, tier and field', async () => {
    expect(
      codeOf(
        await officer.request('mutation ($id: ID!) { updateScheme(id: $id, name: "x") { id } }', {
          id: schemeId,
        }),
      ),
    ).toBe('FORBIDDEN');
    const bad = await setIndicators([
      { key: 'industry.collective-income', params: { '1': { minOperatingIncome: -5 } } },
    ]);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toContain('indicators[0].params.1.minOperatingIncome');
    const unknown = await setIndicators([{ key: 'industry.does-not-exist' }]);
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].message).toMatch(/no loaded plugin defines indicator industry\.does-not-exist/);
    const { activeScheme } = await admin.data<{ activeScheme: { indicators: { key: string }[] } }>(
      '{ activeScheme { indicators { key } } }',
    );
    expect(activeScheme.indicators.map((i) => i.key)).toEqual(DEFAULT_KEYS);
  });

  it('changing a threshold applies to new evaluations and never rewrites a past result', async () => {
    const village = villages[1].id;
    const before = await certify(village, 2017);
    expect(before.assessment.status).toBe('PASSED');
    const stored = before.assessment.steps.find((s) => s.indicatorKey === 'industry.collective-income')!;
    expect(stored.params.minOperatingIncome).toBe(30000);

    const raised = await setIndicators(
      DEFAULT_KEYS.map((key) =>
        key === 'industry.collective-income'
          ? { key, params: { '1': { minOperatingIncome: 50000 } } }
          : { key },
      ),
    );
    expect(raised.errors).toBeUndefined();
    const dry = await admin.data<{ evaluateIndicator: { passed: boolean; params: Record<string, unknown> } }>(
      'query { evaluateIndicator(key: "industry.collective-income", tier: 1, values: { operatingIncome: 45000, accumulation: 0 }) { passed params } }',
    );
    expect(dry.evaluateIndicator).toEqual({ passed: false, params: { minOperatingIncome: 50000 } });

    const again = await admin.data<{
      Assessment: { steps: { indicatorKey: string; passed: boolean; params: Record<string, unknown> }[] };
    }>(`query ($id: ID!) { Assessment(id: $id) { steps { indicatorKey passed params } } }`, {
      id: before.assessment.id,
    });
    const kept = again.Assessment.steps.find((s) => s.indicatorKey === 'industry.collective-income')!;
    expect(kept).toEqual({
      indicatorKey: 'industry.collective-income',
      passed: true,
      params: { minOperatingIncome: 30000 },
    });
    await setIndicators(DEFAULT_KEYS.map((key) => ({ key })));
  });

  it('a low-code formula indicator joins the scheme, the definitions, the dry run and the applications', async () => {
    const unsaved = await admin.data<{ evaluateIndicator: { passed: boolean; margin: number } }>(
      'query ($f: JSONObject!) { evaluateIndicator(tier: 2, values: { teaArea: 150 }, formula: $f) { passed margin } }',
      { f: TEA },
    );
    expect(unsaved.evaluateIndicator).toEqual({ passed: false, margin: -0.25 });

    const hostile = await admin.request(
      'query ($f: JSONObject!) { evaluateIndicator(tier: 1, values: { teaArea: 1 }, formula: $f) { passed } }',
      {
        f: { ...TEA, conditions: [{ label: TEA.conditions[0].label, passes: 'process.exit()' }] },
      },
    );
    expect(codeOf(hostile)).toBe('BAD_USER_INPUT');

    const saved = await setIndicators([
      ...DEFAULT_KEYS.map((key) => ({ key })),
      { key: TEA.key, formula: TEA },
    ]);
    expect(saved.errors).toBeUndefined();
    const defs = await officer.data<{
      indicatorDefinitions: { key: string; title: string; inputs: { name: string }[] }[];
    }>('{ indicatorDefinitions { key title inputs } }');
    expect(defs.indicatorDefinitions.find((d) => d.key === TEA.key)).toMatchObject({
      title: '茶园面积',
      inputs: [{ name: 'teaArea' }],
    });

    const village = villages[2].id;
    const missing = await admin.request(CREATE, { v: village, y: 2017, t: 1, d: passingValues() });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0].message).toContain('custom.tea-gardens');
    const app = await admin.data<{ createApplication: { readiness: number; weakestIndicatorKey: string } }>(
      CREATE,
      {
        v: village,
        y: 2017,
        t: 1,
        d: passingValues({ 'custom.tea-gardens': { teaArea: 105 } }),
      },
    );
    expect(app.createApplication.weakestIndicatorKey).toBe('custom.tea-gardens');
    expect(app.createApplication.readiness).toBeCloseTo(0.05);
    await setIndicators(DEFAULT_KEYS.map((key) => ({ key })));
  });

  it('an indicator whose plugin is not loaded is a loud error, never a silent pass', async () => {
    const [{ county_id }] = await t.sql<{ county_id: string }>('select county_id from scheme where id = ?', [
      schemeId,
    ]);
    await t.sql(
      `insert into scheme_indicator (id, county_id, scheme_id, position, key, plugin_name, params)
       values (gen_random_uuid(), ?, ?, 99, 'ghost.indicator', '@example/plugin-ghost', '{"1":{},"2":{},"3":{}}')`,
      [county_id, schemeId],
    );
    const res = await admin.request(CREATE, { v: villages[3].id, y: 2017, t: 1, d: passingValues() });
    expect(codeOf(res)).toBe('INVALID_STATE');
    expect(res.errors![0].message).toMatch(/ghost\.indicator.*plugin-ghost.*not loaded/);
    const view = await admin.data<{ activeScheme: { indicators: { key: string; available: boolean }[] } }>(
      '{ activeScheme { indicators { key available } } }',
    );
    expect(view.activeScheme.indicators.find((i) => i.key === 'ghost.indicator')).toEqual({
      key: 'ghost.indicator',
      available: false,
    });
    await t.sql("delete from scheme_indicator where key = 'ghost.indicator'");
  });

  it('the township quota stops forwarding beyond it, and the ranking puts the readiest first', async () => {
    await admin.data(
      'mutation ($id: ID!) { updateScheme(id: $id, rules: { townshipQuotaPerYear: 1 }) { id } }',
      { id: schemeId },
    );
    const [a, b] = [villages[5].id, villages[6].id];
    const weak = passingValues({ 'industry.per-capita-income': { perCapitaDisposableIncome: 7400 } });
    const strong = passingValues();
    const ids: string[] = [];
    for (const [v, d] of [
      [a, weak],
      [b, strong],
    ] as const) {
      const app = (await admin.data<{ createApplication: { id: string } }>(CREATE, { v, y: 2018, t: 1, d }))
        .createApplication;
      await admin.data('mutation ($id: ID!) { submitApplication(id: $id) { id } }', { id: app.id });
      ids.push(app.id);
    }
    const ranking = await officer.data<{
      applicationRanking: { quota: number; forwardedCount: number; applications: { id: string }[] };
    }>('{ applicationRanking(year: 2018) { quota forwardedCount applications { id } } }');
    expect(ranking.applicationRanking).toEqual({
      quota: 1,
      forwardedCount: 0,
      applications: [{ id: ids[1] }, { id: ids[0] }],
    });

    await officer.data('mutation ($id: ID!) { vetApplication(id: $id, decision: FORWARD) { id } }', {
      id: ids[1],
    });
    const over = await officer.request(
      'mutation ($id: ID!) { vetApplication(id: $id, decision: FORWARD) { id } }',
      { id: ids[0] },
    );
    expect(codeOf(over)).toBe('INVALID_STATE');
    expect(over.errors![0].message).toMatch(/1 of its 1/);
    await admin.data(
      'mutation ($id: ID!) { updateScheme(id: $id, rules: { townshipQuotaPerYear: null }) { id } }',
      { id: schemeId },
    );
  });

  it('the pre-assessment ranks every village by readiness from its latest declared values', async () => {
    const { preAssessment } = await admin.data<{
      preAssessment: { villageId: string; readiness: number | null }[];
    }>('{ preAssessment(year: 2018, tier: 1) { villageId readiness } }');
    expect(preAssessment).toHaveLength(508);
    const ranked = preAssessment.filter((r) => r.readiness !== null).map((r) => r.readiness!);
    expect(ranked.length).toBeGreaterThanOrEqual(3);
    expect(ranked).toEqual([...ranked].sort((x, y) => y - x));
    expect(preAssessment.slice(ranked.length).every((r) => r.readiness === null)).toBe(true);
  });

  it('a revoked certification needs a reason, is the administrator’s to revoke, and no longer counts', async () => {
    const village = villages[7].id;
    const { assessment } = await certify(village, 2019);
    await admin.data(
      'mutation ($id: ID!) { markReferenceAssessment(id: $id, isReference: true) { isReference } }',
      { id: assessment.id },
    );
    const [cert] = (
      await admin.data<{ allCertifications: { id: string }[] }>(
        'query ($v: ID!) { allCertifications(filter: { villageId: $v, year: 2019 }) { id } }',
        { v: village },
      )
    ).allCertifications;
    expect(
      codeOf(
        await admin.request('mutation ($id: ID!) { revokeCertification(id: $id, reason: "  ") { id } }', {
          id: cert.id,
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await officer.request('mutation ($id: ID!) { revokeCertification(id: $id, reason: "x") { id } }', {
          id: cert.id,
        }),
      ),
    ).toBe('FORBIDDEN');
    const revoked = await admin.data<{ revokeCertification: { status: string; revokedReason: string } }>(
      'mutation ($id: ID!) { revokeCertification(id: $id, reason: "核查发现集体收入数据不实") { status revokedReason } }',
      { id: cert.id },
    );
    expect(revoked.revokeCertification).toEqual({
      status: 'REVOKED',
      revokedReason: '核查发现集体收入数据不实',
    });
    const tier2 = await admin.request(CREATE, { v: village, y: 2020, t: 2, d: passingValues() });
    expect(codeOf(tier2)).toBe('INVALID_STATE');
  });
});
