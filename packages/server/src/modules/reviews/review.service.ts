import type { EntityManager } from '@mikro-orm/postgresql';
import { rulesSchema } from '../../county/county-config.js';
import { AppError } from '../../graphql/errors.js';
import { ApplicationStatus } from '../applications/application.entity.js';
import { CertificationStatus } from '../certifications/certification.entity.js';
import { schemeInForce } from '../schemes/scheme.service.js';
import type { DepartmentKind } from './department.entity.js';
import { ranks, townshipScore, type ReviewWeights, type TownshipFacts } from './review.formula.js';
import type { DepartmentReview, TownshipReview, TrainingYear } from './review.views.js';

type Count = string | number | null;

/**
 * Every township's facts for a year in one statement, whatever the county's size: villages and their
 * certifications, the year's applications, and the trainings attended (by the township itself or by one
 * of its villages).
 */
const TOWNSHIP_FACTS = `
with reached as (
  select c.village_id,
         bool_or(c.year = ?) as held,
         bool_or(c.year < ?) as held_before
    from certification c
   where c.county_id = ? and c.status = ? and c.tier >= 1 and c.year <= ?
   group by c.village_id
), villages as (
  select v.township_id,
         count(*) as village_count,
         count(*) filter (where r.held) as certified,
         count(*) filter (where r.held and not r.held_before) as newly
    from village v
    left join reached r on r.village_id = v.id
   where v.county_id = ?
   group by v.township_id
), apps as (
  select v.township_id,
         count(*) as applications,
         count(*) filter (where a.status = ?) as returned,
         count(*) filter (where a.status = ?) as failed
    from application a
    join village v on v.id = a.village_id
   where a.county_id = ? and a.year = ? and a.status <> ?
   group by v.township_id
), trained as (
  select coalesce(ta.township_id, v.township_id) as township_id,
         count(distinct ta.training_id) as trainings
    from training_attendance ta
    join training t on t.id = ta.training_id
    left join village v on v.id = ta.village_id
   where ta.county_id = ? and t.year = ?
   group by coalesce(ta.township_id, v.township_id)
)
select t.id, t.name, t.code,
       vs.village_count, vs.certified, vs.newly,
       ap.applications, ap.returned, ap.failed,
       tr.trainings
  from township t
  left join villages vs on vs.township_id = t.id
  left join apps ap on ap.township_id = t.id
  left join trained tr on tr.township_id = t.id
 where t.county_id = ?
 order by t.sort_order asc nulls last, t.code asc`;

interface FactsRow {
  id: string;
  name: string;
  code: string;
  village_count: Count;
  certified: Count;
  newly: Count;
  applications: Count;
  returned: Count;
  failed: Count;
  trainings: Count;
}

/** The new-reach ratio of the scheme in force for the year; the default one when no scheme is. */
async function newReachRatio(em: EntityManager, countyId: string, year: number): Promise<number> {
  const scheme = await schemeInForce(em, countyId, year).catch((err: unknown) => {
    if (err instanceof AppError) return null;
    throw err;
  });
  return scheme?.rules.newReachRatio ?? rulesSchema.parse({}).newReachRatio;
}

/**
 * Every township of the county, scored and ranked for the year (the formula: review.formula.ts). A fixed
 * number of statements: the scheme in force, then TOWNSHIP_FACTS.
 */
export async function reviewTownships(
  em: EntityManager,
  countyId: string,
  year: number,
  weights: ReviewWeights,
): Promise<TownshipReview[]> {
  const ratio = await newReachRatio(em, countyId, year);
  const rows: FactsRow[] = await em
    .getConnection()
    .execute(TOWNSHIP_FACTS, [
      year,
      year,
      countyId,
      CertificationStatus.ACTIVE,
      year,
      countyId,
      ApplicationStatus.RETURNED,
      ApplicationStatus.FAILED,
      countyId,
      year,
      ApplicationStatus.DRAFT,
      countyId,
      year,
      countyId,
    ]);
  const scored = rows.map((r) => {
    const facts: TownshipFacts = {
      villageCount: Number(r.village_count ?? 0),
      certifiedVillages: Number(r.certified ?? 0),
      newlyReached: Number(r.newly ?? 0),
      applications: Number(r.applications ?? 0),
      returnedApplications: Number(r.returned ?? 0),
      failedApplications: Number(r.failed ?? 0),
      trainingsAttended: Number(r.trainings ?? 0),
    };
    const s = townshipScore(facts, weights, ratio);
    return {
      townshipId: r.id,
      name: r.name,
      code: r.code,
      score: s.score,
      rank: 0,
      components: {
        ...facts,
        certifiedShare: s.certifiedShare,
        planProgress: s.planProgress,
        applicationQuality: s.applicationQuality,
        newReachTarget: s.newReachTarget,
      },
    };
  });
  const rank = ranks(scored.map((s) => s.score));
  scored.forEach((s, i) => (s.rank = rank[i]));
  return scored.sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code));
}

