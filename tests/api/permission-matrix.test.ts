import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passingValues } from '../support/declared-values.js';
import { codeOf, GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * The permission matrix of the workflow, generated: every transition × every role (and, for the scoped
 * roles, in and out of scope) × every state. The expectations come from this table — the rules of
 * domain.md §4 and api-contract.md — not from the server's code.
 */
type State = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'FORWARDED' | 'ASSESSING' | 'PASSED' | 'FAILED';
const STATES: State[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'FORWARDED', 'ASSESSING', 'PASSED', 'FAILED'];

interface Rule {
  roles: string[];
  /** States the transition leaves from. */
  from: string[];
  /** States where the transition is already done: a retry answers without error and changes nothing. */
  done: string[];
}

const APPLICATION_RULES: Record<string, Rule & { mutation: string }> = {
  submit: {
    roles: ['VILLAGE_CLERK'],
    from: ['DRAFT', 'RETURNED'],
    done: ['SUBMITTED'],
    mutation: 'submitApplication(id: $id) { status }',
  },
  forward: {
    roles: ['TOWNSHIP_OFFICER'],
    from: ['SUBMITTED'],
    done: ['FORWARDED'],
    mutation: 'vetApplication(id: $id, decision: FORWARD) { status }',
  },
  return: {
    roles: ['TOWNSHIP_OFFICER'],
    from: ['SUBMITTED'],
    done: ['RETURNED'],
    mutation: 'vetApplication(id: $id, decision: RETURN, comment: "请补充材料") { status }',
  },
  start: {
    roles: ['DISTRICT_ASSESSOR'],
    from: ['FORWARDED'],
    done: ['ASSESSING'],
    mutation: 'startAssessment(applicationId: $id) { status }',
  },
};

interface Actor {
  name: string;
  role: string;
  inScope: boolean;
  client?: GraphQLClient;
}

const ACTORS: Actor[] = [
  { name: 'admin', role: 'ADMIN', inScope: true },
  { name: 'demo.clerk', role: 'VILLAGE_CLERK', inScope: true },
  { name: 'clerk.elsewhere', role: 'VILLAGE_CLERK', inScope: false },
  { name: 'demo.township', role: 'TOWNSHIP_OFFICER', inScope: true },
  { name: 'officer.elsewhere', role: 'TOWNSHIP_OFFICER', inScope: false },
  { name: 'demo.assessor', role: 'DISTRICT_ASSESSOR', inScope: true },
  { name: 'demo.finance', role: 'FINANCE_OFFICER', inScope: true },
  { name: 'demo.viewer', role: 'VIEWER', inScope: true },
];

function expected(
  rule: Rule,
  actor: Actor,
  state: string,
): 'OK' | 'FORBIDDEN' | 'NOT_FOUND' | 'INVALID_STATE' {
  if (actor.role !== 'ADMIN' && !rule.roles.includes(actor.role)) return 'FORBIDDEN';
  if (!actor.inScope) return 'NOT_FOUND';
  if (rule.done.includes(state) || rule.from.includes(state)) return 'OK';
  return 'INVALID_STATE';
}

describe('the workflow permission matrix', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let qingtang: string;
  /** Other villages of 清塘村's township: fixtures for transitions whose scoped roles are refused anyway. */
  let neighbours: string[];
  const nextYear = new Map<string, number>();
  const values = passingValues() as Record<string, Record<string, unknown>>;

  const statusOf = async (id: string) =>
    (await t.sql<{ status: string }>('select status from application where id = ?', [id]))[0].status;

  /** A fresh application in `state`, by default of 清塘村 (the demo clerk's village, in the demo officer's township). */
  async function applicationIn(
    state: State,
    village = qingtang,
  ): Promise<{ id: string; assessmentId?: string }> {
    const year = nextYear.get(village) ?? 2030;
    nextYear.set(village, year + 1);
    const run = (q: string, v: Record<string, unknown>) =>
      admin.data<Record<string, { id: string; plan?: string[] }>>(q, v);
    const created = await run(
      'mutation ($v: ID!, $y: Int!, $d: JSONObject!) { createApplication(villageId: $v, year: $y, targetTier: 1, declaredValues: $d) { id } }',
      { v: village, y: year, d: values },
    );
    const id = created.createApplication.id;
    if (state === 'DRAFT') return { id };
    await run('mutation ($id: ID!) { submitApplication(id: $id) { id } }', { id });
    if (state === 'SUBMITTED') return { id };
    if (state === 'RETURNED') {
      await run('mutation ($id: ID!) { vetApplication(id: $id, decision: RETURN, comment: "补") { id } }', {
        id,
      });
      return { id };
    }
    await run('mutation ($id: ID!) { vetApplication(id: $id, decision: FORWARD) { id } }', { id });
    if (state === 'FORWARDED') return { id };
    const { startAssessment } = await run(
      'mutation ($id: ID!) { startAssessment(applicationId: $id) { id plan } }',
      { id },
    );
    const assessmentId = startAssessment.id;
    const plan = startAssessment.plan!;
    const record = (key: string, v: Record<string, unknown>) =>
      run(
        'mutation ($a: ID!, $k: String!, $v: JSONObject!) { recordFinding(assessmentId: $a, indicatorKey: $k, values: $v) { id } }',
        {
          a: assessmentId,
          k: key,
          v,
        },
      );
    if (state === 'FAILED') await record(plan[0], { ...values[plan[0]], ...failing(plan[0]) });
    if (state === 'PASSED') for (const key of plan) await record(key, values[key]);
    return { id, assessmentId };
  }

  const failing = (key: string): Record<string, unknown> =>
    key === 'environment.appearance'
      ? { sanitationScore: 10 }
      : key === 'industry.per-capita-income'
        ? { perCapitaDisposableIncome: 100 }
        : {};

  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.as('admin');
    const villages = await admin.data<{
      allVillages: { id: string; name: string; township: { name: string } }[];
    }>('{ allVillages(perPage: 500) { id name township { name } } }');
    qingtang = villages.allVillages.find((v) => v.name === '清塘村')!.id;
    neighbours = villages.allVillages
      .filter((v) => v.township.name === '长春堡镇' && v.id !== qingtang)
      .map((v) => v.id);
    const elsewhere = villages.allVillages.find((v) => v.township.name !== '长春堡镇')!;
    const [tw] = await t.sql<{ township_id: string }>('select township_id from village where id = ?', [
      elsewhere.id,
    ]);
    await admin.data(
      `mutation ($v: ID!, $t: ID!) {
        a: createUser(username: "clerk.elsewhere", password: "correct-horse", role: VILLAGE_CLERK, villageId: $v) { id }
        b: createUser(username: "officer.elsewhere", password: "correct-horse", role: TOWNSHIP_OFFICER, townshipId: $t) { id }
      }`,
      { v: elsewhere.id, t: tw.township_id },
    );
    await Promise.all(
      ACTORS.map(async (a) => {
        a.client = a.name.endsWith('elsewhere')
          ? await (async () => {
              const c = new GraphQLClient(t.url);
              await c.login(a.name, 'correct-horse');
              return c;
            })()
          : await t.as(a.name);
      }),
    );
  });
  afterAll(() => t?.stop());

  it('every application transition, role, scope and state answers as the rules say, and refusals change nothing', async () => {
    const mismatches: string[] = [];
    // Refusals never change state, so one record per state serves them all; each success gets its own.
    const shared = new Map<State, string>();
    for (const state of STATES) shared.set(state, (await applicationIn(state)).id);
    let checked = 0;
    for (const [name, rule] of Object.entries(APPLICATION_RULES)) {
      for (const actor of ACTORS) {
        for (const state of STATES) {
          const want = expected(rule, actor, state);
          const id = want === 'OK' ? (await applicationIn(state)).id : shared.get(state)!;
          const res = await actor.client!.request(`mutation ($id: ID!) { result: ${rule.mutation} }`, { id });
          const got = res.errors ? String(codeOf(res)) : 'OK';
          checked++;
          if (got !== want)
            mismatches.push(
              `${name} by ${actor.name} on ${state}: expected ${want}, got ${got} ${res.errors?.[0]?.message ?? ''}`,
            );
          if (want !== 'OK' && (await statusOf(id)) !== state)
            mismatches.push(`${name} by ${actor.name} on ${state}: refused but changed state`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(Object.keys(APPLICATION_RULES).length * ACTORS.length * STATES.length);
  });

  it('recording a finding, marking a reference case and revoking follow the same rules', async () => {
    const mismatches: string[] = [];
    let fixtures = 0;
    const assessmentRules: Record<string, Rule & { mutation: (key: string) => string }> = {
      record: {
        roles: ['DISTRICT_ASSESSOR'],
        from: ['ASSESSING'],
        done: [],
        mutation: (key) => `recordFinding(assessmentId: $id, indicatorKey: "${key}", values: $v) { status }`,
      },
      reference: {
        roles: ['DISTRICT_ASSESSOR'],
        from: ['ASSESSING', 'PASSED', 'FAILED'],
        done: [],
        mutation: () => 'markReferenceAssessment(id: $id, isReference: true) { isReference }',
      },
    };
    for (const [name, rule] of Object.entries(assessmentRules)) {
      for (const actor of ACTORS) {
        for (const state of ['ASSESSING', 'PASSED', 'FAILED'] as State[]) {
          const want = expected(rule, actor, state);
          const fixture = await applicationIn(state, neighbours[fixtures++ % neighbours.length]);
          const [{ plan, steps }] = await t.sql<{ plan: string[]; steps: unknown[] }>(
            'select plan, steps from assessment where id = ?',
            [fixture.assessmentId],
          );
          // The next indicator while in progress; once finished, a finding that is not a retry of a recorded one.
          const key = state === 'PASSED' ? 'environment.appearance' : plan[steps.length];
          const v = state === 'PASSED' ? { ...values[key], sanitationScore: 99 } : values[key];
          const mutation = rule.mutation(key);
          const vars = mutation.includes('$v') ? '($id: ID!, $v: JSONObject!)' : '($id: ID!)';
          const res = await actor.client!.request(`mutation ${vars} { result: ${mutation} }`, {
            id: fixture.assessmentId,
            ...(mutation.includes('$v') ? { v } : {}),
          });
          const got = res.errors ? String(codeOf(res)) : 'OK';
          if (got !== want)
            mismatches.push(
              `${name} by ${actor.name} on ${state}: expected ${want}, got ${got} ${res.errors?.[0]?.message ?? ''}`,
            );
        }
      }
    }
    const revoke: Rule = { roles: [], from: ['ACTIVE'], done: ['REVOKED'] };
    for (const actor of ACTORS) {
      for (const state of ['ACTIVE', 'REVOKED']) {
        const want = expected(revoke, actor, state);
        const fixture = await applicationIn('PASSED', neighbours[fixtures++ % neighbours.length]);
        const [cert] = await t.sql<{ id: string }>(
          'select c.id from certification c join assessment a on a.id = c.assessment_id where a.id = ?',
          [fixture.assessmentId],
        );
        if (state === 'REVOKED')
          await admin.data('mutation ($id: ID!) { revokeCertification(id: $id, reason: "核查") { id } }', {
            id: cert.id,
          });
        const res = await actor.client!.request(
          'mutation ($id: ID!) { revokeCertification(id: $id, reason: "复核不达标") { status } }',
          { id: cert.id },
        );
        const got = res.errors ? String(codeOf(res)) : 'OK';
        if (got !== want)
          mismatches.push(`revoke by ${actor.name} on ${state}: expected ${want}, got ${got}`);
        const [after] = await t.sql<{ status: string }>('select status from certification where id = ?', [
          cert.id,
        ]);
        expect(after.status).toBe(want === 'OK' ? 'REVOKED' : state);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
