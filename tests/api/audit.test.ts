import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('the audit trail through the API', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let viewer: GraphQLClient;
  let officer: GraphQLClient;

  beforeAll(async () => {
    t = await startTestServer();
    [admin, viewer, officer] = await Promise.all([t.as('admin'), t.as('demo.viewer'), t.as('demo.township')]);
    const { allVillages } = await officer.data<{ allVillages: { id: string }[] }>(
      '{ allVillages(perPage: 1) { id } }',
    );
    await officer.data('mutation ($id: ID!) { updateVillage(id: $id, households: 321) { id } }', {
      id: allVillages[0].id,
    });
  });
  afterAll(() => t?.stop());

  const Q = `query ($f: AuditEventFilter) { allAuditEvents(perPage: 500, sortField: "createdAt", sortOrder: "DESC", filter: $f)
    { actorUsername action entityType entityId before after createdAt } _allAuditEventsMeta(filter: $f) { count } }`;

  it('is read by the administrator and the leadership group in full, by others for their own actions', async () => {
    const total = Number((await t.sql<{ n: string }>('select count(*) as n from audit_event'))[0].n);
    for (const client of [admin, viewer]) {
      const { _allAuditEventsMeta } = await client.data<{ _allAuditEventsMeta: { count: number } }>(Q);
      expect(_allAuditEventsMeta.count).toBe(total);
    }
    const own = await officer.data<{ allAuditEvents: { actorUsername: string }[] }>(Q);
    expect(own.allAuditEvents.length).toBeGreaterThanOrEqual(2); // the login and the update
    expect(new Set(own.allAuditEvents.map((e) => e.actorUsername))).toEqual(new Set(['demo.township']));
  });

  it('filters by entity and action, and shows before and after', async () => {
    const { allAuditEvents } = await admin.data<{
      allAuditEvents: { action: string; before: { households: number }; after: { households: number } }[];
    }>(Q, { f: { entityType: 'Village', action: 'update' } });
    expect(allAuditEvents).toHaveLength(1);
    expect(allAuditEvents[0].after.households).toBe(321);
    expect(allAuditEvents[0].before.households).not.toBe(321);
  });

  it('filters by a date range, both ends inclusive', async () => {
    const update = { entityType: 'Village', action: 'update' };
    const { allAuditEvents } = await admin.data<{ allAuditEvents: { createdAt: string }[] }>(Q, {
      f: update,
    });
    const at = new Date(allAuditEvents[0].createdAt);
    const shifted = (ms: number) => new Date(at.getTime() + ms).toISOString();
    const count = async (f: Record<string, unknown>) =>
      (await admin.data<{ _allAuditEventsMeta: { count: number } }>(Q, { f }))._allAuditEventsMeta.count;

    expect(await count({ ...update, createdFrom: at.toISOString(), createdTo: at.toISOString() })).toBe(1);
    expect(await count({ ...update, createdFrom: shifted(-60_000), createdTo: shifted(60_000) })).toBe(1);
    expect(await count({ ...update, createdFrom: shifted(1) })).toBe(0);
    expect(await count({ ...update, createdTo: shifted(-1) })).toBe(0);

    // The range narrows the whole trail exactly as SQL counts it.
    const from = '2000-01-01T00:00:00.000Z';
    const [{ n }] = await t.sql<{ n: string }>(
      'select count(*) as n from audit_event where created_at >= ? and created_at <= ?',
      [from, shifted(-1)],
    );
    expect(await count({ createdFrom: from, createdTo: shifted(-1) })).toBe(Number(n));
  });

  it('refuses a date range bound that is not a date', async () => {
    const res = await admin.request(Q, { f: { createdFrom: 'yesterday' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });

  it('the database itself refuses to update, delete or truncate audit rows', async () => {
    for (const sql of [
      "update audit_event set action = 'forged'",
      'delete from audit_event',
      'truncate audit_event',
    ]) {
      await expect(t.sql(sql)).rejects.toThrow(/append-only/);
    }
    const [{ n }] = await t.sql<{ n: string }>(
      "select count(*) as n from audit_event where action = 'forged'",
    );
    expect(Number(n)).toBe(0);
  });

  it('cannot be changed through the API', async () => {
    const res = await admin.request(
      'mutation { deleteAuditEvent(id: "00000000-0000-0000-0000-000000000000") { id } }',
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});
