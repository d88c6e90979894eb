import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const YEAR = 2016;

interface Township {
  id: string;
  name: string;
}
interface Village {
  id: string;
  townshipId: string;
}
interface Certification {
  villageId: string;
  tier: number;
  year: number;
  status: string;
}
interface Application {
  villageId: string;
  year: number;
  status: string;
}
interface Department {
  id: string;
  name: string;
  kind: string;
  townshipIds: string[];
  villageIds: string[];
  version: number;
}
interface Training {
  id: string;
  date: string;
  year: number;
  topic: string;
  organizer: string | null;
  attendeeCount: number | null;
  townshipIds: string[];
  villageIds: string[];
}
interface Components {
  certifiedShare: number;
  planProgress: number;
  returnedApplications: number;
  failedApplications: number;
  applications: number;
  applicationQuality: number;
  trainingsAttended: number;
  villageCount: number;
  certifiedVillages: number;
  newlyReached: number;
  newReachTarget: number;
}
interface TownshipReviewRow {
  townshipId: string;
  name: string;
  score: number;
  rank: number;
  components: Components;
}
interface DepartmentReviewRow {
  departmentId: string;
  name: string;
  kind: string;
  score: number | null;
  rank: number | null;
  townshipCount: number;
  villageCount: number;
  bundledTownshipIds: string[];
}

const DEPARTMENT = 'id name kind townshipIds villageIds version';
const TRAINING = 'id date year topic organizer attendeeCount townshipIds villageIds';
const REVIEW = `query ($year: Int!, $weights: JSONObject) { townshipReview(year: $year, weights: $weights) {
  townshipId name score rank components { certifiedShare planProgress returnedApplications failedApplications
  applications applicationQuality trainingsAttended villageCount certifiedVillages newlyReached newReachTarget } } }`;
const DEPARTMENT_REVIEW = `query ($year: Int!, $weights: JSONObject) { departmentReview(year: $year, weights: $weights) {
  departmentId name kind score rank townshipCount villageCount bundledTownshipIds } }`;

/** Competition ranks, as the API documents them: 1 is the best, equal scores share a rank. */
function expectedRanks(scores: number[]): number[] {
  const sorted = [...scores].sort((a, b) => b - a);
  return scores.map((s) => sorted.findIndex((x) => Math.abs(x - s) < 1e-9) + 1);
}

