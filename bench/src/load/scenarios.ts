/**
 * What the load benchmark asks, twice: as the console asks our GraphQL server, and as one hand-written
 * SQL statement that builds the same JSON inside PostgreSQL (the floor: no ORM, no GraphQL, nothing
 * in Node but passing the text on). Both answers are compared before anything is measured (load.ts).
 *
 * Every floor statement checks the bearer token itself (`me`: the session's user, unexpired, active)
 * and reads the user's county, so it does the same authentication and tenancy work as the server. It
 * covers the admin's county-wide scope only; the server's scope rules for other roles are not mirrored.
 */
import { CERTIFIED_YEAR, WORKING_YEAR } from '../county.js';

export interface Scenario {
  name: string;
  /** What the row of the results table calls it. */
  label: string;
  /** The GraphQL document and variables the console sends. */
  query: string;
  variables: Record<string, unknown>;
  /** One SQL statement returning `body` (the whole JSON answer as text) and `authorized`. */
  floorSql: string;
  /** The statement's parameters; $1 is always the sha256 of the bearer token. */
  floorParams(tokenHash: string): unknown[];
  /** For the list: the page size, to compare statements per request between page sizes. */
  pageSize?: number;
}

/** The caller's county, or no row: the same session check as the server's (auth/sessions.ts). */
const ME = `me as (
  select u.county_id from session s join app_user u on u.id = s.user_id
  where s.token_hash = $1 and s.expires_at > now() and u.active
)`;
const AUTHORIZED = `exists (select 1 from me) as authorized`;
/** As GraphQL's DateTimeISO prints a JavaScript Date: milliseconds, UTC, `Z`. */
const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The village list as react-admin asks for a page (ra-data-graphql-simple's getList: the rows as
 * `items`, the count as `total`), with the columns a county office reads: township name, the tier held
 * in the working year, active cadres, where the year's application stands.
 */
const VILLAGE_LIST = `query allVillages($page: Int, $perPage: Int, $sortField: String, $sortOrder: String,
  $filter: VillageFilter, $year: Int) {
  items: allVillages(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder,
    filter: $filter) {
    id code name kind population households townshipId
    township { id name }
    cadreCount
    currentTier(year: $year)
    latestApplicationStatus(year: $year)
  }
  total: _allVillagesMeta(page: $page, perPage: $perPage, filter: $filter) { count }
}`;

const VILLAGE_LIST_SQL = `with ${ME},
page as (
  select v.* from village v where v.county_id = (select county_id from me)
  order by v.code, v.id limit $2 offset $3
)
select json_build_object('data', json_build_object(
  'items', coalesce((
    select json_agg(json_build_object(
      'id', p.id, 'code', p.code, 'name', p.name, 'kind', p.kind, 'population', p.population,
      'households', p.households, 'townshipId', p.township_id,
      'township', json_build_object('id', t.id, 'name', t.name),
      'cadreCount', (select count(*) from cadre c where c.village_id = p.id and c.active),
      'currentTier', (select max(c.tier) from certification c
        where c.village_id = p.id and c.year = $4 and c.status = 'ACTIVE'),
      'latestApplicationStatus', (select a.status from application a
        where a.village_id = p.id and a.year = $4 order by a.created_at desc, a.id desc limit 1)
    ) order by p.code, p.id)
    from page p join township t on t.id = p.township_id
  ), '[]'::json),
  'total', json_build_object('count', (select count(*) from village v where v.county_id = (select county_id from me)))
))::text as body, ${AUTHORIZED}`;

function villageList(perPage: number): Scenario {
  return {
    name: `villages${perPage}`,
    label: `allVillages ${perPage} rows`,
    query: VILLAGE_LIST,
    variables: { page: 0, perPage, sortField: 'code', sortOrder: 'ASC', filter: {}, year: WORKING_YEAR },
    floorSql: VILLAGE_LIST_SQL,
    floorParams: (tokenHash) => [tokenHash, perPage, 0, WORKING_YEAR],
    pageSize: perPage,
  };
}