/** Each department with the townships it helps and the townships of the villages it helps, in one statement. */
const DEPARTMENT_LINKS = `
select d.id, d.name, d.kind, da.township_id, da.village_id, v.township_id as village_township_id
  from department d
  left join department_assignment da on da.department_id = d.id
  left join village v on v.id = da.village_id
 where d.county_id = ?
 order by d.name asc, d.id asc`;

interface LinkRow {
  id: string;
  name: string;
  kind: DepartmentKind;
  township_id: string | null;
  village_id: string | null;
  village_township_id: string | null;
}

/**
 * The bundled review (捆绑考核) of every department: the average score of the townships it is bundled
 * with — the townships it helps and the townships of the villages it helps, each township counted once
 * however many of its villages the department helps. A department helping nothing has no score.
 */
export async function reviewDepartments(
  em: EntityManager,
  countyId: string,
  year: number,
  weights: ReviewWeights,
): Promise<DepartmentReview[]> {
  const townships = await reviewTownships(em, countyId, year, weights);
  const scoreOf = new Map(townships.map((t) => [t.townshipId, t.score]));
  const rows: LinkRow[] = await em.getConnection().execute(DEPARTMENT_LINKS, [countyId]);
  const byId = new Map<
    string,
    { row: LinkRow; townships: Set<string>; villages: Set<string>; bundled: Set<string> }
  >();
  for (const row of rows) {
    const d = byId.get(row.id) ?? { row, townships: new Set(), villages: new Set(), bundled: new Set() };
    byId.set(row.id, d);
    if (row.township_id) {
      d.townships.add(row.township_id);
      d.bundled.add(row.township_id);
    }
    if (row.village_id) {
      d.villages.add(row.village_id);
      if (row.village_township_id) d.bundled.add(row.village_township_id);
    }
  }
  const reviews: DepartmentReview[] = [...byId.values()].map((d) => {
    const bundled = [...d.bundled].sort();
    const scores = bundled.map((id) => scoreOf.get(id) ?? 0);
    return {
      departmentId: d.row.id,
      name: d.row.name,
      kind: d.row.kind,
      score: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
      rank: null,
      townshipCount: d.townships.size,
      villageCount: d.villages.size,
      bundledTownshipIds: bundled,
    };
  });
  const scored = reviews.filter((r) => r.score !== null);
  const rank = ranks(scored.map((r) => r.score!));
  scored.forEach((r, i) => (r.rank = rank[i]));
  // Scored departments best first, then those helping nothing, each by name.
  const order = (r: DepartmentReview) => r.rank ?? Number.MAX_SAFE_INTEGER;
  return reviews.sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name));
}

/** Trainings held per year in [fromYear, toYear]; a year with none is flagged. One statement. */
export async function trainingCoverage(
  em: EntityManager,
  countyId: string,
  fromYear: number,
  toYear: number,
): Promise<TrainingYear[]> {
  const rows: { year: number; n: Count }[] = await em
    .getConnection()
    .execute(
      'select year, count(*) as n from training where county_id = ? and year between ? and ? group by year',
      [countyId, fromYear, toYear],
    );
  const counts = new Map(rows.map((r) => [Number(r.year), Number(r.n ?? 0)]));
  const years: TrainingYear[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const trainingCount = counts.get(year) ?? 0;
    years.push({ year, trainingCount, flagged: trainingCount === 0 });
  }
  return years;
}
