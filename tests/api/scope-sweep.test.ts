import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passingValues } from '../support/declared-values.js';
import { changedTables, fingerprint, quickFingerprint } from '../support/db-fingerprint.js';
import type { GraphQLClient, GraphQLResponse } from '../support/graphql-client.js';
import {
  argumentsToSend,
  plausibleValue,
  referenceOf,
  resourceOfName,
  type ArgSource,
} from '../support/plausible-args.js';
import { isList, SchemaModel, type FieldDef } from '../support/schema-model.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * The scope sweep, generated from the served schema: every resource's list, count and single read, every
 * nested field, every other query and every mutation, for every role, against what the rules below say
 * each role may see. scope.test.ts shows the rules on hand-picked cases; this covers all of them, and
 * fails as soon as the schema grows a resource (or a nested record type) that has no rule here.
 *
 * The rules are api-contract.md's and domain.md's, written as SQL over the tables — not the server's
 * scope code: a record hangs off a village (and its township), belongs to the whole county, or belongs to
 * one user. A clerk sees the own village (and its township), an officer the own township, the county-wide
 * roles everything; a user's own records are the user's alone unless the role reads them all.
 */
type Ownership =
  /** Rows `id, village_id, township_id`; a township itself has no village. */
  | { kind: 'place'; sql: string }
  /** Shared by the whole county. */
  | { kind: 'county'; sql: string }
  /** Rows `id, actor_id`: one user's; `readAll` roles (and ADMIN) see every one. */
  | { kind: 'self'; sql: string; readAll: string[] };

const viaVillage = (table: string): Ownership => ({
  kind: 'place',
  sql: `select x.id, x.village_id, v.township_id from ${table} x join village v on v.id = x.village_id`,
});
const county = (table: string): Ownership => ({ kind: 'county', sql: `select id from ${table}` });

/** Every record type the API shows — resources and record types met only as nested fields. */
const OWNERSHIP: Record<string, Ownership> = {
  Township: { kind: 'place', sql: 'select id, null as village_id, id as township_id from township' },
  Village: { kind: 'place', sql: 'select id, id as village_id, township_id from village' },
  VillageEconomy: viaVillage('village_economy'),
  Cadre: viaVillage('cadre'),
  Application: viaVillage('application'),
  Certification: viaVillage('certification'),
  Payout: viaVillage('payout'),
  PlanItem: { kind: 'place', sql: 'select id, village_id, township_id from plan_item' },
  Assessment: {
    kind: 'place',
    sql: `select a.id, p.village_id, v.township_id from assessment a
          join application p on p.id = a.application_id join village v on v.id = p.village_id`,
  },
  Scheme: county('scheme'),
  SchemeIndicator: county('scheme_indicator'),
  Department: county('department'),
  Training: county('training'),
  User: { kind: 'self', sql: 'select id, id as actor_id from app_user', readAll: [] },
  AuditEvent: { kind: 'self', sql: 'select id, actor_id from audit_event', readAll: ['VIEWER'] },
};

const COUNTY_WIDE_ROLES = ['ADMIN', 'DISTRICT_ASSESSOR', 'FINANCE_OFFICER', 'VIEWER'];

/**
 * Mutations the county-wide roles other than ADMIN may perform (domain.md, roles); every other mutation
 * must answer them FORBIDDEN. Signing in and out is everyone's.
 */
const EVERYONE = ['login', 'logout'];
const COUNTY_ROLE_MUTATIONS: Record<string, string[]> = {
  DISTRICT_ASSESSOR: ['startAssessment', 'recordFinding', 'markReferenceAssessment'],
  FINANCE_OFFICER: ['generatePayouts', 'markPayoutPaid', 'deletePayout'],
  VIEWER: [],
};

/**
 * What the scoped roles may change inside their scope: a clerk the own village's applications, an
 * officer the own township's villages, cadres and plan, and the vetting. With an out-of-scope id these
 * answer NOT_FOUND (the record is absent to them); every other mutation FORBIDDEN, whatever the ids.
 */
