import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { passingValues } from '../support/declared-values.js';
import { changedTables, fingerprint } from '../support/db-fingerprint.js';
import { codeOf, type GraphQLClient, type GraphQLResponse } from '../support/graphql-client.js';
import { argumentsToSend, plausibleValue, valueOfType, type ArgSource } from '../support/plausible-args.js';
import { isNonNull, namedType, SchemaModel, type FieldDef } from '../support/schema-model.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * The audit trail is complete: every mutation of the served schema, called once successfully, writes
 * exactly the audit events that name what it changed, by the caller, in the transaction of the change.
 *
 * The cases are generated from the schema. `create/update/delete<X>` of a CRUD resource get a generic
 * case (plausible arguments; the update changes one field; update and delete act on the record the
 * create made). Every other mutation (the procedure, money, signing in and out) needs a case in
 * WORKFLOW below, which arranges the state it needs in the workflow's order. A mutation with neither
 * fails the test, so a new mutation cannot slip in without being shown to write its audit event. No
 * mutation is exempt: each one that succeeds changes something, and so owes an event.
 *
 * How "in the same transaction" is shown, two ways per call:
 * 1. Transaction ids. PostgreSQL stamps every row version with the id of the transaction that wrote it
 *    (`xmin`). Before the call we read the next transaction id to be assigned; after it, every row of
 *    every table whose `xmin` is at or past that point was written by the call (the test server does
 *    nothing else meanwhile, and other databases' transactions write no rows here). All those rows —
 *    the audit rows included — must carry one and the same `xmin`: the call committed one transaction,
 *    and its audit events are in it. Each event's entity row must carry that `xmin` too (inserted or
 *    updated by it), or be gone (deleted by it). Row locks set `xmax`, not `xmin`, so they do not count.
 * 2. A refused audit. A deleted row leaves no `xmin` behind, so each call is first made once while a
 *    trigger makes the database refuse every audit insert: the call must then fail and leave every
 *    table exactly as it was (full digest). A change committed apart from its audit event — or made
 *    with none — would survive that and show.
 */

interface Actor {
  username: string;
  id: string;
  countyId: string;
  client: GraphQLClient;
}

/** One audit event the call must write, and what it must have done to the row the event names. */
interface Expected {
  action: string;
  entityType: string;
  entityId: string | null;
  /** 'written': inserted or updated by the call; 'deleted': gone; 'untouched': exists, not changed. */
  row: 'written' | 'deleted' | 'untouched';
}

interface Call {
  /** Who calls: a signed-in user, or `anonymous` (signing in) acting as `actor`. */
  caller: Actor | { anonymous: true; actor: Actor };
  variables: Record<string, unknown>;
  /** The events the call must write, knowing its answer (`result`, the mutation's field). */
  expected(result: unknown): Expected[] | Promise<Expected[]>;
  /** Further checks of what the call wrote, given its transaction id. */
  check?(result: unknown, xid: string): Promise<void>;
}

interface Case {
  mutation: string;
  title: string;
  /** Arranges the state the call needs (events written here are not the call's) and returns the call. */
  arrange(): Promise<Call>;
}