describe('reviews: departments, trainings and the annual review', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let officer: GraphQLClient;
  let viewer: GraphQLClient;
  let townships: Township[];
  let villages: Village[];

  const createDepartment = async (vars: Record<string, unknown>) =>
    (
      await admin.data<{ createDepartment: Department }>(
        `mutation ($name: String!, $kind: DepartmentKind!, $townshipIds: [ID!], $villageIds: [ID!]) {
          createDepartment(name: $name, kind: $kind, townshipIds: $townshipIds, villageIds: $villageIds) { ${DEPARTMENT} } }`,
        vars,
      )
    ).createDepartment;

  const createTraining = async (vars: Record<string, unknown>) =>
    (
      await admin.data<{ createTraining: Training }>(
        `mutation ($date: String!, $topic: String!, $organizer: String, $attendeeCount: Int, $townshipIds: [ID!], $villageIds: [ID!]) {
          createTraining(date: $date, topic: $topic, organizer: $organizer, attendeeCount: $attendeeCount,
            townshipIds: $townshipIds, villageIds: $villageIds) { ${TRAINING} } }`,
        vars,
      )
    ).createTraining;

  const review = async (client: GraphQLClient, year: number, weights?: Record<string, unknown>) =>
    (await client.data<{ townshipReview: TownshipReviewRow[] }>(REVIEW, { year, weights })).townshipReview;

  const villagesOf = (townshipId: string) => villages.filter((v) => v.townshipId === townshipId);
  const sorted = (ids: string[]) => [...ids].sort();

  beforeAll(async () => {
    t = await startTestServer();
    [admin, officer, viewer] = await Promise.all([t.as('admin'), t.as('demo.township'), t.as('demo.viewer')]);
    townships = await admin.allRows<Township>('allTownships', 'id name');
    villages = await admin.allRows<Village>('allVillages', 'id townshipId');
  });
  afterAll(() => t?.stop());

  describe('departments', () => {
    it('are created, read, changed and deleted with flat townshipIds and villageIds', async () => {
      const [a, b, c] = townships;
      const v1 = villagesOf(c.id)[0];
      const d = await createDepartment({
        name: '区交通运输局',
        kind: 'LINKED_ASSISTANCE',
        townshipIds: [a.id, b.id, a.id],
        villageIds: [v1.id],
      });
      expect(d).toMatchObject({ name: '区交通运输局', kind: 'LINKED_ASSISTANCE', version: 1 });
      expect(sorted(d.townshipIds)).toEqual(sorted([a.id, b.id]));
      expect(d.villageIds).toEqual([v1.id]);

      // Everyone in the county reads departments, and lists filter by the townships and villages helped.
      const read = await viewer.data<{ Department: Department; allDepartments: Department[] }>(
        `query ($id: ID!, $t: ID!) { Department(id: $id) { ${DEPARTMENT} }
          allDepartments(filter: { townshipId: $t }) { id } }`,
        { id: d.id, t: b.id },
      );
      expect(sorted(read.Department.townshipIds)).toEqual(sorted([a.id, b.id]));
      expect(read.allDepartments.map((x) => x.id)).toEqual([d.id]);
      const byVillage = await officer.data<{
        allDepartments: { id: string }[];
        _allDepartmentsMeta: { count: number };
      }>(
        `query ($v: ID!) { allDepartments(filter: { villageId: $v }) { id } _allDepartmentsMeta(filter: { villageId: $v }) { count } }`,
        { v: v1.id },
      );
      expect(byVillage.allDepartments.map((x) => x.id)).toEqual([d.id]);
      expect(byVillage._allDepartmentsMeta.count).toBe(1);

      // Given lists replace the links ([] clears); a list left out stays as it was.
      const changed = await admin.data<{ updateDepartment: Department }>(
        `mutation ($id: ID!, $t: [ID!]) { updateDepartment(id: $id, version: 1, kind: GROUP_ASSISTANCE, townshipIds: $t) { ${DEPARTMENT} } }`,
        { id: d.id, t: [b.id, c.id] },
      );
      expect(changed.updateDepartment.kind).toBe('GROUP_ASSISTANCE');
      expect(sorted(changed.updateDepartment.townshipIds)).toEqual(sorted([b.id, c.id]));
      expect(changed.updateDepartment.villageIds).toEqual([v1.id]);
      const cleared = await admin.data<{ updateDepartment: Department }>(
        `mutation ($id: ID!) { updateDepartment(id: $id, villageIds: []) { ${DEPARTMENT} } }`,
        { id: d.id },
      );
      expect(cleared.updateDepartment.villageIds).toEqual([]);
      expect(sorted(cleared.updateDepartment.townshipIds)).toEqual(sorted([b.id, c.id]));
      const links = await t.sql<{ n: string }>(
        'select count(*) as n from department_assignment where department_id = ?',
        [d.id],
      );
      expect(Number(links[0].n)).toBe(2);

      // The audit trail records the lists as flat ids.
      const [audit] = await t.sql<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
        `select before, after from audit_event where entity_id = ? and action = 'update' order by created_at desc, id desc limit 1`,
        [d.id],
      );
      expect(audit.before.villageIds).toEqual([v1.id]);
      expect(audit.after.villageIds).toEqual([]);
      expect(audit.after.townshipIds).toEqual(sorted([b.id, c.id]));

      const deleted = await admin.data<{ deleteDepartment: { id: string } }>(
        'mutation ($id: ID!) { deleteDepartment(id: $id) { id } }',
        { id: d.id },
      );
      expect(deleted.deleteDepartment.id).toBe(d.id);
      const gone = await admin.data<{ Department: Department | null }>(
        'query ($id: ID!) { Department(id: $id) { id } }',
        {
          id: d.id,
        },
      );
      expect(gone.Department).toBeNull();
      const left = await t.sql<{ n: string }>(
        'select count(*) as n from department_assignment where department_id = ?',
        [d.id],
      );
      expect(Number(left[0].n)).toBe(0);
    });

    it('only the administrator changes them; a township officer gets FORBIDDEN', async () => {
      const res = await officer.request(
        'mutation { createDepartment(name: "区农业农村局", kind: GROUP_ASSISTANCE) { id } }',
      );
      expect(codeOf(res)).toBe('FORBIDDEN');
      const d = await createDepartment({ name: '区卫健局', kind: 'PARTY_BUILDING_POVERTY_RELIEF' });
      const upd = await officer.request(
        'mutation ($id: ID!) { updateDepartment(id: $id, name: "x") { id } }',
        {
          id: d.id,
        },
      );
      expect(codeOf(upd)).toBe('FORBIDDEN');
      const del = await officer.request('mutation ($id: ID!) { deleteDepartment(id: $id) { id } }', {
        id: d.id,
      });
      expect(codeOf(del)).toBe('FORBIDDEN');
    });

    it('refuses ids that name no township or village', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      const res = await admin.request(
        'mutation ($t: [ID!]) { createDepartment(name: "区教育局", kind: LINKED_ASSISTANCE, townshipIds: $t) { id } }',
        { t: [townships[0].id, unknown] },
      );
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(res.errors?.[0].extensions?.field).toBe('townshipIds');
      expect(res.errors?.[0].message).toContain(unknown);
      // A village id is not a township id.
      const wrongKind = await admin.request(
        'mutation ($t: [ID!]) { createDepartment(name: "区教育局", kind: LINKED_ASSISTANCE, townshipIds: $t) { id } }',
        { t: [villages[0].id] },
      );
      expect(codeOf(wrongKind)).toBe('NOT_FOUND');
      const malformed = await admin.request(
        'mutation { createDepartment(name: "区教育局", kind: LINKED_ASSISTANCE, villageIds: ["not-an-id"]) { id } }',
      );
      expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
      expect(malformed.errors?.[0].extensions?.field).toBe('villageIds');
      // Nothing was written by the refused requests.
      const found = await admin.data<{ allDepartments: unknown[] }>(
        'query { allDepartments(filter: { q: "区教育局" }) { id } }',
      );
      expect(found.allDepartments).toEqual([]);
    });
  });

  describe('trainings', () => {
    it('are created, read, changed and deleted, with attendance by township and village', async () => {
      const [a] = townships;
      const v = villagesOf(townships[1].id)[0];
      const tr = await createTraining({
        date: '2019-04-12',
        topic: '“三级联创”业务培训',
        organizer: '区委组织部',
        attendeeCount: 120,
        townshipIds: [a.id],
        villageIds: [v.id],
      });
      expect(tr).toMatchObject({
        date: '2019-04-12',
        year: 2019,
        organizer: '区委组织部',
        attendeeCount: 120,
      });
      expect(tr.townshipIds).toEqual([a.id]);
      expect(tr.villageIds).toEqual([v.id]);

      const seen = await officer.data<{ allTrainings: { id: string }[]; Training: Training }>(
        `query ($id: ID!, $v: ID!) { allTrainings(filter: { year: 2019, villageId: $v }) { id } Training(id: $id) { ${TRAINING} } }`,
        { id: tr.id, v: v.id },
      );
      expect(seen.allTrainings.map((x) => x.id)).toEqual([tr.id]);
      expect(seen.Training.topic).toBe('“三级联创”业务培训');

      const moved = await admin.data<{ updateTraining: Training }>(
        `mutation ($id: ID!) { updateTraining(id: $id, date: "2020-01-03", townshipIds: []) { ${TRAINING} } }`,
        { id: tr.id },
      );
      expect(moved.updateTraining).toMatchObject({
        date: '2020-01-03',
        year: 2020,
        townshipIds: [],
        villageIds: [v.id],
      });
      const in2019 = await admin.data<{ _allTrainingsMeta: { count: number } }>(
        'query { _allTrainingsMeta(filter: { year: 2019 }) { count } }',
      );
      expect(in2019._allTrainingsMeta.count).toBe(0);

      const forbidden = await officer.request(
        'mutation { createTraining(date: "2020-05-01", topic: "x") { id } }',
      );
      expect(codeOf(forbidden)).toBe('FORBIDDEN');

      await admin.data('mutation ($id: ID!) { deleteTraining(id: $id) { id } }', { id: tr.id });
      const gone = await admin.data<{ Training: Training | null }>(
        'query ($id: ID!) { Training(id: $id) { id } }',
        {
          id: tr.id,
        },
      );
      expect(gone.Training).toBeNull();
    });

    it('refuses a day that does not exist, naming `date`', async () => {
      for (const date of ['2023-02-30', '2023-13-01', '23-02-01']) {
        const res = await admin.request(
          'mutation ($d: String!) { createTraining(date: $d, topic: "x") { id } }',
          {
            d: date,
          },
        );
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.field).toBe('date');
        expect(res.errors?.[0].message).toContain('date');
      }
    });

    it('trainingCoverage flags a year without a training and not a year with one', async () => {
      await createTraining({ date: '2018-06-01', topic: '创建工作培训' });
      const data = await viewer.data<{
        trainingCoverage: { year: number; trainingCount: number; flagged: boolean }[];
      }>('query { trainingCoverage(fromYear: 2017, toYear: 2018) { year trainingCount flagged } }');
      expect(data.trainingCoverage).toEqual([
        { year: 2017, trainingCount: 0, flagged: true },
        { year: 2018, trainingCount: 1, flagged: false },
      ]);
      const backwards = await viewer.request(
        'query { trainingCoverage(fromYear: 2018, toYear: 2017) { year } }',
      );
      expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    });
  });

  describe('annual review', () => {
    let trainedDirectly: Township;
    let trainedThroughVillage: Township;

    beforeAll(async () => {
      // One training of the year attended by a township itself, another by a village of another township.
      trainedDirectly = townships[2];
      trainedThroughVillage = townships[3];
      await createTraining({
        date: `${YEAR}-03-15`,
        topic: '创建标准解读',
        townshipIds: [trainedDirectly.id],
      });
      await createTraining({
        date: `${YEAR}-09-20`,
        topic: '村级集体经济培训',
        villageIds: [villagesOf(trainedThroughVillage.id)[0].id],
      });
    });

    /** The default formula, recomputed from what the API itself lists. */
    async function expectedReview(year: number, weights = { c: 40, p: 30, t: 10, q: 20 }) {
      const certifications = await admin.allRows<Certification>(
        'allCertifications',
        'villageId tier year status',
      );
      const applications = await admin.allRows<Application>('allApplications', 'villageId year status', {
        year,
      });
      const trainings = await admin.allRows<Training>('allTrainings', TRAINING, { year });
      const scheme = await admin.data<{ activeScheme: { rules: { newReachRatio: number } } }>(
        'query ($y: Int) { activeScheme(year: $y) { rules { newReachRatio } } }',
        { y: year },
      );
      const ratio = scheme.activeScheme.rules.newReachRatio;
      const townshipOf = new Map(villages.map((v) => [v.id, v.townshipId]));
      const active = certifications.filter((c) => c.status === 'ACTIVE' && c.tier >= 1);
      const heldNow = new Set(active.filter((c) => c.year === year).map((c) => c.villageId));
      const heldBefore = new Set(active.filter((c) => c.year < year).map((c) => c.villageId));
      return townships.map((tw) => {
        const own = villagesOf(tw.id);
        const certified = own.filter((v) => heldNow.has(v.id)).length;
        const newly = own.filter((v) => heldNow.has(v.id) && !heldBefore.has(v.id)).length;
        const apps = applications.filter(
          (a) => a.status !== 'DRAFT' && townshipOf.get(a.villageId) === tw.id,
        );
        const returned = apps.filter((a) => a.status === 'RETURNED').length;
        const failed = apps.filter((a) => a.status === 'FAILED').length;
        const attended = trainings.filter(
          (x) => x.townshipIds.includes(tw.id) || x.villageIds.some((v) => townshipOf.get(v) === tw.id),
        ).length;
        const target = Math.ceil(own.length * ratio - 1e-9);
        const certifiedShare = own.length ? certified / own.length : 0;
        const planProgress = target ? Math.min(1, newly / target) : 0;
        const quality = 1 - Math.min(1, (returned + failed) / Math.max(1, apps.length));
        const score =
          weights.c * certifiedShare +
          weights.p * planProgress +
          weights.t * (attended >= 1 ? 1 : 0) +
          weights.q * quality;
        return {
          townshipId: tw.id,
          score,
          components: {
            certifiedShare,
            planProgress,
            returnedApplications: returned,
            failedApplications: failed,
            applications: apps.length,
            applicationQuality: quality,
            trainingsAttended: attended,
            villageCount: own.length,
            certifiedVillages: certified,
            newlyReached: newly,
            newReachTarget: target,
          },
        };
      });
    }

    function compare(actual: TownshipReviewRow[], expected: Awaited<ReturnType<typeof expectedReview>>) {
      expect(actual).toHaveLength(expected.length);
      const byId = new Map(actual.map((r) => [r.townshipId, r]));
      const ranks = expectedRanks(expected.map((e) => e.score));
      expected.forEach((e, i) => {
        const row = byId.get(e.townshipId)!;
        expect(row.score).toBeCloseTo(e.score, 9);
        expect(row.rank).toBe(ranks[i]);
        for (const [key, value] of Object.entries(e.components)) {
          expect(row.components[key as keyof Components], key).toBeCloseTo(value, 9);
        }
      });
      // Best first.
      expect(actual.map((r) => r.rank)).toEqual([...actual.map((r) => r.rank)].sort((x, y) => x - y));
    }

    it('townshipReview scores every township by the default formula', async () => {
      const actual = await review(admin, YEAR);
      const expected = await expectedReview(YEAR);
      compare(actual, expected);
      // The demo county's 2016 is not a trivial case: some townships certified villages, some did not.
      const shares = new Set(actual.map((r) => r.components.certifiedShare > 0));
      expect(shares).toEqual(new Set([true, false]));
      expect(actual.some((r) => r.components.applications > 0)).toBe(true);
      const byId = new Map(actual.map((r) => [r.townshipId, r]));
      expect(byId.get(trainedDirectly.id)!.components.trainingsAttended).toBe(1);
      expect(byId.get(trainedThroughVillage.id)!.components.trainingsAttended).toBe(1);
    });

    it('custom weights change the scores, and keys left out keep their default', async () => {
      const onlyCertified = await review(admin, YEAR, {
        certifiedShare: 100,
        planProgress: 0,
        trainingsAttended: 0,
        applicationQuality: 0,
      });
      compare(onlyCertified, await expectedReview(YEAR, { c: 100, p: 0, t: 0, q: 0 }));
      for (const r of onlyCertified) expect(r.score).toBeCloseTo(100 * r.components.certifiedShare, 9);

      const moreTraining = await review(admin, YEAR, { trainingsAttended: 50 });
      compare(moreTraining, await expectedReview(YEAR, { c: 40, p: 30, t: 50, q: 20 }));
      const defaults = new Map((await review(admin, YEAR)).map((r) => [r.townshipId, r.score]));
      const trained = moreTraining.find((r) => r.townshipId === trainedDirectly.id)!;
      expect(trained.score - defaults.get(trained.townshipId)!).toBeCloseTo(40, 9);
    });

    it('a township officer sees the own township with its county-wide rank', async () => {
      const mine = await review(officer, YEAR);
      expect(mine).toHaveLength(1);
      const everyone = await review(admin, YEAR);
      expect(everyone.find((r) => r.townshipId === mine[0].townshipId)).toEqual(mine[0]);
    });

    it('refuses unknown weights and weights that are not numbers', async () => {
      const unknown = await admin.request(REVIEW, {
        year: YEAR,
        weights: { certifiedShare: 50, bogusWeight: 1 },
      });
      expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
      expect(unknown.errors?.[0].message).toContain('bogusWeight');
      expect(unknown.errors?.[0].extensions?.field).toBe('weights.bogusWeight');
      const notNumber = await admin.request(DEPARTMENT_REVIEW, {
        year: YEAR,
        weights: { planProgress: '30' },
      });
      expect(codeOf(notNumber)).toBe('BAD_USER_INPUT');
      expect(notNumber.errors?.[0].extensions?.field).toBe('weights.planProgress');
      const negative = await admin.request(REVIEW, { year: YEAR, weights: { planProgress: -1 } });
      expect(codeOf(negative)).toBe('BAD_USER_INPUT');
    });

    it('departmentReview averages the townships helped and those of the villages helped, each once', async () => {
      const [a, b] = [townships[0], townships[5]];
      const [va1, va2] = villagesOf(a.id);
      const vb = villagesOf(b.id)[0];
      const both = await createDepartment({
        name: '区发展改革局',
        kind: 'LINKED_ASSISTANCE',
        townshipIds: [a.id],
        villageIds: [vb.id],
      });
      const once = await createDepartment({
        name: '区财政局',
        kind: 'GROUP_ASSISTANCE',
        townshipIds: [a.id],
        villageIds: [va1.id, va2.id],
      });
      const idle = await createDepartment({ name: '区统计局', kind: 'PARTY_BUILDING_POVERTY_RELIEF' });

      for (const weights of [undefined, { trainingsAttended: 0, certifiedShare: 70 }]) {
        const scores = new Map((await review(admin, YEAR, weights)).map((r) => [r.townshipId, r.score]));
        const rows = (
          await viewer.data<{ departmentReview: DepartmentReviewRow[] }>(DEPARTMENT_REVIEW, {
            year: YEAR,
            weights,
          })
        ).departmentReview;
        const byId = new Map(rows.map((r) => [r.departmentId, r]));
        expect(byId.get(both.id)).toMatchObject({
          kind: 'LINKED_ASSISTANCE',
          townshipCount: 1,
          villageCount: 1,
        });
        expect(sorted(byId.get(both.id)!.bundledTownshipIds)).toEqual(sorted([a.id, b.id]));
        expect(byId.get(both.id)!.score).toBeCloseTo((scores.get(a.id)! + scores.get(b.id)!) / 2, 9);
        expect(byId.get(once.id)).toMatchObject({
          townshipCount: 1,
          villageCount: 2,
          bundledTownshipIds: [a.id],
        });
        expect(byId.get(once.id)!.score).toBeCloseTo(scores.get(a.id)!, 9);
        expect(byId.get(idle.id)).toMatchObject({
          score: null,
          rank: null,
          townshipCount: 0,
          villageCount: 0,
        });
        const scored = rows.filter((r) => r.score !== null);
        expect(scored.map((r) => r.rank)).toEqual(expectedRanks(scored.map((r) => r.score!)));
      }
    });

    it('takes the same number of SQL statements however many townships the county has', async () => {
      const statements = async () => {
        t.resetQueries();
        const rows = await review(admin, YEAR);
        return { rows: rows.length, statements: t.queries.length };
      };
      const before = await statements();
      for (let i = 1; i <= 3; i++) {
        const tw = await admin.data<{ createTownship: { id: string } }>(
          `mutation { createTownship(name: "测试镇${i}", code: "T-REVIEW-${i}") { id } }`,
        );
        await admin.data(
          `mutation ($t: ID!) { createVillage(name: "测试村${i}", code: "V-REVIEW-${i}", townshipId: $t) { id } }`,
          { t: tw.createTownship.id },
        );
      }
      const after = await statements();
      expect(after.rows).toBe(before.rows + 3);
      expect(after.statements).toBe(before.statements);
      // session, scheme in force (and its indicators), the townships in scope, the facts of all townships
      expect(before.statements).toBeLessThanOrEqual(6);
    });
  });
});