const SCOPED_ROLE_MUTATIONS: Record<string, string[]> = {
  VILLAGE_CLERK: ['createApplication', 'updateApplication', 'deleteApplication', 'submitApplication'],
  TOWNSHIP_OFFICER: [
    'createVillage',
    'updateVillage',
    'deleteVillage',
    'createCadre',
    'updateCadre',
    'deleteCadre',
    'createPlanItem',
    'updatePlanItem',
    'deletePlanItem',
    'vetApplication',
  ],
};

interface Row {
  id: string;
  village_id?: string | null;
  township_id?: string | null;
  actor_id?: string | null;
}

interface Actor {
  username: string;
  id: string;
  role: string;
  township_id: string | null;
  village_id: string | null;
  client: GraphQLClient;
}

function sees(actor: Actor, rule: Ownership, row: Row): boolean {
  if (rule.kind === 'county') return true;
  if (rule.kind === 'self') {
    return actor.role === 'ADMIN' || rule.readAll.includes(actor.role) || row.actor_id === actor.id;
  }
  if (COUNTY_WIDE_ROLES.includes(actor.role)) return true;
  if (actor.role === 'VILLAGE_CLERK') {
    return row.village_id ? row.village_id === actor.village_id : row.township_id === actor.township_id;
  }
  if (actor.role === 'TOWNSHIP_OFFICER') return row.township_id === actor.township_id;
  return false;
}

interface Attempt {
  actor: Actor;
  field: FieldDef;
  variables: Record<string, unknown>;
  codes: string[];
  what: string;
}

