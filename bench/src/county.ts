/**
 * The synthetic county the benchmarks run on, and the PostgreSQL plumbing around it: a fresh database
 * per county, the server's configuration on it, the admin's login. Shared by scale.ts (time and memory
 * by county size) and load.ts (throughput against a hand-written SQL floor). See bench/README.md.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { loadConfig, type Config } from '@fanben/server';

/** The certified year: one PASSED application per village, certifications, plan lines (see fillCounty). */
export const CERTIFIED_YEAR = 2016;
/** The open round after it (the working year): applications of every status, the year's results so far. */
export const WORKING_YEAR = 2017;
export const ADMIN_PASSWORD = 'bench-admin-pw';
export const VILLAGES_PER_TOWNSHIP = 12;

/** Declared values passing every default indicator at tier 1 (as tests/support/declared-values.ts). */
export const PASSING_VALUES = {
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
  'organization.service-system': { partyCore: true, serviceOrganizations: 4, serviceItems: 12 },
  'environment.appearance': { greeningRate: 45, lightingCoverage: 90, sanitationScore: 85 },
  'civility.public-security': { majorIncidents: 0, criminalCases: 1 },
  'civility.petitions': { escalatedPetitions: 0, unresolvedPetitions: 0 },
  'civility.self-governance': { hasVillageRules: true, affairsPublished: true, villagersAssemblies: 5 },
  'civility.cultural-life': { culturalEvents: 10, moralLectures: 5 },
  'industry.collective-income': { operatingIncome: 45000, accumulation: 60000, model: 'ASSETS' },
  'industry.per-capita-income': { perCapitaDisposableIncome: 9000 },
  'industry.specialty': { specialtyIndustries: 2, cooperatives: 2 },
};

export function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

export function positiveInts(name: string, text: string): number[] {
  const values = text.split(',').map((s) => Number(s.trim()));
  if (!values.length || values.some((n) => !Number.isInteger(n) || n < 1)) {
    fail(`${name} must be positive integers separated by commas, got ${JSON.stringify(text)}`);
  }
  return values;
}

/** BENCH_DATABASE_URL (or TEST_DATABASE_URL): a PostgreSQL server whose user may CREATE DATABASE. */
export function postgresServerUrl(): string {
  const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!url) {
    fail(
      'Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server whose user may CREATE DATABASE,\n' +
        'e.g. BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres',
    );
  }
  return url;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database for one county (`fanben_bench_<villages>_<random>`), and how to drop it. */
export async function createBenchDatabase(
  serverUrl: string,
  villages: number,
): Promise<{ url: string; drop(): Promise<void> }> {
  const database = `fanben_bench_${villages}_${randomBytes(4).toString('hex')}`;
  await withClient(serverUrl, (c) => c.query(`create database ${quoteIdent(database)}`));
  return {
    url: withDatabase(serverUrl, database),
    async drop() {
      await withClient(serverUrl, (c) =>
        c.query(`drop database if exists ${quoteIdent(database)} with (force)`),
      );
    },
  };
}

/** The server as the benchmarks run it: production mode, no demo data, the bench admin's password. */
export function benchServerConfig(databaseUrl: string): Config {
  return loadConfig({
    DATABASE_URL: databaseUrl,
    PORT: '0',
    ADMIN_PASSWORD,
    DEMO_DATA: '0',
    NODE_ENV: 'production',
  });
}

