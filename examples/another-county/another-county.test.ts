import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD } from '../../tests/support/global-setup.js';
import type { GraphQLClient } from '../../tests/support/graphql-client.js';
import { startTestServer, type TestServer } from '../../tests/support/test-server.js';

// Another county boots the same, unchanged server: only COUNTY_CONFIG differs.
const COUNTY_CONFIG = fileURLToPath(new URL('./county.json', import.meta.url));
const YEAR = 2024;

const SCHEME_KEYS = [
  'organization.ten-ups',
  'organization.service-system',
  'civility.public-security',
  'civility.petitions',
  'civility.self-governance',
  'civility.cultural-life',
  'industry.collective-income',
  'industry.per-capita-income',
  'industry.specialty',
  'ecology.tea-gardens',
];

/** Declared values that pass every indicator of Hezhang's scheme at tier 1 (margins in brackets). */
const DECLARED: Record<string, Record<string, unknown>> = {
  // 10 of 10 against 8 (0.25)
  'organization.ten-ups': {
    venue: true,
    redFlag: true,
    equipment: true,
    canteen: true,
    rules: true,
    activities: true,
    seals: true,
    services: true,
    affairsDeliberation: true,
    industry: true,
  },
  'organization.service-system': { partyCore: true, serviceOrganizations: 4, serviceItems: 12 }, // (1)
  'civility.public-security': { majorIncidents: 0, criminalCases: 1 }, // (0.667)
  'civility.petitions': { escalatedPetitions: 0, unresolvedPetitions: 0 }, // (1)
  'civility.self-governance': { hasVillageRules: true, affairsPublished: true, villagersAssemblies: 5 }, // (1)
  'civility.cultural-life': { culturalEvents: 10, moralLectures: 5 }, // (1.5)
  // 27,000 would fail Qixingguan's 30,000 but passes Hezhang's 20,000 (0.35)
  'industry.collective-income': { operatingIncome: 27000, accumulation: 40000, model: 'RESOURCES' },
  // 7,000 would fail Qixingguan's "more than 7,350" but exceeds Hezhang's 6,000 (0.1667)
  'industry.per-capita-income': { perCapitaDisposableIncome: 7000 },
  'industry.specialty': { specialtyIndustries: 2, cooperatives: 2 }, // (1)
  'ecology.tea-gardens': { teaArea: 230, organicCertified: false }, // 230 mu against 200 (0.15)
};

/** Weakest first; ties (margin 1) keep the scheme's order. */
const EXPECTED_PLAN = [
  'ecology.tea-gardens',
  'industry.per-capita-income',
  'organization.ten-ups',
  'industry.collective-income',
  'civility.public-security',
  'organization.service-system',
  'civility.petitions',
  'civility.self-governance',
  'industry.specialty',
  'civility.cultural-life',
];

const ASSESSMENT = 'id status plan nextIndicatorKey failedIndicatorKey steps { indicatorKey passed margin }';

interface Assessment {
  id: string;
  status: string;
  plan: string[];
  nextIndicatorKey: string | null;
  failedIndicatorKey: string | null;
  steps: { indicatorKey: string; passed: boolean; margin: number }[];
}