interface AuditRow {
  action: string;
  entity_type: string;
  entity_id: string | null;
  actor_id: string | null;
  actor_username: string | null;
  county_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The message of the trigger that refuses audit inserts. */
const REFUSAL = 'audit refused by audit-completeness.test.ts';

const CRUD_VERBS = ['create', 'update', 'delete'] as const;
type CrudVerb = (typeof CRUD_VERBS)[number];

/** Argument names an update must not pick as "the one field it changes" (no safe plausible value). */
const NOT_CHANGED_BY_UPDATE = new Set(['code', 'password', 'date', 'version']);
/** Resources whose update has no plain text field to change: the change to make instead. */
const UPDATE_CHANGE: Record<string, Record<string, unknown>> = {
  Application: {
    declaredValues: passingValues({
      'environment.appearance': { greeningRate: 45, lightingCoverage: 90, sanitationScore: 84 },
    }),
  },
};

const byEvent = (e: { action: string; entityType: string; entityId: string | null }) =>
  `${e.action} ${e.entityType} ${e.entityId ?? '-'}`;

describe('the audit trail is complete', () => {
  let t: TestServer;
  let schema: SchemaModel;
  const actors: Record<string, Actor> = {};
  /** Villages with no application, certification or plan line, so a case's side effects are its own. */
  let quietVillages: string[];
  let townshipId: string;
  /** The record each generic create made, for the update and delete after it. */
  const made: Record<string, string> = {};
  let year = 2031;
  /** A year no application of 清塘村 uses yet. */
  const freshYear = () => year++;

  const count = async (table: string) =>
    Number((await t.sql<{ n: string }>(`select count(*) as n from ${table}`))[0].n);

  beforeAll(async () => {
    t = await startTestServer();
    const users = await t.sql<{ id: string; username: string; county_id: string }>(
      `select id, username, county_id from app_user where username in
        ('admin', 'demo.clerk', 'demo.township', 'demo.assessor', 'demo.finance', 'demo.viewer')`,
    );
    for (const u of users) {
      actors[u.username] = {
        username: u.username,
        id: u.id,
        countyId: u.county_id,
        client: await t.as(u.username),
      };
    }
    schema = await SchemaModel.load(actors.admin.client);
    quietVillages = (
      await t.sql<{ id: string }>(
        `select v.id from village v
          where not exists (select 1 from application a where a.village_id = v.id)
            and not exists (select 1 from certification c where c.village_id = v.id)
            and not exists (select 1 from plan_item p where p.village_id = v.id)
          order by v.code limit 5`,
      )
    ).map((r) => r.id);
    expect(quietVillages).toHaveLength(5);
    [{ id: townshipId }] = await t.sql<{ id: string }>('select id from township order by code limit 1');
    await t.sql(`create function audit_refused_for_test() returns trigger language plpgsql as $$
      begin raise exception '${REFUSAL}'; end; $$`);
  });
  afterAll(() => t?.stop());

  const admin = () => actors.admin;
  const clerk = () => actors['demo.clerk'];
  const officer = () => actors['demo.township'];
  const assessor = () => actors['demo.assessor'];
  const finance = () => actors['demo.finance'];

  // ——— the procedure, step by step, for the arrangements ———

  async function run<T = Record<string, unknown>>(who: Actor, query: string, variables = {}): Promise<T> {
    return who.client.data<T>(query, variables);
  }

  async function draft(villageId?: string, y = freshYear(), who = clerk()): Promise<string> {
    const r = await run<{ a: { id: string } }>(
      who,
      'mutation ($v: ID!, $y: Int!, $d: JSONObject!) { a: createApplication(villageId: $v, year: $y, targetTier: 1, declaredValues: $d) { id } }',
      { v: villageId ?? (await qingtang()), y, d: passingValues() },
    );
    return r.a.id;
  }
  const qingtang = async () =>
    (await t.sql<{ id: string }>("select id from village where name = '清塘村'"))[0].id;
  const submit = (id: string) =>
    run(clerk(), 'mutation ($id: ID!) { submitApplication(id: $id) { id } }', { id });
  const forward = (id: string) =>
    run(officer(), 'mutation ($id: ID!) { vetApplication(id: $id, decision: FORWARD) { id } }', { id });
  async function start(appId: string): Promise<{ id: string; plan: string[] }> {
    const r = await run<{ s: { id: string; plan: string[] } }>(
      assessor(),
      'mutation ($id: ID!) { s: startAssessment(applicationId: $id) { id plan } }',
      { id: appId },
    );
    return r.s;
  }
  const RECORD =
    'mutation ($a: ID!, $k: String!, $v: JSONObject!) { result: recordFinding(assessmentId: $a, indicatorKey: $k, values: $v) { id status } }';
  const valuesOf = (key: string) => (passingValues() as Record<string, Record<string, unknown>>)[key];
  async function planLine(villageId: string, periodStart: number, who = admin()): Promise<string> {
    const r = await run<{ p: { id: string } }>(
      who,
      'mutation ($v: ID!, $s: Int!) { p: createPlanItem(villageId: $v, periodStart: $s, targetTier: 1, targetYear: $s) { id } }',
      { v: villageId, s: periodStart },
    );
    return r.p.id;
  }
  async function unpaidPayout(): Promise<string> {
    const find = () =>
      t.sql<{ id: string }>("select id from payout where status = 'UNPAID' order by id limit 1");
    if (!(await find()).length) {
      await run(finance(), 'mutation { generatePayouts(year: 2016) { id } }');
    }
    return (await find())[0].id;
  }

  const written = (action: string, entityType: string, entityId: string | null): Expected => ({
    action,
    entityType,
    entityId,
    row: 'written',
  });
  const idOf = (result: unknown) => (result as { id: string }).id;

  /**
   * The mutations that are not plain CRUD: each arranges its state in the workflow's order and names
   * the events it must write (side effects included: a certification writes off the plan line it
   * fulfils, a revocation reopens it).
   */
  const WORKFLOW: Record<string, Case[]> = {
    login: [
      {
        mutation: 'login',
        title: 'a user signs in',
        async arrange() {
          const viewer = actors['demo.viewer'];
          return {
            caller: { anonymous: true, actor: viewer },
            variables: { username: viewer.username, password: 'fanben-demo' },
            expected: () => [{ action: 'login', entityType: 'User', entityId: viewer.id, row: 'untouched' }],
            async check(result, xid) {
              // What the sign-in changed is its new session, written in the audit event's transaction.
              const token = (result as { token: string }).token;
              const hash = createHash('sha256').update(token).digest('hex');
              const rows = await t.sql<{ x: string }>(
                'select xmin::text as x from session where token_hash = ?',
                [hash],
              );
              expect(rows.map((r) => r.x)).toEqual([xid]);
            },
          };
        },
      },
    ],
    logout: [
      {
        mutation: 'logout',
        title: 'a user signs out',
        async arrange() {
          const viewer = actors['demo.viewer'];
          // A session of its own, so the shared client stays signed in.
          const own = { ...viewer, client: await t.as(viewer.username) };
          return {
            caller: own,
            variables: {},
            expected: () => [{ action: 'logout', entityType: 'User', entityId: viewer.id, row: 'untouched' }],
            async check(result) {
              expect(result).toBe(true);
              const me = await own.client.data<{ me: unknown }>('{ me { id } }');
              expect(me.me).toBeNull();
            },
          };
        },
      },
    ],
    submitApplication: [
      {
        mutation: 'submitApplication',
        title: 'the clerk submits a draft',
        async arrange() {
          const id = await draft();
          return {
            caller: clerk(),
            variables: { id },
            expected: () => [written('submit applications', 'Application', id)],
          };
        },
      },
    ],
    vetApplication: [
      {
        mutation: 'vetApplication',
        title: 'the officer forwards a submitted application',
        async arrange() {
          const id = await draft();
          await submit(id);
          return {
            caller: officer(),
            variables: { id, decision: 'FORWARD' },
            expected: () => [written('forward applications', 'Application', id)],
          };
        },
      },
      {
        mutation: 'vetApplication',
        title: 'the officer returns a submitted application with a reason',
        async arrange() {
          const id = await draft();
          await submit(id);
          return {
            caller: officer(),
            variables: { id, decision: 'RETURN', comment: '请补充绿化率佐证材料' },
            expected: () => [written('return applications', 'Application', id)],
          };
        },
      },
    ],
    startAssessment: [
      {
        mutation: 'startAssessment',
        title: 'the assessor starts on a forwarded application',
        async arrange() {
          const id = await draft();
          await submit(id);
          await forward(id);
          return {
            caller: assessor(),
            variables: { applicationId: id },
            expected: (result) => [
              written('start assessments', 'Application', id),
              written('start', 'Assessment', idOf(result)),
            ],
          };
        },
      },
    ],
    recordFinding: [
      {
        mutation: 'recordFinding',
        title: 'the assessor records a passing finding that is not the last',
        async arrange() {
          const id = await draft();
          await submit(id);
          await forward(id);
          const a = await start(id);
          return {
            caller: assessor(),
            variables: { assessmentId: a.id, indicatorKey: a.plan[0], values: valuesOf(a.plan[0]) },
            expected: () => [written('record findings', 'Assessment', a.id)],
          };
        },
      },
      {
        mutation: 'recordFinding',
        title:
          'the last finding passes: the application passes, the village is certified, its plan line written off',
        async arrange() {
          const y = freshYear();
          const village = await qingtang();
          const line = await planLine(village, y);
          const id = await draft(village, y);
          await submit(id);
          await forward(id);
          const a = await start(id);
          for (const key of a.plan.slice(0, -1)) {
            await run(assessor(), RECORD, { a: a.id, k: key, v: valuesOf(key) });
          }
          const last = a.plan[a.plan.length - 1];
          return {
            caller: assessor(),
            variables: { assessmentId: a.id, indicatorKey: last, values: valuesOf(last) },
            async expected() {
              // The certification is made by the call: read back which one it is.
              const [c] = await t.sql<{ id: string }>(
                'select id from certification where village_id = ? and year = ? and tier = 1',
                [village, y],
              );
              return [
                written('record findings', 'Assessment', a.id),
                written('pass', 'Application', id),
                written('certify', 'Certification', c?.id ?? 'none'),
                written('write-off', 'PlanItem', line),
              ];
            },
            async check(result) {
              expect((result as { status: string }).status).toBe('PASSED');
            },
          };
        },
      },
      {
        mutation: 'recordFinding',
        title: 'a failing finding ends the assessment and fails the application',
        async arrange() {
          const id = await draft();
          await submit(id);
          await forward(id);
          const a = await start(id);
          const key = a.plan[0];
          const failing = Object.fromEntries(Object.entries(valuesOf(key)).map(([k, v]) => [k, fail(v)]));
          return {
            caller: assessor(),
            variables: { assessmentId: a.id, indicatorKey: key, values: failing },
            expected: () => [
              written('record findings', 'Assessment', a.id),
              written('fail', 'Application', id),
            ],
            async check(result) {
              expect((result as { status: string }).status).toBe('FAILED');
            },
          };
        },
      },
    ],
    markReferenceAssessment: [
      {
        mutation: 'markReferenceAssessment',
        title: 'the assessor marks an assessment as a reference case',
        async arrange() {
          const [{ id }] = await t.sql<{ id: string }>(
            'select id from assessment where not is_reference order by id limit 1',
          );
          return {
            caller: assessor(),
            variables: { id, isReference: true },
            expected: () => [written('mark reference assessments', 'Assessment', id)],
          };
        },
      },
    ],
    createCertification: [
      {
        mutation: 'createCertification',
        title: 'the administrator enters a certification, which writes off the village’s plan line',
        async arrange() {
          const village = quietVillages[1];
          const line = await planLine(village, 2017);
          return {
            caller: admin(),
            variables: { villageId: village, tier: 1, year: 2017 },
            expected: (result) => [
              written('create', 'Certification', idOf(result)),
              written('write-off', 'PlanItem', line),
            ],
          };
        },
      },
    ],
    revokeCertification: [
      {
        mutation: 'revokeCertification',
        title: 'the administrator revokes a certification, which reopens the plan line it wrote off',
        async arrange() {
          const village = quietVillages[2];
          const line = await planLine(village, 2017);
          const { c } = await run<{ c: { id: string } }>(
            admin(),
            'mutation ($v: ID!) { c: createCertification(villageId: $v, tier: 1, year: 2017) { id } }',
            { v: village },
          );
          return {
            caller: admin(),
            variables: { id: c.id, reason: '复核不达标' },
            expected: () => [
              written('revoke certifications', 'Certification', c.id),
              written('reopen', 'PlanItem', line),
            ],
          };
        },
      },
    ],
    generatePayouts: [
      {
        mutation: 'generatePayouts',
        title: 'finance freezes a year’s statement: one event for the statement, in the lines’ transaction',
        async arrange() {
          const [{ y }] = await t.sql<{ y: number }>(
            `select max(c.year) as y from certification c where c.status = 'ACTIVE'
              and not exists (select 1 from payout p where p.year = c.year)`,
          );
          return {
            caller: finance(),
            variables: { year: y },
            expected: () => [
              { action: 'generate', entityType: 'PayoutStatement', entityId: null, row: 'written' },
            ],
            async check(result, xid) {
              const lines = result as { id: string }[];
              expect(lines.length).toBeGreaterThan(0);
              const [event] = await t.sql<AuditRow>('select after from audit_event where xmin::text = ?', [
                xid,
              ]);
              expect(event.after).toMatchObject({ year: y, created: lines.length, removed: 0, updated: 0 });
              const inTx = await t.sql<{ n: string }>(
                'select count(*) as n from payout where year = ? and xmin::text = ?',
                [y, xid],
              );
              expect(Number(inTx[0].n)).toBe(lines.length);
            },
          };
        },
      },
    ],
    markPayoutPaid: [
      {
        mutation: 'markPayoutPaid',
        title: 'finance records a line as paid',
        async arrange() {
          const id = await unpaidPayout();
          return {
            caller: finance(),
            variables: { id },
            expected: () => [written('mark payouts paid', 'Payout', id)],
          };
        },
      },
    ],
    deletePayout: [
      {
        mutation: 'deletePayout',
        title: 'finance deletes an unpaid line',
        async arrange() {
          const id = await unpaidPayout();
          return {
            caller: finance(),
            variables: { id },
            expected: () => [{ action: 'delete', entityType: 'Payout', entityId: id, row: 'deleted' }],
          };
        },
      },
    ],
  };

  /** A value that fails where the passing one passed: numbers far below, flags turned off. */
  function fail(v: unknown): unknown {
    if (typeof v === 'number') return v === 0 ? 99 : 0;
    if (typeof v === 'boolean') return !v;
    return v;
  }

  // ——— the generic CRUD cases ———

  function crudOf(field: FieldDef): { verb: CrudVerb; resource: string } | null {
    const m = /^(create|update|delete)(\w+)$/.exec(field.name);
    if (!m || !schema.resources().includes(m[2])) return null;
    return { verb: m[1] as CrudVerb, resource: m[2] };
  }

  const source = (): ArgSource => ({
    schema,
    idOf: (resource) =>
      resource === 'Village' ? quietVillages[0] : resource === 'Township' ? townshipId : undefined,
  });

  function genericCase(field: FieldDef, verb: CrudVerb, resource: string): Case {
    return {
      mutation: field.name,
      title: `the administrator ${verb}s a ${resource}`,
      async arrange() {
        const subject = made[resource];
        if (verb !== 'create' && !subject) {
          throw new Error(`${field.name} needs the record create${resource} makes, and there is none`);
        }
        let variables: Record<string, unknown>;
        if (verb === 'create') {
          variables = Object.fromEntries(
            argumentsToSend(source(), field).map((a) => [a.name, plausibleValue(source(), field, a)]),
          );
        } else if (verb === 'update') {
          variables = { id: subject, ...changeFor(field, resource) };
        } else {
          variables = { id: subject };
        }
        return {
          caller: admin(),
          variables,
          expected: (result) => [
            {
              action: verb,
              entityType: resource,
              entityId: verb === 'create' ? idOf(result) : subject,
              row: verb === 'delete' ? 'deleted' : 'written',
            },
          ],
          async check(result) {
            if (verb === 'create') made[resource] = idOf(result);
          },
        };
      },
    };
  }

  /** The one field an update changes: its first optional text field, or the resource's own change. */
  function changeFor(field: FieldDef, resource: string): Record<string, unknown> {
    if (UPDATE_CHANGE[resource]) return UPDATE_CHANGE[resource];
    const text = field.args.find(
      (a) => !isNonNull(a.type) && namedType(a.type).name === 'String' && !NOT_CHANGED_BY_UPDATE.has(a.name),
    );
    if (!text) throw new Error(`${field.name}: no text field to change; add one to UPDATE_CHANGE`);
    return { [text.name]: valueOfType(source(), text.name, text.type) };
  }

  /** Every mutation's cases, generic CRUD first (creates, then updates, then deletes), then the rest. */
  function casesOf(): { cases: Case[]; uncovered: string[] } {
    const generic: Case[] = [];
    const workflow: Case[] = [];
    const uncovered: string[] = [];
    for (const field of schema.mutations) {
      const crud = crudOf(field);
      if (WORKFLOW[field.name]) workflow.push(...WORKFLOW[field.name]);
      else if (crud && schema.mutation(`create${crud.resource}`)) {
        generic.push(genericCase(field, crud.verb, crud.resource));
      } else uncovered.push(field.name);
    }
    const rank = (c: Case) => CRUD_VERBS.findIndex((v) => c.mutation.startsWith(v));
    generic.sort((a, b) => rank(a) - rank(b));
    return { cases: [...generic, ...workflow], uncovered };
  }

  // ——— running one case ———

  /** The answer's plain fields, and the ids of the records it links to. */
  function selectionOf(field: FieldDef): string {
    const type = schema.objectOf(field);
    if (!type) return '';
    const parts = (type.fields ?? [])
      .filter((f) => !f.args.some((a) => isNonNull(a.type) && a.defaultValue === null))
      .map((f) => {
        const object = schema.objectOf(f);
        if (!object) return f.name;
        return object.fields?.some((g) => g.name === 'id') ? `${f.name} { id }` : '';
      });
    return `{ ${parts.filter(Boolean).join(' ')} }`;
  }

  async function send(field: FieldDef, call: Call): Promise<GraphQLResponse<{ result: unknown }>> {
    const doc = schema.document('mutation', field, Object.keys(call.variables), selectionOf(field));
    const client = 'anonymous' in call.caller ? t.anonymous() : call.caller.client;
    return client.request<{ result: unknown }>(doc, call.variables);
  }

  /** The next transaction id PostgreSQL will assign (as a 32-bit xid, which is what `xmin` holds). */
  async function nextXid(): Promise<bigint> {
    const [{ x }] = await t.sql<{ x: string }>('select pg_snapshot_xmax(pg_current_snapshot())::text as x');
    return BigInt(x) % 2n ** 32n;
  }

  let tablesSql: string | undefined;
  /** Every row written (inserted or updated) from transaction `since` on: table, xmin, how many. */
  async function rowsWrittenSince(since: bigint): Promise<{ table: string; xid: string; n: number }[]> {
    if (!tablesSql) {
      const tables = await t.sql<{ table_name: string }>(
        `select table_name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations'`,
      );
      tablesSql = tables
        .map(
          ({ table_name: name }) =>
            `select '${name}' as "table", xmin::text as xid, count(*)::int as n from "${name}"
              where xmin::text::bigint >= $since group by xmin`,
        )
        .join(' union all ');
    }
    // `since` is a number this test computed, not input: written into the statement as it is.
    return t.sql(tablesSql.replaceAll('$since', String(since)));
  }

  const tableOf = (entityType: string) => t.server.orm.getMetadata().find(entityType)?.tableName;

  /**
   * With audit inserts refused by the database, the call must fail — because of the refusal, not for some
   * other reason that would make this vacuous — and change nothing at all.
   */
  async function refusedAuditChangesNothing(field: FieldDef, call: Call): Promise<void> {
    const before = await fingerprint(t);
    await t.sql(
      'create trigger audit_refused_for_test before insert on audit_event for each row execute function audit_refused_for_test()',
    );
    // The server logs the unexpected database error it answers with; kept here, and checked, not printed.
    const logged: unknown[] = [];
    const log = vi.spyOn(console, 'error').mockImplementation((e: unknown) => void logged.push(e));
    let res: GraphQLResponse<{ result: unknown }>;
    try {
      res = await send(field, call);
    } finally {
      log.mockRestore();
      await t.sql('drop trigger audit_refused_for_test on audit_event');
    }
    const changed = changedTables(before, await fingerprint(t));
    expect(changed, 'with its audit event refused, the call still changed these tables').toEqual([]);
    expect(res.errors, 'with its audit event refused, the call still succeeded').toBeDefined();
    expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
    expect(logged.map((e) => String((e as Error)?.message ?? e))).toEqual([expect.stringContaining(REFUSAL)]);
  }

  async function runCase(c: Case): Promise<void> {
    const field = schema.mutation(c.mutation)!;
    const call = await c.arrange();
    await refusedAuditChangesNothing(field, call);

    const actor = 'anonymous' in call.caller ? call.caller.actor : call.caller;
    const auditBefore = await count('audit_event');
    const since = await nextXid();
    const res = await send(field, call);
    expect(res.errors, 'the call failed').toBeUndefined();
    const result = res.data!.result;

    const rows = await rowsWrittenSince(since);
    const xids = [...new Set(rows.map((r) => r.xid))];
    expect(xids, `the call wrote in more than one transaction: ${JSON.stringify(rows)}`).toHaveLength(1);
    const [xid] = xids;
    expect(rows.map((r) => r.table)).toContain('audit_event');

    const expected = await call.expected(result);
    const events = await t.sql<AuditRow>('select * from audit_event where xmin::text = ?', [xid]);
    expect(await count('audit_event'), 'audit events written outside the call’s transaction').toBe(
      auditBefore + events.length,
    );
    const actual = events
      .map((e) => byEvent({ action: e.action, entityType: e.entity_type, entityId: e.entity_id }))
      .sort();
    expect(actual, `written: ${JSON.stringify(actual)}`).toEqual(expected.map(byEvent).sort());
    for (const e of events) {
      expect({ actor: e.actor_id, username: e.actor_username, county: e.county_id }).toEqual({
        actor: actor.id,
        username: actor.username,
        county: actor.countyId,
      });
      if (CRUD_VERBS.includes(e.action as CrudVerb)) {
        expect([e.before === null, e.after === null], `${e.action}: before / after`).toEqual([
          e.action === 'create',
          e.action === 'delete',
        ]);
      }
    }
    for (const e of expected) {
      if (e.entityId === null) continue;
      const table = tableOf(e.entityType);
      expect(table, `no table for ${e.entityType}`).toBeDefined();
      const found = await t.sql<{ x: string }>(`select xmin::text as x from "${table}" where id = ?`, [
        e.entityId,
      ]);
      const state = !found.length ? 'deleted' : found[0].x === xid ? 'written' : 'untouched';
      expect(state, `${byEvent(e)}: the row`).toBe(e.row);
    }
    await call.check?.(result, xid);
  }

  it('every mutation of the schema writes exactly its audit events, by the caller, in the change’s transaction', async () => {
    const { cases, uncovered } = casesOf();
    expect(uncovered, 'mutations with no audit case: add one to WORKFLOW').toEqual([]);
    expect(new Set(cases.map((c) => c.mutation)).size).toBe(schema.mutations.length);
    // Every case names a mutation the schema still has.
    expect(Object.keys(WORKFLOW).filter((m) => !schema.mutation(m))).toEqual([]);
    const failures: string[] = [];
    for (const c of cases) {
      try {
        await runCase(c);
      } catch (err) {
        failures.push(`${c.mutation} (${c.title}): ${(err as Error).message.slice(0, 1500)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('a failed mutation writes no audit event and changes nothing', async () => {
    const forwarded = await draft();
    await submit(forwarded);
    await forward(forwarded);
    const [{ id: village, version }] = await t.sql<{ id: string; version: number }>(
      'select id, version from village where id = ?',
      [quietVillages[3]],
    );
    // An open application, so a second one for the same village and year is a conflict.
    await draft(quietVillages[4], 2017, admin());
    const failures: [string, Actor | null, string, Record<string, unknown>][] = [
      // Refused for the role, before anything is read.
      [
        'FORBIDDEN',
        actors['demo.viewer'],
        'mutation ($t: ID!) { createVillage(name: "新村", code: "520502999001", townshipId: $t) { id } }',
        { t: townshipId },
      ],
      // Refused by the state check, with the row already locked.
      [
        'INVALID_STATE',
        clerk(),
        'mutation ($id: ID!) { submitApplication(id: $id) { id } }',
        { id: forwarded },
      ],
      // Refused by the argument check.
      [
        'BAD_USER_INPUT',
        officer(),
        'mutation ($id: ID!) { vetApplication(id: $id, decision: RETURN) { id } }',
        { id: forwarded },
      ],
      // Refused after the new record was built: the unit of work is rolled back.
      [
        'CONFLICT',
        admin(),
        'mutation ($v: ID!, $d: JSONObject!) { createApplication(villageId: $v, year: 2017, targetTier: 1, declaredValues: $d) { id } }',
        { v: quietVillages[4], d: passingValues() },
      ],
      // A stale version.
      [
        'CONFLICT',
        admin(),
        'mutation ($id: ID!, $v: Int!) { updateVillage(id: $id, households: 1, version: $v) { id } }',
        { id: village, v: version - 1 },
      ],
      // A wrong password.
      [
        'UNAUTHENTICATED',
        null,
        'mutation { login(username: "demo.viewer", password: "wrong-password") { token } }',
        {},
      ],
    ];
    for (const [code, who, query, variables] of failures) {
      const before = await fingerprint(t);
      const audit = await count('audit_event');
      const res = await (who ? who.client : t.anonymous()).request(query, variables);
      expect(codeOf(res), query).toBe(code);
      expect(await count('audit_event'), query).toBe(audit);
      expect(changedTables(before, await fingerprint(t)), query).toEqual([]);
    }
  });
});