/** Logs in as `admin` over HTTP and returns the bearer token. */
export async function adminToken(serverUrl: string): Promise<string> {
  const res = await fetch(`${serverUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: 'admin', p: ADMIN_PASSWORD },
    }),
  });
  const body = (await res.json()) as { data?: { login?: { token: string } } };
  const token = body.data?.login?.token;
  if (!token) throw new Error(`login failed: HTTP ${res.status} ${JSON.stringify(body)}`);
  return token;
}

export interface Filled {
  townships: number;
  villages: number;
  cadres: number;
  applications: number;
  certifications: number;
  planItems: number;
  fillMs: number;
}

/** The statuses of the working year's applications, by village number modulo 8 (0: none). */
const ROUND_STATUSES = `array[null, 'DRAFT', 'SUBMITTED', 'RETURNED', 'FORWARDED', 'FORWARDED', 'ASSESSING', 'DECIDED']`;
const WEAKEST_KEYS = `array['environment.appearance', 'industry.per-capita-income', 'civility.cultural-life',
  'industry.collective-income', 'organization.service-system']`;

/**
 * A synthetic county of `villages` villages, all set-based (generate_series), in one transaction, on a
 * database where the server has already made the county and its default scheme. The village number i
 * is the digits of its code.
 *
 * - Townships of 12 villages; 4 active cadres per village.
 * - The certified year (2016): one PASSED application per village with values passing every indicator;
 *   ACTIVE certifications — tier 1 for every third village, also tier 2 for every thirtieth, tier 1 in
 *   2015 for every ninth (reached before), a few REVOKED; a plan line per village for the period
 *   2016–2018 (written off when certified) and, for every fourth village, an overdue open line of the
 *   period 2014–2016.
 * - The working year (2017): by i mod 8 no application, DRAFT, SUBMITTED, RETURNED, FORWARDED (two in
 *   eight), ASSESSING, or decided (PASSED for i mod 16 = 7, else FAILED); tier 2 asked by the villages
 *   holding tier 1 in 2016, tier 1 by the others; readiness spread over −0.2…0.8 (none for i mod 25 = 4);
 *   a PASSED one is certified at its tier in 2017. Timestamps are whole seconds of 2017.
 */
export async function fillCounty(client: pg.Client, villages: number): Promise<Filled> {
  const started = performance.now();
  const townships = Math.ceil(villages / VILLAGES_PER_TOWNSHIP);
  const i = `substr(v.code, 3)::int`;
  await client.query('begin');
  await client.query(
    `insert into township (id, county_id, created_at, updated_at, version, name, code, kind, sort_order)
     select gen_random_uuid(), c.id, now(), now(), 1, '基准镇' || t, 'BT' || lpad(t::text, 6, '0'), 'TOWN', t
     from county c cross join generate_series(1, $1::int) t`,
    [townships],
  );
  await client.query(
    `insert into village (id, county_id, created_at, updated_at, version, name, code, township_id, kind,
       population, households)
     select gen_random_uuid(), t.county_id, now(), now(), 1, '基准村' || i, 'BV' || lpad(i::text, 8, '0'),
       t.id, case when i % 10 = 0 then 'COMMUNITY' else 'VILLAGE' end, 800 + i % 1200, 200 + i % 300
     from generate_series(1, $1::int) i
     join township t on t.sort_order = (i - 1) / ${VILLAGES_PER_TOWNSHIP} + 1`,
    [villages],
  );
  await client.query(
    `insert into cadre (id, county_id, created_at, updated_at, version, name, village_id, position, gender,
       active)
     select gen_random_uuid(), v.county_id, now(), now(), 1, '干部' || v.code || '-' || k, v.id,
       (array['党支部书记', '村委会主任', '村务监督委员会主任', '村委委员'])[k],
       case when k % 2 = 0 then 'F' else 'M' end, true
     from village v cross join generate_series(1, 4) k`,
  );
  await client.query(
    `insert into application (id, county_id, created_at, updated_at, version, village_id, scheme_id, year,
       target_tier, status, declared_values, readiness, weakest_indicator_key, submitted_at, vetted_at)
     select gen_random_uuid(), v.county_id, now(), now(), 1, v.id, s.id, $1::int, 1, 'PASSED', $2::jsonb,
       0.2, 'environment.appearance', now(), now()
     from village v cross join (select id from scheme order by created_at limit 1) s`,
    [CERTIFIED_YEAR, JSON.stringify(PASSING_VALUES)],
  );
  await client.query(
    `insert into certification (id, county_id, created_at, updated_at, version, village_id, tier, year,
       status, revoked_reason, revoked_at)
     select gen_random_uuid(), v.county_id, now(), now(), 1, v.id, c.tier, c.year, c.status,
       case when c.status = 'REVOKED' then 'bench' end, case when c.status = 'REVOKED' then now() end
     from village v
     cross join lateral (values
       (1, $1::int, 'ACTIVE', ${i} % 3 = 0),
       (2, $1::int, 'ACTIVE', ${i} % 30 = 0),
       (1, $1::int - 1, 'ACTIVE', ${i} % 9 = 0),
       (1, $1::int, 'REVOKED', ${i} % 3 = 1 and ${i} % 20 = 1)
     ) c(tier, year, status, wanted)
     where c.wanted`,
    [CERTIFIED_YEAR],
  );
  await client.query(
    `insert into plan_item (id, county_id, created_at, updated_at, version, township_id, village_id,
       period_start, target_tier, target_year, status, certification_id, written_off_at)
     select gen_random_uuid(), v.county_id, now(), now(), 1, v.township_id, v.id, $1::int, 1,
       $1::int + ${i} % 5 % 3, case when c.id is null then 'OPEN' else 'WRITTEN_OFF' end, c.id,
       case when c.id is null then null else now() end
     from village v
     left join certification c on c.village_id = v.id and c.tier = 1 and c.year = $1::int
       and c.status = 'ACTIVE'
     union all
     select gen_random_uuid(), v.county_id, now(), now(), 1, v.township_id, v.id, $1::int - 2, 1,
       $1::int - 1, 'OPEN', null, null
     from village v where ${i} % 4 = 0`,
    [CERTIFIED_YEAR],
  );
  // The working year's round. Whole seconds, so every client renders the instants the same way.
  await client.query(
    `insert into application (id, county_id, created_at, updated_at, version, village_id, scheme_id, year,
       target_tier, status, declared_values, readiness, weakest_indicator_key, submitted_at, vetted_at)
     select gen_random_uuid(), v.county_id, r.at, r.at, 1, v.id, s.id, $1::int,
       case when ${i} % 3 = 0 then 2 else 1 end, r.status, $2::jsonb,
       case when ${i} % 25 <> 4 then round((${i} * 37 % 101) / 100.0 - 0.2, 2)::float8 end,
       (${WEAKEST_KEYS})[${i} % 5 + 1],
       case when r.status <> 'DRAFT' then r.at + interval '1 day' end,
       case when r.status not in ('DRAFT', 'SUBMITTED') then r.at + interval '2 days' end
     from village v
     cross join (select id from scheme order by created_at limit 1) s
     cross join lateral (select
       case (${ROUND_STATUSES})[${i} % 8 + 1]
         when 'DECIDED' then case when ${i} % 16 = 7 then 'PASSED' else 'FAILED' end
         else (${ROUND_STATUSES})[${i} % 8 + 1]
       end as status,
       timestamptz '2017-03-01 00:00:00+00' + ${i} * interval '1 second' as at) r
     where r.status is not null`,
    [WORKING_YEAR, JSON.stringify(PASSING_VALUES)],
  );
  await client.query(
    `insert into certification (id, county_id, created_at, updated_at, version, village_id, tier, year,
       status)
     select gen_random_uuid(), a.county_id, a.vetted_at, a.vetted_at, 1, a.village_id, a.target_tier, a.year,
       'ACTIVE'
     from application a where a.year = $1::int and a.status = 'PASSED'`,
    [WORKING_YEAR],
  );
  await client.query('commit');
  await client.query('analyze');
  const count = async (table: string) =>
    Number((await client.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0].n);
  return {
    townships: await count('township'),
    villages: await count('village'),
    cadres: await count('cadre'),
    applications: await count('application'),
    certifications: await count('certification'),
    planItems: await count('plan_item'),
    fillMs: Math.round(performance.now() - started),
  };
}