describe('scope sweep over the whole schema', () => {
  let t: TestServer;
  let schema: SchemaModel;
  let actors: Actor[];
  let admin: GraphQLClient;
  /** resource / record type → id → its owners, read with SQL after the fixtures. */
  const truth = new Map<string, Map<string, Row>>();
  let resources: string[];

  const rows = (type: string) => [...truth.get(type)!.values()];
  const visibleTo = (actor: Actor, type: string) => rows(type).filter((r) => sees(actor, OWNERSHIP[type], r));
  const hiddenFrom = (actor: Actor, type: string) =>
    rows(type).filter((r) => !sees(actor, OWNERSHIP[type], r));
  const scoped = () => actors.filter((a) => !COUNTY_WIDE_ROLES.includes(a.role));
  const notAdmin = () => actors.filter((a) => a.role !== 'ADMIN');
  /** Reads for several roles at once (they change nothing, so they may overlap). */
  const eachActor = (list: Actor[], run: (a: Actor) => Promise<void>) => Promise.all(list.map(run));

  /**
   * Out-of-scope records to try, the nearest first: for a clerk, one of a neighbouring village of the
   * same township, then one of another township.
   */
  function foreign(actor: Actor, type: string): Row[] {
    const hidden = hiddenFrom(actor, type);
    const near = hidden.find((r) => r.township_id && r.township_id === actor.township_id);
    const far = hidden.find((r) => r !== near && (!r.township_id || r.township_id !== actor.township_id));
    return [near, far].filter((r): r is Row => !!r);
  }

  async function listAll(client: GraphQLClient, resource: string): Promise<string[]> {
    const rows = await client.allPages<{ id: string }>(
      `query ($page: Int!) { r: all${resource}s(page: $page, perPage: 500) { id } }`,
      'r',
    );
    return rows.map((x) => x.id).sort();
  }

  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.as('admin');
    schema = await SchemaModel.load(admin);
    resources = schema.resources();
    const users = await t.sql<Omit<Actor, 'client'>>(
      `select id, username, role, township_id, village_id from app_user
        where username = 'admin' or (username like 'demo.%' and username <> 'demo.admin') order by username`,
    );
    actors = await Promise.all(
      users.map(async (u) => ({ ...u, client: u.username === 'admin' ? admin : await t.as(u.username) })),
    );
    const clerk = actors.find((a) => a.role === 'VILLAGE_CLERK')!;
    const officer = actors.find((a) => a.role === 'TOWNSHIP_OFFICER')!;

    // Fixtures so that every resource has records in the own village, a neighbouring village of the same
    // township and another township, and records that link across them (department help, training
    // attendance); the clerk and the officer act too, so the audit trail holds everyone's actions.
    const [neighbour] = await t.sql<{ id: string }>(
      'select id from village where township_id = ? and id <> ? order by code limit 1',
      [clerk.township_id, clerk.village_id],
    );
    const [far] = await t.sql<{ id: string; township_id: string }>(
      'select id, township_id from village where township_id <> ? order by code limit 1',
      [clerk.township_id],
    );
    await admin.data('mutation { generatePayouts(year: 2016) { id } }');
    const plan = (client: GraphQLClient, villageId: string) =>
      client.data(
        'mutation ($v: ID!) { createPlanItem(villageId: $v, periodStart: 2017, targetTier: 1, targetYear: 2018) { id } }',
        { v: villageId },
      );
    await plan(admin, neighbour.id);
    await plan(admin, far.id);
    await plan(officer.client, clerk.village_id!);
    await clerk.client.data(
      'mutation ($v: ID!, $d: JSONObject!) { createApplication(villageId: $v, year: 2030, targetTier: 1, declaredValues: $d) { id } }',
      { v: clerk.village_id, d: passingValues() },
    );
    await admin.data(
      `mutation ($t: [ID!], $v: [ID!]) {
        createDepartment(name: "区农业农村局", kind: LINKED_ASSISTANCE, townshipIds: $t, villageIds: $v) { id }
        createTraining(topic: "村干部培训", date: "2017-05-01", townshipIds: $t, villageIds: $v) { id }
      }`,
      { t: [clerk.township_id, far.township_id], v: [clerk.village_id, neighbour.id, far.id] },
    );

    for (const [type, rule] of Object.entries(OWNERSHIP)) {
      truth.set(type, new Map((await t.sql<Row>(rule.sql)).map((r) => [r.id, r])));
    }
  });
  afterAll(() => t?.stop());

  it('every resource the schema offers has a scope rule', () => {
    expect(resources.filter((r) => !OWNERSHIP[r])).toEqual([]);
    // The enumeration itself works: at least the contract's resources are found.
    expect(resources).toEqual(
      expect.arrayContaining(['Township', 'Village', 'Cadre', 'User', 'Scheme', 'Application', 'AuditEvent']),
    );
    // Each scoped role has records out of its scope for every resource that is not county-wide, so the
    // sweeps below are never vacuous.
    for (const actor of scoped()) {
      for (const r of resources.filter((r) => OWNERSHIP[r].kind !== 'county')) {
        expect(foreign(actor, r).length, `${actor.username} / ${r}`).toBeGreaterThan(0);
      }
    }
  });

  it('lists and counts show each role exactly its scope, for every resource', async () => {
    const mismatches: string[] = [];
    for (const resource of resources) {
      await eachActor(actors, async (actor) => {
        const expected = visibleTo(actor, resource)
          .map((r) => r.id)
          .sort();
        const listed = await listAll(actor.client, resource);
        const { m } = await actor.client.data<{ m: { count: number } }>(
          `{ m: _all${resource}sMeta { count } }`,
        );
        const leaked = listed.filter((id) => !expected.includes(id));
        const missing = expected.filter((id) => !listed.includes(id));
        if (leaked.length)
          mismatches.push(`${actor.username} lists ${leaked.length} ${resource} out of scope`);
        if (missing.length)
          mismatches.push(`${actor.username} misses ${missing.length} ${resource} in scope`);
        if (m.count !== expected.length)
          mismatches.push(
            `${actor.username}: _all${resource}sMeta ${m.count}, scope holds ${expected.length}`,
          );
      });
    }
    expect(mismatches).toEqual([]);
  });

  it('out-of-scope ids read as absent: single reads, ids filters and reference filters', async () => {
    const mismatches: string[] = [];
    for (const resource of resources) {
      const refFilters = schema
        .type(`${resource}Filter`)
        .inputFields!.filter((f) => resourceOfName(schema, f.name));
      await eachActor(actors, async (actor) => {
        const outside = foreign(actor, resource).map((r) => r.id);
        const inside = visibleTo(actor, resource)[0]?.id;
        const one = async (id: string) =>
          (
            await actor.client.data<{ r: { id: string } | null }>(
              `query ($id: ID!) { r: ${resource}(id: $id) { id } }`,
              { id },
            )
          ).r;
        for (const id of outside) {
          if ((await one(id)) !== null) mismatches.push(`${actor.username} reads ${resource} ${id}`);
        }
        if (inside && (await one(inside))?.id !== inside)
          mismatches.push(`${actor.username} cannot read its own ${resource} ${inside}`);

        const ListQuery = `query ($f: ${resource}Filter) { l: all${resource}s(filter: $f, perPage: 500) { id } m: _all${resource}sMeta(filter: $f) { count } }`;
        if (outside.length) {
          const { l, m } = await actor.client.data<{ l: { id: string }[]; m: { count: number } }>(ListQuery, {
            f: { ids: [...outside, ...(inside ? [inside] : [])] },
          });
          const want = inside ? [inside] : [];
          if (JSON.stringify(l.map((x) => x.id)) !== JSON.stringify(want) || m.count !== want.length)
            mismatches.push(`${actor.username}: all${resource}s(ids) → ${l.length} rows, count ${m.count}`);
        }

        // A reference filter naming an out-of-scope record finds nothing outside the scope either.
        const allowed = new Set(visibleTo(actor, resource).map((r) => r.id));
        for (const f of refFilters) {
          const target = resourceOfName(schema, f.name)!;
          for (const ref of foreign(actor, target)) {
            const { l, m } = await actor.client.data<{ l: { id: string }[]; m: { count: number } }>(
              ListQuery,
              {
                f: { [f.name]: isList(f.type) ? [ref.id] : ref.id },
              },
            );
            const leaked = l.filter((x) => !allowed.has(x.id));
            if (leaked.length || m.count !== l.length)
              mismatches.push(
                `${actor.username}: all${resource}s(${f.name}: out-of-scope ${target}) → ${leaked.length} leaked, count ${m.count}`,
              );
          }
        }
      });
    }
    expect(mismatches).toEqual([]);
  });

  /**
   * Walks an answer: every record in it (an object with `__typename` and `id`) and every id a pointer
   * field names (`villageId`, `townshipIds`, `bundledTownshipIds`, …) must be in the actor's scope.
   */
  function leaksIn(actor: Actor, value: unknown, path: string, out: string[]): void {
    if (Array.isArray(value)) {
      value.forEach((v, i) => leaksIn(actor, v, `${path}[${i}]`, out));
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const check = (kind: string, id: string, where: string) => {
      const rule = OWNERSHIP[kind];
      if (!rule) return void out.push(`${where}: record type ${kind} has no scope rule`);
      const row = truth.get(kind)!.get(id);
      if (!row) return void out.push(`${where}: ${kind} ${id} is not in the database`);
      if (!sees(actor, rule, row)) out.push(`${actor.username} sees ${kind} ${id} at ${where}`);
    };
    const type = record.__typename;
    if (typeof type === 'string' && typeof record.id === 'string') check(type, record.id, path);
    for (const [key, v] of Object.entries(record)) {
      const pointed = resourceOfName(schema, key);
      if (pointed && v !== null) {
        for (const id of Array.isArray(v) ? v : [v]) check(pointed, String(id), `${path}.${key}`);
      } else if (typeof v === 'object') {
        leaksIn(actor, v, `${path}.${key}`, out);
      }
    }
  }

  it('nested fields never reach outside the scope (references, reference lists, children)', async () => {
    const leaks: string[] = [];
    let records = 0;
    for (const resource of resources) {
      const selection = schema.selection(resource, 3);
      await eachActor(notAdmin(), async (actor) => {
        const { l } = await actor.client.data<{ l: unknown[] }>(
          `{ l: all${resource}s(perPage: 100) ${selection} }`,
        );
        records += l.length;
        leaksIn(actor, l, `all${resource}s`, leaks);
      });
    }
    expect(leaks).toEqual([]);
    expect(records).toBeGreaterThan(100);

    // The linked lists of the fixture department and training are cut to the scope, not dropped.
    for (const actor of scoped()) {
      const { d, tr } = await actor.client.data<{
        d: { townshipIds: string[]; villageIds: string[] }[];
        tr: { townshipIds: string[]; villageIds: string[] }[];
      }>('{ d: allDepartments { townshipIds villageIds } tr: allTrainings { townshipIds villageIds } }');
      const own = visibleTo(actor, 'Village').map((v) => v.id);
      for (const linked of [...d, ...tr]) {
        expect(linked.townshipIds).toEqual([actor.township_id]);
        expect(linked.villageIds.length).toBe(actor.role === 'VILLAGE_CLERK' ? 1 : 2);
        expect(linked.villageIds.every((id) => own.includes(id))).toBe(true);
      }
    }
  });

  it('every other query, with out-of-scope references where it takes them, shows nothing outside the scope', async () => {
    const crud = new Set(resources.flatMap((r) => [r, `all${r}s`, `_all${r}sMeta`]));
    const others = schema.queries.filter((q) => !crud.has(q.name));
    expect(others.length).toBeGreaterThan(5);
    const leaks: string[] = [];
    for (const q of others) {
      const object = schema.objectOf(q);
      const selection = object ? schema.selection(object.name, 3) : undefined;
      await eachActor(notAdmin(), async (actor) => {
        const src: ArgSource = { schema, idOf: (r) => foreign(actor, r)[0]?.id ?? rows(r)[0]?.id };
        const args = argumentsToSend(src, q);
        const variables = Object.fromEntries(args.map((a) => [a.name, plausibleValue(src, q, a)]));
        const doc = schema.document(
          'query',
          q,
          args.map((a) => a.name),
          selection,
        );
        const res = await actor.client.request<{ result: unknown }>(doc, variables);
        if (res.errors) {
          // A query may refuse a role or an argument; it may not fail.
          const code = String(res.errors[0].extensions?.code);
          if (!['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'].includes(code))
            leaks.push(`${q.name} as ${actor.username}: ${code} ${res.errors[0].message}`);
          return;
        }
        leaksIn(actor, res.data?.result, q.name, leaks);
      });
    }
    expect(leaks).toEqual([]);
  });

  /**
   * Sends mutations one at a time and reports anything but a refusal with one of the expected codes that
   * changed nothing: a quick digest around each request names the culprit, a full one around the batch
   * shows that not a single row changed.
   */
  async function refusals(attempts: Attempt[]): Promise<string[]> {
    const out: string[] = [];
    const full = await fingerprint(t);
    let before = await quickFingerprint(t);
    for (const { actor, field, variables, codes, what } of attempts) {
      const doc = schema.document('mutation', field, Object.keys(variables));
      const res: GraphQLResponse = await actor.client.request(doc, variables);
      const code = String(res.errors?.[0]?.extensions?.code ?? 'OK');
      const label = `${field.name} by ${actor.username} (${what})`;
      if (!codes.includes(code)) out.push(`${label}: ${code} ${res.errors?.[0]?.message ?? ''}`);
      if (res.status >= 500) out.push(`${label}: HTTP ${res.status}`);
      const after = await quickFingerprint(t);
      const changed = changedTables(before, after);
      if (changed.length) out.push(`${label} changed ${changed.join(', ')}`);
      before = after;
    }
    const changed = changedTables(full, await fingerprint(t));
    if (changed.length) out.push(`the batch changed ${changed.join(', ')}`);
    return out;
  }

  it('a scoped role writing with an out-of-scope id is refused (NOT_FOUND, or FORBIDDEN for another role’s mutation) and nothing changes', async () => {
    const attempts: Attempt[] = [];
    for (const field of schema.mutations.filter((m) => !EVERYONE.includes(m.name))) {
      for (const actor of scoped()) {
        const codes = [SCOPED_ROLE_MUTATIONS[actor.role].includes(field.name) ? 'NOT_FOUND' : 'FORBIDDEN'];
        const src: ArgSource = { schema, idOf: (r) => visibleTo(actor, r)[0]?.id ?? rows(r)[0]?.id };
        const args = argumentsToSend(src, field);
        const scopedRefs = args.filter((a) => {
          const r = referenceOf(schema, field, a);
          return r && OWNERSHIP[r].kind !== 'county';
        });
        // One out-of-scope reference at a time, the others in scope: each must be refused on its own
        // (an officer moving the own cadre to another township's village, too). A mutation without such
        // a reference is refused by role alone.
        for (const outsideArg of scopedRefs.length ? scopedRefs : [undefined]) {
          const target = outsideArg && referenceOf(schema, field, outsideArg)!;
          for (const row of target ? foreign(actor, target) : [undefined]) {
            const variables = Object.fromEntries(args.map((a) => [a.name, plausibleValue(src, field, a)]));
            if (outsideArg && row) variables[outsideArg.name] = isList(outsideArg.type) ? [row.id] : row.id;
            const what = outsideArg ? `${outsideArg.name} out of scope` : 'no scoped reference';
            attempts.push({ actor, field, variables, codes, what });
          }
        }
      }
    }
    expect(attempts.length).toBeGreaterThan(schema.mutations.length);
    expect(await refusals(attempts)).toEqual([]);
  });

  it('the county-wide roles are refused every mutation their role does not have, and nothing changes', async () => {
    const attempts: Attempt[] = [];
    const src: ArgSource = { schema, idOf: (r) => rows(r)[0]?.id };
    for (const actor of actors.filter((a) => a.role in COUNTY_ROLE_MUTATIONS)) {
      const allowed = [...EVERYONE, ...COUNTY_ROLE_MUTATIONS[actor.role]];
      for (const field of schema.mutations.filter((m) => !allowed.includes(m.name))) {
        const args = argumentsToSend(src, field);
        const variables = Object.fromEntries(args.map((a) => [a.name, plausibleValue(src, field, a)]));
        attempts.push({ actor, field, variables, codes: ['FORBIDDEN'], what: 'not the role' });
      }
    }
    expect(attempts.length).toBeGreaterThan(2 * schema.mutations.length);
    expect(await refusals(attempts)).toEqual([]);
  });

  it('the sweep’s own checks do catch a leak and an accepted write (run last: it changes a village)', async () => {
    const clerk = actors.find((a) => a.role === 'VILLAGE_CLERK')!;
    const officer = actors.find((a) => a.role === 'TOWNSHIP_OFFICER')!;
    const { l } = await officer.client.data<{ l: unknown[] }>(
      `{ l: allVillages(perPage: 100) ${schema.selection('Village', 2)} }`,
    );
    const leaks: string[] = [];
    leaksIn(clerk, l, 'allVillages', leaks); // the officer's answer judged as the clerk's
    expect(leaks.length).toBeGreaterThan(1);

    const field = schema.mutation('updateVillage')!;
    const variables = { id: visibleTo(officer, 'Village')[0].id, population: 4321 };
    const problems = await refusals([
      { actor: officer, field, variables, codes: ['NOT_FOUND'], what: 'in scope' },
    ]);
    expect(problems).toEqual([
      'updateVillage by demo.township (in scope): OK ',
      'updateVillage by demo.township (in scope) changed audit_event, village',
      'the batch changed audit_event, village',
    ]);
  });
});