/** The assessor's queue as the console's queue screen asks for it (workflow/queue/api.ts). */
const ASSESSMENT_QUEUE: Scenario = {
  name: 'assessmentQueue',
  label: 'assessmentQueue',
  query: `query AssessmentQueue($year: Int!) {
    assessmentQueue(year: $year) {
      id targetTier readiness weakestIndicatorKey vettedAt village { id name township { id name } }
    }
  }`,
  variables: { year: WORKING_YEAR },
  floorSql: `with ${ME}
select json_build_object('data', json_build_object('assessmentQueue', coalesce((
  select json_agg(json_build_object(
    'id', a.id, 'targetTier', a.target_tier, 'readiness', a.readiness,
    'weakestIndicatorKey', a.weakest_indicator_key, 'vettedAt', ${iso('a.vetted_at')},
    'village', json_build_object('id', v.id, 'name', v.name,
      'township', json_build_object('id', t.id, 'name', t.name))
  ) order by a.readiness desc nulls last, a.submitted_at, a.id)
  from application a join village v on v.id = a.village_id join township t on t.id = v.township_id
  where a.county_id = (select county_id from me) and a.year = $2 and a.status = 'FORWARDED'
), '[]'::json)))::text as body, ${AUTHORIZED}`,
  floorParams: (tokenHash) => [tokenHash, WORKING_YEAR],
};

/** The finance officer's statement as the console asks for it (workflow/statement/api.ts). */
const PAYOUT_SCHEDULE: Scenario = {
  name: 'payoutSchedule',
  label: 'payoutSchedule',
  query: `query Statement($year: Int!) {
    payoutSchedule(year: $year) {
      year villageCount cadreCount cadreRewardTotal activityFundTotal total
      lines { villageId villageName townshipId certificationId tier cadreCount cadreReward activityFund total }
    }
  }`,
  variables: { year: CERTIFIED_YEAR },
  floorSql: `with ${ME},
scheme as (
  select s.tiers from scheme s
  where s.county_id = (select county_id from me) and s.active and s.effective_from_year <= $2
  order by s.effective_from_year desc, s.created_at desc limit 1
),
highest as (
  select distinct on (c.village_id) c.id, c.village_id, c.tier from certification c
  where c.county_id = (select county_id from me) and c.year = $2 and c.status = 'ACTIVE'
  order by c.village_id, c.tier desc
),
cadres as (
  select village_id, count(*) as n from cadre
  where county_id = (select county_id from me) and active group by village_id
),
lines as (
  select h.village_id, v.name as village_name, v.township_id, h.id as certification_id, h.tier, v.code,
    coalesce(k.n, 0) as cadre_count,
    coalesce(k.n, 0) * (tier.amounts->>'cadreReward')::bigint as cadre_reward,
    (tier.amounts->>'activityFund')::bigint as activity_fund
  from highest h
  join village v on v.id = h.village_id
  cross join scheme s
  cross join lateral (select x from jsonb_array_elements(s.tiers) x where (x->>'level')::int = h.tier) tier(amounts)
  left join cadres k on k.village_id = h.village_id
)
select json_build_object('data', json_build_object('payoutSchedule', json_build_object(
  'year', $2::int, 'villageCount', count(*), 'cadreCount', coalesce(sum(cadre_count), 0),
  'cadreRewardTotal', coalesce(sum(cadre_reward), 0), 'activityFundTotal', coalesce(sum(activity_fund), 0),
  'total', coalesce(sum(cadre_reward + activity_fund), 0),
  'lines', coalesce(json_agg(json_build_object(
    'villageId', village_id, 'villageName', village_name, 'townshipId', township_id,
    'certificationId', certification_id, 'tier', tier, 'cadreCount', cadre_count,
    'cadreReward', cadre_reward, 'activityFund', activity_fund, 'total', cadre_reward + activity_fund
  ) order by code), '[]'::json)
)))::text as body, ${AUTHORIZED}
from lines`,
  floorParams: (tokenHash) => [tokenHash, CERTIFIED_YEAR],
};

/**
 * The smallest request there is: who am I. What every request pays before its own work — HTTP, the
 * session lookup, GraphQL's pipeline, one read — beside the floor's same session check.
 */
const ME_QUERY: Scenario = {
  name: 'me',
  label: 'me (fixed cost)',
  query: `query Me { me { id username role } }`,
  variables: {},
  floorSql: `with who as (
  select u.id, u.username, u.role from session s join app_user u on u.id = s.user_id
  where s.token_hash = $1 and s.expires_at > now() and u.active
)
select json_build_object('data', json_build_object('me',
  (select json_build_object('id', id, 'username', username, 'role', role) from who)
))::text as body, exists (select 1 from who) as authorized`,
  floorParams: (tokenHash) => [tokenHash],
};

export const SCENARIOS: Scenario[] = [
  ME_QUERY,
  villageList(50),
  villageList(500),
  ASSESSMENT_QUEUE,
  PAYOUT_SCHEDULE,
];
