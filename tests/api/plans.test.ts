import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passingValues } from '../support/declared-values.js';
import { codeOf, type GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const LINE =
  'id townshipId villageId periodStart periodEnd targetTier targetYear status certificationId writtenOffAt note version';
const CREATE_LINE = `mutation ($v: ID!, $p: Int!, $t: Int!, $y: Int!, $n: String) {
  createPlanItem(villageId: $v, periodStart: $p, targetTier: $t, targetYear: $y, note: $n) { ${LINE} } }`;
const GET_LINE = `query ($id: ID!) { PlanItem(id: $id) { ${LINE} certification { id tier year } village { name } } }`;
const PROGRESS = `query ($y: Int!, $t: ID) {
  planProgress(year: $y, townshipId: $t) {
    townshipId townshipName villageCount reachedCount newlyReachedCount notYetReachedCount target onTrack behind
    plannedCount writtenOffCount openCount overdueCount
  } }`;
const CREATE_CERT = `mutation ($v: ID!, $t: Int!, $y: Int!) {
  createCertification(villageId: $v, tier: $t, year: $y) { id villageId tier year status } }`;

interface Line {
  id: string;
  townshipId: string;
  villageId: string;
  periodStart: number;
  periodEnd: number;
  targetTier: number;
  targetYear: number;
  status: 'OPEN' | 'WRITTEN_OFF';
  certificationId: string | null;
  writtenOffAt: string | null;
  note: string | null;
  version: number;
  certification?: { id: string; tier: number; year: number } | null;
}
interface Progress {
  townshipId: string;
  townshipName: string;
  villageCount: number;
  reachedCount: number;
  newlyReachedCount: number;
  notYetReachedCount: number;
  target: number;
  onTrack: boolean;
  behind: boolean;
  plannedCount: number;
  writtenOffCount: number;
  openCount: number;
  overdueCount: number;
}
interface Cert {
  id: string;
  villageId: string;
  tier: number;
  year: number;
  status: string;
  village: { townshipId: string };
}
interface Village {
  id: string;
  name: string;
  townshipId: string;
}

describe('three-year plans and the write-off ledger (销账)', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let officer: GraphQLClient;
  let clerk: GraphQLClient;
  let assessor: GraphQLClient;
  let ownTownship: string;
  let villages: Village[];
  let certs: Cert[];

  /** Every row of a list, page by page. */
  async function all<T>(client: GraphQLClient, field: string, sort: string, fields: string): Promise<T[]> {
    return client.allPages<T>(
      `query ($page: Int!) { ${field}(page: $page, perPage: 500, sortField: "${sort}") { ${fields} } }`,
      field,
    );
  }
  const loadCerts = () =>
    all<Cert>(admin, 'allCertifications', 'year', 'id villageId tier year status village { townshipId }');
  const line = async (id: string, as: GraphQLClient = officer) =>
    (await as.data<{ PlanItem: Line }>(GET_LINE, { id })).PlanItem;
  const progress = async (year: number, townshipId?: string, as: GraphQLClient = admin) =>
    (await as.data<{ planProgress: Progress[] }>(PROGRESS, { y: year, t: townshipId })).planProgress;
  /** Own-township villages never certified (the demo history leaves most of them so). */
  const uncertified = () => {
    const held = new Set(certs.map((c) => c.villageId));
    return villages.filter((v) => v.townshipId === ownTownship && !held.has(v.id));
  };

  beforeAll(async () => {
    t = await startTestServer();
    [admin, officer, clerk, assessor] = await Promise.all([
      t.as('admin'),
      t.as('demo.township'),
      t.as('demo.clerk'),
      t.as('demo.assessor'),
    ]);
    ownTownship = (await officer.data<{ me: { townshipId: string } }>('{ me { townshipId } }')).me.townshipId;
    villages = await all<Village>(admin, 'allVillages', 'code', 'id name townshipId');
    certs = await loadCerts();
    expect(certs.some((c) => c.year === 2015)).toBe(true);
    expect(certs.some((c) => c.year === 2016)).toBe(true);
  });
  afterAll(() => t?.stop());

  it('an officer plans lines for the own township’s villages, and cannot for another township', async () => {
    const [own] = uncertified();
    const other = villages.find((v) => v.townshipId !== ownTownship)!;
    const created = (
      await officer.data<{ createPlanItem: Line }>(CREATE_LINE, {
        v: own.id,
        p: 2018,
        t: 1,
        y: 2019,
        n: '先规范',
      })
    ).createPlanItem;
    expect(created).toMatchObject({
      townshipId: ownTownship,
      villageId: own.id,
      periodStart: 2018,
      periodEnd: 2020,
      targetTier: 1,
      targetYear: 2019,
      status: 'OPEN',
      certificationId: null,
      note: '先规范',
    });

    const foreign = await officer.request(CREATE_LINE, { v: other.id, p: 2018, t: 1, y: 2019 });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    expect(foreign.errors![0].extensions!.field).toBe('villageId');
    // The administrator plans anywhere; the line then belongs to that village's township.
    const byAdmin = (
      await admin.data<{ createPlanItem: Line }>(CREATE_LINE, { v: other.id, p: 2018, t: 1, y: 2018 })
    ).createPlanItem;
    expect(byAdmin.townshipId).toBe(other.townshipId);
    // …which the officer does not see.
    expect((await officer.data<{ PlanItem: Line | null }>(GET_LINE, { id: byAdmin.id })).PlanItem).toBeNull();
    const { allPlanItems } = await officer.data<{ allPlanItems: Line[] }>(
      `{ allPlanItems(perPage: 500) { ${LINE} } }`,
    );
    expect(allPlanItems.map((l) => l.id)).toEqual([created.id]);
    const filtered = await admin.data<{ allPlanItems: Line[]; _allPlanItemsMeta: { count: number } }>(
      `query ($t: ID) { allPlanItems(filter: { townshipId: $t, periodStart: 2018, status: OPEN, q: "${own.name}" }) { id }
        _allPlanItemsMeta(filter: { townshipId: $t }) { count } }`,
      { t: ownTownship },
    );
    expect(filtered.allPlanItems.map((l) => l.id)).toEqual([created.id]);
    expect(filtered._allPlanItemsMeta.count).toBe(1);

    expect(codeOf(await clerk.request(CREATE_LINE, { v: own.id, p: 2021, t: 1, y: 2021 }))).toBe('FORBIDDEN');
    const outside = await officer.request(CREATE_LINE, { v: own.id, p: 2021, t: 1, y: 2024 });
    expect(codeOf(outside)).toBe('BAD_USER_INPUT');
    expect(outside.errors![0].extensions!.field).toBe('targetYear');
    expect(codeOf(await officer.request(CREATE_LINE, { v: own.id, p: 2021, t: 4, y: 2021 }))).toBe(
      'BAD_USER_INPUT',
    );
    const twice = await officer.request(CREATE_LINE, { v: own.id, p: 2018, t: 2, y: 2020 });
    expect(codeOf(twice)).toBe('CONFLICT');

    const updated = await officer.data<{ updatePlanItem: Line }>(
      'mutation ($id: ID!, $v: Int!) { updatePlanItem(id: $id, version: $v, targetYear: 2020) { targetYear version } }',
      { id: created.id, v: created.version },
    );
    expect(updated.updatePlanItem).toMatchObject({ targetYear: 2020, version: created.version + 1 });
    const moved = await officer.request(
      'mutation ($id: ID!) { updatePlanItem(id: $id, periodStart: 2015) { id } }',
      { id: created.id },
    );
    expect(codeOf(moved)).toBe('BAD_USER_INPUT');
    const gone = await officer.data<{ deletePlanItem: { id: string } }>(
      'mutation ($id: ID!) { deletePlanItem(id: $id) { id } }',
      { id: created.id },
    );
    expect(gone.deletePlanItem.id).toBe(created.id);
  });

  it('a line the village already fulfils in its period is written off at once, and is then locked', async () => {
    const held = certs.find(
      (c) => c.year === 2016 && c.status === 'ACTIVE' && c.village.townshipId === ownTownship,
    )!;
    expect(held).toBeTruthy();
    // The one that fulfils it: the earliest in the period 2016–2018 at or above the tier, highest tier first.
    const expected = certs
      .filter(
        (c) =>
          c.villageId === held.villageId &&
          c.status === 'ACTIVE' &&
          c.year >= 2016 &&
          c.year <= 2018 &&
          c.tier >= 1,
      )
      .sort((a, b) => a.year - b.year || b.tier - a.tier)[0];
    const created = (
      await officer.data<{ createPlanItem: Line }>(CREATE_LINE, { v: held.villageId, p: 2016, t: 1, y: 2017 })
    ).createPlanItem;
    expect(created).toMatchObject({ status: 'WRITTEN_OFF', certificationId: expected.id });
    expect(created.writtenOffAt).toBeTruthy();

    const edit = await officer.request('mutation ($id: ID!) { updatePlanItem(id: $id, note: "x") { id } }', {
      id: created.id,
    });
    expect(codeOf(edit)).toBe('INVALID_STATE');
    const remove = await officer.request('mutation ($id: ID!) { deletePlanItem(id: $id) { id } }', {
      id: created.id,
    });
    expect(codeOf(remove)).toBe('INVALID_STATE');
    expect((await line(created.id)).status).toBe('WRITTEN_OFF');
  });

  it('a certification through the workflow at the target writes the line off, linked, with an audit event', async () => {
    const [village] = uncertified().slice(1);
    const planned = (
      await officer.data<{ createPlanItem: Line }>(CREATE_LINE, { v: village.id, p: 2018, t: 1, y: 2019 })
    ).createPlanItem;
    expect(planned.status).toBe('OPEN');

    const app = (
      await admin.data<{ createApplication: { id: string } }>(
        `mutation ($v: ID!, $d: JSONObject!) { createApplication(villageId: $v, year: 2018, targetTier: 1, declaredValues: $d) { id } }`,
        { v: village.id, d: passingValues() },
      )
    ).createApplication;
    await admin.data('mutation ($id: ID!) { submitApplication(id: $id) { id } }', { id: app.id });
    await officer.data('mutation ($id: ID!) { vetApplication(id: $id, decision: FORWARD) { id } }', {
      id: app.id,
    });
    const started = (
      await assessor.data<{ startAssessment: { id: string; plan: string[] } }>(
        'mutation ($id: ID!) { startAssessment(applicationId: $id) { id plan } }',
        { id: app.id },
      )
    ).startAssessment;
    const values = passingValues() as Record<string, Record<string, unknown>>;
    let status = '';
    for (const key of started.plan) {
      status = (
        await assessor.data<{ recordFinding: { status: string } }>(
          'mutation ($a: ID!, $k: String!, $v: JSONObject!) { recordFinding(assessmentId: $a, indicatorKey: $k, values: $v) { status } }',
          { a: started.id, k: key, v: values[key] },
        )
      ).recordFinding.status;
    }
    expect(status).toBe('PASSED');

    const cert = (
      await admin.data<{ allCertifications: { id: string }[] }>(
        'query ($v: ID!) { allCertifications(filter: { villageId: $v, year: 2018 }) { id } }',
        { v: village.id },
      )
    ).allCertifications[0];
    const after = await line(planned.id);
    expect(after).toMatchObject({
      status: 'WRITTEN_OFF',
      certificationId: cert.id,
      certification: { id: cert.id, tier: 1, year: 2018 },
      version: planned.version + 1,
    });
    expect(after.writtenOffAt).toBeTruthy();

    const audit = await t.sql<{
      actor_username: string;
      before: { status: string };
      after: Record<string, unknown>;
    }>(
      `select actor_username, before, after from audit_event where entity_type = 'PlanItem' and entity_id = ? and action = 'write-off'`,
      [planned.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_username).toBe('demo.assessor');
    expect(audit[0].before.status).toBe('OPEN');
    expect(audit[0].after).toMatchObject({ status: 'WRITTEN_OFF', certificationId: cert.id });

    const ledger = await officer.data<{ planLedger: Line[] }>(
      'query ($t: ID) { planLedger(townshipId: $t, periodStart: 2018) { id status certificationId certification { year } } }',
      { t: ownTownship },
    );
    expect(ledger.planLedger).toContainEqual({
      id: planned.id,
      status: 'WRITTEN_OFF',
      certificationId: cert.id,
      certification: { year: 2018 },
    });
  });

  it('a lower tier, or a year outside the period, leaves the line open; the target tier in the period writes it off', async () => {
    const [, , model, late] = uncertified();
    const toModel = (
      await officer.data<{ createPlanItem: Line }>(CREATE_LINE, { v: model.id, p: 2018, t: 2, y: 2020 })
    ).createPlanItem;
    const lateLine = (
      await officer.data<{ createPlanItem: Line }>(CREATE_LINE, { v: late.id, p: 2018, t: 1, y: 2018 })
    ).createPlanItem;

    await admin.data(CREATE_CERT, { v: model.id, t: 1, y: 2018 });
    await admin.data(CREATE_CERT, { v: late.id, t: 1, y: 2021 });
    expect(await line(toModel.id)).toMatchObject({ status: 'OPEN', certificationId: null });
    expect(await line(lateLine.id)).toMatchObject({ status: 'OPEN', certificationId: null });
    const open = await t.sql(
      `select 1 from audit_event where entity_type = 'PlanItem' and action = 'write-off' and entity_id in (?, ?)`,
      [toModel.id, lateLine.id],
    );
    expect(open).toHaveLength(0);

    // Tier 2 after the target year but inside the period: written off (late), linked to it.
    const tier2 = (
      await admin.data<{ createCertification: { id: string } }>(CREATE_CERT, { v: model.id, t: 2, y: 2020 })
    ).createCertification;
    expect(await line(toModel.id)).toMatchObject({
      status: 'WRITTEN_OFF',
      certificationId: tier2.id,
      certification: { tier: 2, year: 2020 },
    });
    const audit = await t.sql<{ actor_username: string }>(
      `select actor_username from audit_event where entity_type = 'PlanItem' and action = 'write-off' and entity_id = ?`,
      [toModel.id],
    );
    expect(audit.map((a) => a.actor_username)).toEqual(['admin']);
  });

  it('revoking the certification reopens the line it wrote off, and the audit shows it', async () => {
    const v = uncertified()[4];
    const planned = (
      await officer.data<{ createPlanItem: Line }>(CREATE_LINE, { v: v.id, p: 2018, t: 1, y: 2019 })
    ).createPlanItem;
    const cert = (
      await admin.data<{ createCertification: { id: string } }>(CREATE_CERT, { v: v.id, t: 1, y: 2019 })
    ).createCertification;
    expect(await line(planned.id)).toMatchObject({ status: 'WRITTEN_OFF', certificationId: cert.id });
    await admin.data(
      'mutation ($id: ID!) { revokeCertification(id: $id, reason: "复核发现材料不实") { id } }',
      { id: cert.id },
    );
    expect(await line(planned.id)).toMatchObject({ status: 'OPEN', certificationId: null });
    const audit = await t.sql<{ action: string; after: { certificationId: string | null } }>(
      `select action, after from audit_event where entity_type = 'PlanItem' and entity_id = ? order by created_at`,
      [planned.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['create', 'write-off', 'reopen']);
    // Audit copies hold references as ids, never whole records.
    expect(audit[1].after.certificationId).toBe(cert.id);
  });

  it('reachedCount and newlyReachedCount for 2016 are what the certifications imply', async () => {
    certs = await loadCerts();
    const active = certs.filter((c) => c.status === 'ACTIVE');
    const rows = await progress(2016);
    const townships = new Set(villages.map((v) => v.townshipId));
    expect(rows.map((r) => r.townshipId).sort()).toEqual([...townships].sort());
    for (const row of rows) {
      const ofTownship = active.filter((c) => c.village.townshipId === row.townshipId);
      const heldIn2016 = new Set(ofTownship.filter((c) => c.year === 2016).map((c) => c.villageId));
      const earlier = new Set(ofTownship.filter((c) => c.year < 2016).map((c) => c.villageId));
      const villageCount = villages.filter((v) => v.townshipId === row.townshipId).length;
      const newly = [...heldIn2016].filter((v) => !earlier.has(v)).length;
      const target = Math.ceil(villageCount / 3);
      expect(row, row.townshipName).toMatchObject({
        villageCount,
        reachedCount: heldIn2016.size,
        newlyReachedCount: newly,
        notYetReachedCount: villageCount - earlier.size,
        target,
        onTrack: newly >= target,
        behind: newly < target,
      });
    }
    // Something to compare: the demo history certified villages in this township in 2016.
    const own = rows.find((r) => r.townshipId === ownTownship)!;
    expect(own.reachedCount).toBeGreaterThan(0);

    // An officer and a clerk see their own township only; the same numbers.
    expect(await progress(2016, undefined, officer)).toEqual([own]);
    expect(await progress(2016, undefined, clerk)).toEqual([own]);
    const other = rows.find((r) => r.townshipId !== ownTownship)!;
    expect(await progress(2016, other.townshipId, officer)).toEqual([]);
    expect(await progress(2016, other.townshipId)).toEqual([other]);
  });

  it('a township of 13 villages has target 5; it is on track once 5 villages newly reach tier 1', async () => {
    const statements = async (year: number, townshipId?: string) => {
      t.resetQueries();
      await progress(year, townshipId);
      return t.queries.length;
    };
    const countyBefore = await statements(2018);

    const township = (
      await admin.data<{ createTownship: { id: string } }>(
        'mutation { createTownship(name: "规划测试镇", code: "PLAN13") { id } }',
      )
    ).createTownship;
    const ids: string[] = [];
    for (let i = 1; i <= 13; i++) {
      const code = `PLAN13${String(i).padStart(3, '0')}`;
      const v = await admin.data<{ createVillage: { id: string } }>(
        'mutation ($n: String!, $c: String!, $t: ID!) { createVillage(name: $n, code: $c, townshipId: $t) { id } }',
        { n: `规划${i}村`, c: code, t: township.id },
      );
      ids.push(v.createVillage.id);
    }
    // The statements do not grow with the townships (43 now), nor differ for one township or a year.
    expect(await statements(2018)).toBe(countyBefore);
    expect(await statements(2016)).toBe(countyBefore);
    expect(await statements(2018, township.id)).toBe(countyBefore);
    expect(countyBefore).toBeLessThanOrEqual(6);

    const one = async (year: number) => (await progress(year, township.id))[0];
    expect(await one(2018)).toMatchObject({
      villageCount: 13,
      reachedCount: 0,
      newlyReachedCount: 0,
      target: 5,
      onTrack: false,
      behind: true,
    });

    // The plan: villages 1–3 reach tier 1 in 2018, village 4 in 2019.
    for (const [i, y] of [
      [0, 2018],
      [1, 2018],
      [2, 2018],
      [3, 2019],
    ]) {
      await admin.data(CREATE_LINE, { v: ids[i], p: 2018, t: 1, y });
    }
    expect(await one(2018)).toMatchObject({
      plannedCount: 3,
      writtenOffCount: 0,
      openCount: 3,
      overdueCount: 0,
    });
    expect(await one(2019)).toMatchObject({ plannedCount: 1, openCount: 1, overdueCount: 3 });

    // Village 6 was certified in 2017 already: in 2018 it is reached, but not newly.
    await admin.data(CREATE_CERT, { v: ids[5], t: 1, y: 2017 });
    await admin.data(CREATE_CERT, { v: ids[5], t: 1, y: 2018 });
    for (const v of ids.slice(0, 4)) await admin.data(CREATE_CERT, { v, t: 1, y: 2018 });
    expect(await one(2018)).toMatchObject({
      reachedCount: 5,
      newlyReachedCount: 4,
      notYetReachedCount: 12,
      target: 5,
      onTrack: false,
      behind: true,
      plannedCount: 3,
      writtenOffCount: 3,
      openCount: 0,
    });
    expect(await one(2017)).toMatchObject({ reachedCount: 1, newlyReachedCount: 1, onTrack: false });

    await admin.data(CREATE_CERT, { v: ids[4], t: 1, y: 2018 });
    expect(await one(2018)).toMatchObject({
      reachedCount: 6,
      newlyReachedCount: 5,
      onTrack: true,
      behind: false,
    });
    // The 2018 certification of village 4 wrote off its 2019 line too (same period).
    expect(await one(2019)).toMatchObject({
      plannedCount: 1,
      writtenOffCount: 1,
      openCount: 0,
      overdueCount: 0,
    });
    // The next year starts again from nothing newly reached.
    expect(await one(2019)).toMatchObject({ reachedCount: 0, newlyReachedCount: 0, onTrack: false });
  });
});