describe('another county (赫章县): its own configuration and plugin on the same server', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let townshipId: string;
  let villageId: string;

  beforeAll(async () => {
    // `as('admin')` logs in with ADMIN_PASSWORD, the password the first start gave the new county's admin.
    t = await startTestServer({ COUNTY_CONFIG, ADMIN_PASSWORD }, { empty: true });
    admin = await t.as('admin');
  });
  afterAll(() => t?.stop());

  it('starts as a new county with its own scheme, and no villages yet', async () => {
    expect(t.server.firstStart.createdCounty).toBe(true);
    expect(t.server.firstStart.demoLogins).toEqual([]);
    const { allVillages } = await admin.data<{ allVillages: unknown[] }>('{ allVillages { id } }');
    expect(allVillages).toEqual([]);
  });

  it('lists the example plugin’s indicator and not the dropped environment plugin’s', async () => {
    const { indicatorDefinitions } = await admin.data<{
      indicatorDefinitions: {
        key: string;
        category: string;
        version: number;
        title: string;
        pluginName: string;
        inputs: { name: string; type: string; unit: string | null }[];
        params: { name: string }[];
      }[];
    }>('{ indicatorDefinitions { key category version title pluginName inputs params } }');
    const keys = indicatorDefinitions.map((d) => d.key);
    expect(keys).toContain('ecology.tea-gardens');
    expect(keys).not.toContain('environment.appearance');
    expect([...keys].sort()).toEqual([...SCHEME_KEYS].sort());
    const tea = indicatorDefinitions.find((d) => d.key === 'ecology.tea-gardens')!;
    expect(tea).toMatchObject({
      category: 'ecology',
      version: 1,
      title: '生态茶园',
      pluginName: '@fanben/example-plugin-tea',
    });
    expect(tea.inputs.map((i) => [i.name, i.type, i.unit])).toEqual([
      ['teaArea', 'number', '亩'],
      ['organicCertified', 'boolean', null],
    ]);
    expect(tea.params.map((p) => p.name)).toEqual(['minTeaArea', 'requireOrganic']);
  });

  it('the active scheme carries the county’s amounts, rules and params', async () => {
    const { activeScheme } = await admin.data<{
      activeScheme: {
        name: string;
        effectiveFromYear: number;
        tiers: { level: number; name: string; cadreReward: number; activityFund: number }[];
        rules: { requirePreviousTier: boolean; townshipQuotaPerYear: number | null };
        indicators: { key: string; params: Record<string, Record<string, unknown>> }[];
      };
    }>(
      `{ activeScheme { id name effectiveFromYear tiers { level name cadreReward activityFund }
         rules { requirePreviousTier townshipQuotaPerYear } indicators { key params } } }`,
    );
    expect(activeScheme.name).toMatch(/^赫章县/);
    expect(activeScheme.effectiveFromYear).toBe(2020);
    expect(activeScheme.tiers).toEqual([
      { level: 1, name: '规范', cadreReward: 8000, activityFund: 5000 },
      { level: 2, name: '示范', cadreReward: 15000, activityFund: 10000 },
      { level: 3, name: '典范', cadreReward: 25000, activityFund: 20000 },
    ]);
    expect(activeScheme.rules).toEqual({ requirePreviousTier: true, townshipQuotaPerYear: 3 });
    expect(activeScheme.indicators.map((i) => i.key)).toEqual(SCHEME_KEYS);
    const params = (key: string) => activeScheme.indicators.find((i) => i.key === key)!.params;
    expect([1, 2, 3].map((tier) => params('industry.collective-income')[tier].minOperatingIncome)).toEqual([
      20000, 50000, 80000,
    ]);
    expect(params('industry.per-capita-income')['1']).toEqual({ minPerCapitaIncome: 6000, strict: true });
    // Overrides are merged over the plugin's defaults: tier 3 keeps requireOrganic from the plugin.
    expect(params('ecology.tea-gardens')).toEqual({
      '1': { minTeaArea: 200, requireOrganic: false },
      '2': { minTeaArea: 500, requireOrganic: false },
      '3': { minTeaArea: 1200, requireOrganic: true },
    });
  });

  it('a dry run of the tea indicator fails at 199.9 mu and passes at 200', async () => {
    const q = `query ($v: JSONObject!) {
      evaluateIndicator(key: "ecology.tea-gardens", tier: 1, values: $v) { passed margin reason } }`;
    type Result = { evaluateIndicator: { passed: boolean; margin: number; reason: string } };
    const below = await admin.data<Result>(q, { v: { teaArea: 199.9, organicCertified: true } });
    const at = await admin.data<Result>(q, { v: { teaArea: 200, organicCertified: false } });
    expect(below.evaluateIndicator.passed).toBe(false);
    expect(below.evaluateIndicator.margin).toBeCloseTo(-0.1 / 200, 12);
    expect(below.evaluateIndicator.reason).toBe('茶园面积 199.9 未达到 200（差 0.1）');
    expect(at.evaluateIndicator).toMatchObject({ passed: true, margin: 0 });
    // The dropped plugin's indicator is unknown here, loudly.
    const gone = await admin.request(
      'query { evaluateIndicator(key: "environment.appearance", tier: 1, values: {}) { passed } }',
    );
    expect(gone.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the administrator sets up a township, a village and its cadres', async () => {
    townshipId = (
      await admin.data<{ createTownship: { id: string } }>(
        'mutation { createTownship(code: "520527100", name: "白果街道", kind: SUBDISTRICT) { id } }',
      )
    ).createTownship.id;
    villageId = (
      await admin.data<{ createVillage: { id: string } }>(
        'mutation ($t: ID!) { createVillage(townshipId: $t, code: "520527100201", name: "茶香村", kind: VILLAGE) { id } }',
        { t: townshipId },
      )
    ).createVillage.id;
    for (const [name, position] of [
      ['张明', '支部书记'],
      ['李芳', '村委会主任'],
      ['王强', '村监委会主任'],
    ]) {
      await admin.data(
        'mutation ($v: ID!, $n: String!, $p: String!) { createCadre(villageId: $v, name: $n, position: $p) { id } }',
        { v: villageId, n: name, p: position },
      );
    }
    const { Village } = await admin.data<{
      Village: { name: string; townshipId: string; cadreCount: number };
    }>('query ($id: ID!) { Village(id: $id) { name townshipId cadreCount } }', { id: villageId });
    expect(Village).toEqual({ name: '茶香村', townshipId, cadreCount: 3 });
  });

  it('takes one application through apply → vet → weakest-first assessment → certification', async () => {
    const app = (
      await admin.data<{ createApplication: { id: string; status: string; weakestIndicatorKey: string } }>(
        `mutation ($v: ID!, $y: Int!, $d: JSONObject!) {
           createApplication(villageId: $v, year: $y, targetTier: 1, declaredValues: $d) { id status weakestIndicatorKey } }`,
        { v: villageId, y: YEAR, d: DECLARED },
      )
    ).createApplication;
    expect(app).toMatchObject({ status: 'DRAFT', weakestIndicatorKey: 'ecology.tea-gardens' });

    await admin.data('mutation ($id: ID!) { submitApplication(id: $id) { id } }', { id: app.id });
    const ranking = await admin.data<{
      applicationRanking: { quota: number | null; applications: { id: string }[] };
    }>(
      'query ($t: ID!, $y: Int!) { applicationRanking(townshipId: $t, year: $y) { quota applications { id } } }',
      { t: townshipId, y: YEAR },
    );
    expect(ranking.applicationRanking.quota).toBe(3);
    expect(ranking.applicationRanking.applications.map((a) => a.id)).toEqual([app.id]);
    const vetted = await admin.data<{ vetApplication: { status: string } }>(
      'mutation ($id: ID!) { vetApplication(id: $id, decision: FORWARD) { status } }',
      { id: app.id },
    );
    expect(vetted.vetApplication.status).toBe('FORWARDED');

    const started = (
      await admin.data<{ startAssessment: Assessment }>(
        `mutation ($id: ID!) { startAssessment(applicationId: $id) { ${ASSESSMENT} } }`,
        { id: app.id },
      )
    ).startAssessment;
    expect(started.plan).toEqual(EXPECTED_PLAN);
    expect(started.nextIndicatorKey).toBe('ecology.tea-gardens');

    let last = started;
    for (const key of started.plan) {
      expect(last.nextIndicatorKey).toBe(key);
      last = (
        await admin.data<{ recordFinding: Assessment }>(
          `mutation ($a: ID!, $k: String!, $v: JSONObject!) {
             recordFinding(assessmentId: $a, indicatorKey: $k, values: $v) { ${ASSESSMENT} } }`,
          { a: started.id, k: key, v: DECLARED[key] },
        )
      ).recordFinding;
    }
    expect(last).toMatchObject({ status: 'PASSED', nextIndicatorKey: null, failedIndicatorKey: null });
    expect(last.steps.map((s) => s.indicatorKey)).toEqual(EXPECTED_PLAN);
    expect(last.steps.every((s) => s.passed)).toBe(true);
    expect(last.steps[0].margin).toBeCloseTo(0.15, 12);

    const { Application } = await admin.data<{ Application: { status: string } }>(
      'query ($id: ID!) { Application(id: $id) { status } }',
      { id: app.id },
    );
    expect(Application.status).toBe('PASSED');
    const certs = await admin.data<{
      allCertifications: { villageId: string; tier: number; year: number; status: string }[];
    }>('query ($y: Int!) { allCertifications(filter: { year: $y }) { villageId tier year status } }', {
      y: YEAR,
    });
    expect(certs.allCertifications).toEqual([{ villageId, tier: 1, year: YEAR, status: 'ACTIVE' }]);
  });
});

describe('a configuration naming a plugin that is not installed', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fanben-broken-county-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('refuses to start, naming the plugin', async () => {
    const broken = path.join(dir, 'county.json');
    await writeFile(
      broken,
      JSON.stringify({
        county: { code: '520599', name: '无此县' },
        plugins: ['@fanben/plugin-organization', '@fanben/plugin-nonexistent'],
        scheme: {
          name: '缺插件的方案',
          effectiveFromYear: 2020,
          tiers: [1, 2, 3].map((level) => ({
            level,
            name: { 'zh-CN': `第${level}级`, en: `Tier ${level}` },
            cadreReward: 1000,
            activityFund: 1000,
          })),
          indicators: [{ key: 'organization.ten-ups' }],
        },
      }),
    );
    await expect(startTestServer({ COUNTY_CONFIG: broken }, { empty: true })).rejects.toThrow(
      /plugin-nonexistent.*not installed/,
    );
  });
});
