import { isDeepStrictEqual } from 'node:util';
import { defaultParams, type TierLevel } from '@fanben/plugin-sdk';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IndicatorRegistry } from '../../county/indicator-registry.js';
import {
  Application,
  ApplicationStatus,
  OPEN_STATUSES,
} from '../../modules/applications/application.entity.js';
import { checkPreviousTier } from '../../modules/applications/application.rules.js';
import {
  Assessment,
  AssessmentStatus,
  type StoredStep,
} from '../../modules/assessments/assessment.entity.js';
import { Cadre } from '../../modules/cadres/cadre.entity.js';
import { Certification } from '../../modules/certifications/certification.entity.js';
import type { County } from '../../modules/geography/county.entity.js';
import { VillageEconomy } from '../../modules/geography/village-economy.entity.js';
import { Village } from '../../modules/geography/village.entity.js';
import {
  evaluate,
  evaluateAll,
  readinessOf,
  resolveIndicators,
  weakestFirst,
  type Evaluation,
  type ResolvedIndicator,
} from '../../modules/schemes/evaluation.js';
import type { Scheme } from '../../modules/schemes/scheme.entity.js';
import { schemeInForce } from '../../modules/schemes/scheme.service.js';
import { User } from '../../modules/users/user.entity.js';

/**
 * The demo county's history (domain.md §4, §6): declared values, applications in every state,
 * weakest-first assessments and certifications for 2015 and 2016, and open applications for 2017.
 * Every record is built through the real evaluation code, so each stored step replays. Deterministic:
 * seeded randomness and fixed dates only.
 *
 * §6's 2016 result: 25 villages named, 145 cadres rewarded, 2.28 million yuan. With 10,000 per Standard
 * cadre and village and 20,000 per Model cadre and village, Model cadres + Model villages = 58:
 * 8 Model villages with 50 cadres and 17 Standard villages with 95 (domain.md §6).
 * (17 × 10,000 + 95 × 10,000 + 8 × 20,000 + 50 × 20,000 = 2,280,000.)
 */
const STANDARD_2016 = { villages: 17, cadres: 95 };
const MODEL_2016 = { villages: 8, cadres: 50 };

const HISTORY_YEARS = [2015, 2016, 2017] as const;
/** The demo's "this year": its applications are still on their way. */
const CURRENT_YEAR = 2017;
const LOCALE = 'zh-CN';
const ARGUMENT = 'declaredValues';

const DEFAULT_KEYS = [
  'organization.ten-ups',
  'organization.service-system',
  'environment.appearance',
  'civility.public-security',
  'civility.petitions',
  'civility.self-governance',
  'civility.cultural-life',
  'industry.collective-income',
  'industry.per-capita-income',
  'industry.specialty',
];

const TEN_UPS = [
  'venue',
  'redFlag',
  'equipment',
  'canteen',
  'rules',
  'activities',
  'seals',
  'services',
  'affairsDeliberation',
  'industry',
] as const;

/** The default scheme's requirements per tier (indicators-qixingguan.md); values are drawn above them. */
interface Requirements {
  ups: number;
  serviceOrganizations: number;
  serviceItems: number;
  greeningRate: number;
  lightingCoverage: number;
  sanitationScore: number;
  maxCriminalCases: number;
  maxUnresolvedPetitions: number;
  villagersAssemblies: number;
  culturalEvents: number;
  moralLectures: number;
  minPerCapitaIncome: number;
  specialtyIndustries: number;
  cooperatives: number;
}

const REQUIREMENTS: Record<TierLevel, Requirements> = {
  1: {
    ups: 8,
    serviceOrganizations: 2,
    serviceItems: 5,
    greeningRate: 30,
    lightingCoverage: 60,
    sanitationScore: 70,
    maxCriminalCases: 3,
    maxUnresolvedPetitions: 2,
    villagersAssemblies: 2,
    culturalEvents: 4,
    moralLectures: 2,
    minPerCapitaIncome: 7350,
    specialtyIndustries: 1,
    cooperatives: 1,
  },
  2: {
    ups: 9,
    serviceOrganizations: 3,
    serviceItems: 10,
    greeningRate: 40,
    lightingCoverage: 80,
    sanitationScore: 80,
    maxCriminalCases: 2,
    maxUnresolvedPetitions: 1,
    villagersAssemblies: 4,
    culturalEvents: 8,
    moralLectures: 4,
    minPerCapitaIncome: 7350,
    specialtyIndustries: 2,
    cooperatives: 2,
  },
  3: {
    ups: 10,
    serviceOrganizations: 5,
    serviceItems: 15,
    greeningRate: 50,
    lightingCoverage: 95,
    sanitationScore: 90,
    maxCriminalCases: 0,
    maxUnresolvedPetitions: 0,
    villagersAssemblies: 6,
    culturalEvents: 12,
    moralLectures: 6,
    minPerCapitaIncome: 10000,
    specialtyIndustries: 3,
    cooperatives: 3,
  },
};

type Values = Record<string, Record<string, unknown>>;

/** What the panel found on the first (weakest) indicator of an assessment that fails. */
interface Shortfall {
  key: string;
  /** Overrides of the declared values: where the village put itself at the edge. */
  declared: Record<string, unknown>;
  /** The verified values, which fall short. */
  verified: Record<string, unknown>;
}

interface Candidate {
  village: Village;
  townshipId: string;
  cadres: number;
  economy: Map<number, VillageEconomy>;
  income2016: number;
}

interface Planned {
  candidate: Candidate;
  year: number;
  tier: TierLevel;
  status: ApplicationStatus;
  shortfall?: Shortfall;
  /** ASSESSING: how many passing findings are already recorded. */
  recordedSteps?: number;
  vetComment?: string;
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32, seeded by a hash of the village code and year)
// ---------------------------------------------------------------------------------------------

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: one independent stream per village and purpose, whatever order the villages are handled in. */
function rngFor(...parts: (string | number)[]): Rng {
  let hash = 0x811c9dc5;
  for (const ch of parts.join(':')) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return mulberry32(hash ^ 0x5202_0505);
}

function randInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

// ---------------------------------------------------------------------------------------------
// Fixed dates
// ---------------------------------------------------------------------------------------------

const at = (year: number, month: number, day: number, hour = 9, minute = 0) =>
  new Date(Date.UTC(year, month - 1, day, hour - 8, minute)); // Beijing time

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const addMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

// ---------------------------------------------------------------------------------------------
// Declared values
// ---------------------------------------------------------------------------------------------

/** Per-capita disposable income, yuan a year: a level per village, growing about 8–9 % a year. */
function perCapitaIncome(candidate: Candidate, year: number): number {
  const level2016 = randInt(rngFor(candidate.village.code, 'per-capita'), 8200, 12_800);
  return Math.round(level2016 * 1.085 ** (year - 2016));
}

/** The economy record of the year, or the latest one before it (2017 declares 2016's accounts). */
function economyOf(candidate: Candidate, year: number): VillageEconomy {
  for (let y = year; y >= year - 2; y--) {
    const record = candidate.economy.get(y);
    if (record) return record;
  }
  throw new Error(`demo history: ${candidate.village.name} has no economy record for ${year}`);
}

function collectiveIncomeValues(candidate: Candidate, year: number): Record<string, unknown> {
  const record = economyOf(candidate, year);
  return {
    operatingIncome: record.operatingIncome,
    accumulation: record.collectiveAccumulation,
    ...(record.model ? { model: record.model } : {}),
  };
}

/**
 * Values a village plausibly declares when applying for a tier: every requirement met with a little
 * room to spare (so a shortfall placed at the edge is the weakest), the industry figures from its books.
 */
function declaredValues(candidate: Candidate, year: number, tier: TierLevel): Values {
  const rng = rngFor(candidate.village.code, year, tier);
  const r = REQUIREMENTS[tier];
  const ups = Math.min(TEN_UPS.length, r.ups + randInt(rng, 1, 2));
  const missing = new Set<string>();
  while (missing.size < TEN_UPS.length - ups) missing.add(TEN_UPS[randInt(rng, 2, TEN_UPS.length - 1)]);
  const perCapita = perCapitaIncome(candidate, year);
  return {
    'organization.ten-ups': Object.fromEntries(TEN_UPS.map((k) => [k, !missing.has(k)])),
    'organization.service-system': {
      partyCore: true,
      serviceOrganizations: r.serviceOrganizations + randInt(rng, 1, 3),
      serviceItems: r.serviceItems + randInt(rng, 1, 8),
    },
    'environment.appearance': {
      greeningRate: Math.min(100, r.greeningRate + randInt(rng, 3, 25)),
      lightingCoverage: Math.min(100, r.lightingCoverage + randInt(rng, 5, 35)),
      sanitationScore: Math.min(100, r.sanitationScore + randInt(rng, 4, 25)),
    },
    'civility.public-security': {
      majorIncidents: 0,
      criminalCases: randInt(rng, 0, Math.max(0, r.maxCriminalCases - 1)),
    },
    'civility.petitions': {
      escalatedPetitions: 0,
      unresolvedPetitions: randInt(rng, 0, Math.max(0, r.maxUnresolvedPetitions - 1)),
    },
    'civility.self-governance': {
      hasVillageRules: true,
      affairsPublished: true,
      villagersAssemblies: r.villagersAssemblies + randInt(rng, 1, 4),
    },
    'civility.cultural-life': {
      culturalEvents: r.culturalEvents + randInt(rng, 1, 8),
      moralLectures: r.moralLectures + randInt(rng, 1, 4),
    },
    'industry.collective-income': collectiveIncomeValues(candidate, year),
    'industry.per-capita-income': {
      perCapitaDisposableIncome: Math.max(perCapita, r.minPerCapitaIncome + randInt(rng, 300, 1500)),
    },
    'industry.specialty': {
      specialtyIndustries: r.specialtyIndustries + randInt(rng, 1, 2),
      cooperatives: r.cooperatives + randInt(rng, 1, 3),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Shortfalls the panel finds (domain.md §4: the weakest indicator fails, the rest is not assessed)
// ---------------------------------------------------------------------------------------------

function appearanceShortfall(declared: Values, tier: TierLevel): Shortfall {
  const edge = REQUIREMENTS[tier].greeningRate;
  const current = declared['environment.appearance'];
  return {
    key: 'environment.appearance',
    declared: { ...current, greeningRate: edge + 1 },
    verified: { ...current, greeningRate: edge - 4 },
  };
}

function securityShortfall(tier: TierLevel): Shortfall {
  const max = REQUIREMENTS[tier].maxCriminalCases;
  return {
    key: 'civility.public-security',
    declared: { majorIncidents: 0, criminalCases: max },
    verified: { majorIncidents: 0, criminalCases: max + 2 },
  };
}

function perCapitaShortfall(tier: TierLevel): Shortfall {
  const min = REQUIREMENTS[tier].minPerCapitaIncome;
  return {
    key: 'industry.per-capita-income',
    declared: { perCapitaDisposableIncome: min + 40 },
    verified: { perCapitaDisposableIncome: min - 230 },
  };
}

/** The books already show the shortfall: declared and verified alike. */
function incomeShortfall(candidate: Candidate, year: number): Shortfall {
  const values = collectiveIncomeValues(candidate, year);
  return { key: 'industry.collective-income', declared: values, verified: values };
}

// ---------------------------------------------------------------------------------------------
// Choosing the villages
// ---------------------------------------------------------------------------------------------

/** The first `count` candidates in pool order (readiest first) whose cadres add up to `cadres`. */
function chooseSet(pool: Candidate[], count: number, cadres: number, what: string): Candidate[] {
  const dead = new Set<string>();
  const walk = (i: number, left: number, sum: number): Candidate[] | null => {
    if (left === 0) return sum === 0 ? [] : null;
    if (i >= pool.length || sum <= 0 || pool.length - i < left) return null;
    const memo = `${i}:${left}:${sum}`;
    if (dead.has(memo)) return null;
    const candidate = pool[i];
    const taken = walk(i + 1, left - 1, sum - candidate.cadres);
    if (taken) return [candidate, ...taken];
    const skipped = walk(i + 1, left, sum);
    if (skipped) return skipped;
    dead.add(memo);
    return null;
  };
  const chosen = walk(0, count, cadres);
  if (!chosen) throw new Error(`demo history: no ${count} ${what} villages have ${cadres} cadres together`);
  return chosen;
}

/** The scheme in force, when it is the default scheme the demo history was written for; otherwise null. */
async function defaultSchemeFor(
  tx: EntityManager,
  county: County,
  registry: IndicatorRegistry,
  year: number,
): Promise<{ scheme: Scheme; indicators: ResolvedIndicator[] } | null> {
  let scheme: Scheme;
  try {
    scheme = await schemeInForce(tx, county.id, year);
  } catch {
    return null;
  }
  const rows = scheme.indicators.getItems();
  if (rows.some((r) => r.formula) || !rows.every((r) => registry.has(r.key))) return null;
  const indicators = resolveIndicators(registry, rows);
  const keys = indicators.map((i) => i.key);
  if (!isDeepStrictEqual([...keys].sort(), [...DEFAULT_KEYS].sort())) return null;
  const tiers: TierLevel[] = [1, 2, 3];
  const defaults = indicators.every((i) =>
    tiers.every((t) =>
      isDeepStrictEqual(i.params[String(t) as '1' | '2' | '3'], defaultParams(i.indicator, t)),
    ),
  );
  return defaults ? { scheme, indicators } : null;
}

// ---------------------------------------------------------------------------------------------
// The loader
// ---------------------------------------------------------------------------------------------

/**
 * Loads the demo county's certification history into the transaction of the demo loader. A county whose
 * scheme is not the default one gets no history: its declared values would not fit.
 */
export async function loadDemoHistory(
  tx: EntityManager,
  county: County,
  registry: IndicatorRegistry,
): Promise<void> {
  await tx.flush();
  const schemes = new Map<number, { scheme: Scheme; indicators: ResolvedIndicator[] }>();
  for (const year of HISTORY_YEARS) {
    const found = await defaultSchemeFor(tx, county, registry, year);
    if (!found) {
      // The generated values fit Qixingguan's default scheme only; another county's demo gets none.
      console.log(`Demo history skipped: the scheme in force for ${year} is not the default one.`);
      return;
    }
    schemes.set(year, found);
  }
  const schemeOf = (year: number) => {
    const found = schemes.get(year);
    if (!found) throw new Error(`demo history: no scheme for ${year}`);
    return found;
  };

  // One read: a transaction holds one connection, and pg warns of (pg 9 refuses) overlapping queries.
  const demoUsers = await tx.find(User, {
    county,
    username: { $in: ['demo.assessor', 'demo.township', 'demo.clerk'] },
  });
  const [assessor, officer, clerk] = ['demo.assessor', 'demo.township', 'demo.clerk'].map((username) =>
    demoUsers.find((u) => u.username === username),
  );
  const assessorId = assessor?.id ?? (await tx.findOneOrFail(User, { username: 'admin' })).id;
  const demoVillageId = clerk?.village?.id;
  const demoTownshipId = officer?.township?.id;

  // The villages, their active cadres and their books, as the demo loader stored them.
  const villages = await tx.find(Village, { county }, { orderBy: { code: 'asc' } });
  const cadreCounts = new Map<string, number>();
  for (const cadre of await tx.find(Cadre, { county, active: true })) {
    cadreCounts.set(cadre.village.id, (cadreCounts.get(cadre.village.id) ?? 0) + 1);
  }
  const books = new Map<string, Map<number, VillageEconomy>>();
  for (const record of await tx.find(VillageEconomy, { county })) {
    const byYear = books.get(record.village.id) ?? new Map<number, VillageEconomy>();
    byYear.set(record.year, record);
    books.set(record.village.id, byYear);
  }
  const candidates: Candidate[] = villages.map((village) => {
    const economy = books.get(village.id) ?? new Map<number, VillageEconomy>();
    return {
      village,
      townshipId: village.township.id,
      cadres: cadreCounts.get(village.id) ?? 0,
      economy,
      income2016: economy.get(2016)?.operatingIncome ?? 0,
    };
  });
  // Readiest first: the richer collective economy first, then by code.
  candidates.sort((a, b) => b.income2016 - a.income2016 || a.village.code.localeCompare(b.village.code));

  const income = schemeOf(2016).indicators.find((i) => i.key === 'industry.collective-income');
  if (!income) throw new Error('demo history: the scheme lacks industry.collective-income');
  const incomePasses = (c: Candidate, year: number, tier: TierLevel) =>
    c.economy.has(year) &&
    evaluate(income, tier, collectiveIncomeValues(c, year), { locale: LOCALE, argument: ARGUMENT }).passed;

  const demoVillage = candidates.find((c) => c.village.id === demoVillageId);
  const certifiable = candidates.filter((c) => c !== demoVillage && incomePasses(c, 2016, 1));

  // Model in 2016: Standard in 2015 already, so 2015's books must reach the Standard threshold too.
  const model = chooseSet(
    certifiable.filter((c) => incomePasses(c, 2015, 1) && incomePasses(c, 2016, 2)),
    MODEL_2016.villages,
    MODEL_2016.cadres,
    'Model',
  );
  const standard = chooseSet(
    certifiable.filter((c) => !model.includes(c)),
    STANDARD_2016.villages,
    STANDARD_2016.cadres,
    'Standard',
  );
  const named = new Set([...model, ...standard]);
  const others = certifiable.filter((c) => !named.has(c));
  const pick = (list: Candidate[], index: number, what: string): Candidate => {
    const found = list[index];
    if (!found) throw new Error(`demo history: not enough villages for ${what}`);
    return found;
  };

  const plans: Planned[] = [];
  const pass = (candidate: Candidate, year: number, tier: TierLevel) =>
    plans.push({ candidate, year, tier, status: ApplicationStatus.PASSED });
  const fail = (candidate: Candidate, year: number, tier: TierLevel, shortfall: Shortfall) =>
    plans.push({ candidate, year, tier, status: ApplicationStatus.FAILED, shortfall });

  // 2015: the future Model villages and a few others named Standard; two fall short of the income.
  for (const c of model) pass(c, 2015, 1);
  for (const c of standard.filter((s) => incomePasses(s, 2015, 1)).slice(0, 3)) pass(c, 2015, 1);
  for (const c of [...standard, ...others]
    .filter((s) => s.economy.has(2015) && !incomePasses(s, 2015, 1))
    .slice(0, 2)) {
    fail(c, 2015, 1, incomeShortfall(c, 2015));
  }

  // 2016 (§6): 9 Model, 16 Standard; four villages fail at their weakest indicator, the demo village among them.
  for (const c of model) pass(c, 2016, 2);
  for (const c of standard) pass(c, 2016, 1);
  const securityFailed = pick(others, 0, 'a 2016 failure');
  fail(securityFailed, 2016, 1, securityShortfall(1));
  fail(pick(others, 1, 'a 2016 failure'), 2016, 1, perCapitaShortfall(1));
  const nearMiss = candidates.find(
    (c) =>
      c !== demoVillage &&
      !incomePasses(c, 2016, 1) &&
      (c.economy.get(2016)?.collectiveAccumulation ?? 0) >= 30_000,
  );
  if (nearMiss) fail(nearMiss, 2016, 1, incomeShortfall(nearMiss, 2016));
  if (demoVillage) {
    fail(demoVillage, 2016, 1, appearanceShortfall(declaredValues(demoVillage, 2016, 1), 1));
  }

  // 2017, under way: one application of each open status (the demo township gets one to vet).
  const standardElsewhere = standard.filter((c) => c.townshipId !== demoTownshipId);
  const open = (
    candidate: Candidate,
    tier: TierLevel,
    status: ApplicationStatus,
    extra: Partial<Planned> = {},
  ) => plans.push({ candidate, year: CURRENT_YEAR, tier, status, ...extra });
  open(pick(standardElsewhere, 0, 'ASSESSING'), 2, ApplicationStatus.ASSESSING, { recordedSteps: 2 });
  open(pick(standardElsewhere, 1, 'FORWARDED'), 2, ApplicationStatus.FORWARDED);
  open(pick(standardElsewhere, 2, 'FORWARDED'), 2, ApplicationStatus.FORWARDED);
  const standardHere = standard.find((c) => c.townshipId === demoTownshipId);
  if (standardHere) open(standardHere, 2, ApplicationStatus.SUBMITTED);
  open(pick(others, 2, 'SUBMITTED'), 1, ApplicationStatus.SUBMITTED);
  open(pick(others, 3, 'RETURNED'), 1, ApplicationStatus.RETURNED, {
    vetComment: '集体经营性收入缺少财务凭证，请补充村务监督委员会审核意见和年度收支明细后重新提交。',
  });
  open(securityFailed, 1, ApplicationStatus.DRAFT);
  open(pick(model, 0, 'a tier 3 draft'), 3, ApplicationStatus.DRAFT);

  const openKeys = new Set<string>();
  for (const p of plans.filter((x) => OPEN_STATUSES.includes(x.status))) {
    const key = `${p.candidate.village.id}:${p.year}`;
    if (openKeys.has(key)) throw new Error(`demo history: two open applications of ${key}`);
    openKeys.add(key);
  }

  for (const year of HISTORY_YEARS) {
    const { scheme, indicators } = schemeOf(year);
    const ofYear = plans.filter((p) => p.year === year);
    for (const p of ofYear) {
      // The real rule: tier N needs tier N−1 held for the year or the year before (flushed below).
      await checkPreviousTier(tx, scheme, p.candidate.village.id, year, p.tier);
    }
    buildYear(tx, county, year, scheme, indicators, ofYear, assessorId);
    await tx.flush();
  }
}

interface Built {
  plan: Planned;
  declared: Values;
  evaluations: Evaluation[];
  order: string[];
}

/** Applications, assessments and certifications of one year, dated along the year's procedure. */
function buildYear(
  tx: EntityManager,
  county: County,
  year: number,
  scheme: Scheme,
  indicators: ResolvedIndicator[],
  plans: Planned[],
  assessorId: string,
): void {
  const byKey = new Map(indicators.map((i) => [i.key, i]));
  const built: Built[] = plans.map((plan) => {
    const declared = declaredValues(plan.candidate, plan.year, plan.tier);
    if (plan.shortfall) declared[plan.shortfall.key] = { ...plan.shortfall.declared };
    const evaluations = evaluateAll(indicators, plan.tier, declared, { locale: LOCALE, argument: ARGUMENT });
    const order = weakestFirst(evaluations, indicators);
    if (plan.shortfall && order[0] !== plan.shortfall.key) {
      throw new Error(
        `demo history: ${plan.candidate.village.name} ${plan.year}: ${plan.shortfall.key} is not the weakest (${order[0]})`,
      );
    }
    return { plan, declared, evaluations, order };
  });

  const current = year === CURRENT_YEAR;
  // The panel assesses the readiest villages first (§4).
  const assessed = built
    .filter((b) =>
      [ApplicationStatus.PASSED, ApplicationStatus.FAILED, ApplicationStatus.ASSESSING].includes(
        b.plan.status,
      ),
    )
    .sort((a, b) => readinessOf(b.evaluations) - readinessOf(a.evaluations));
  const assessmentDay = new Map(assessed.map((b, rank) => [b, rank]));

  built.forEach((b, i) => {
    const { plan, declared, evaluations, order } = b;
    const createdAt = current ? at(year, 3, 1 + (i % 20), 10) : at(year, 8, 1 + (i % 25), 10);
    const submittedAt = addDays(createdAt, 6);
    const vettedAt = current ? at(year, 4, 10 + (i % 12), 15) : at(year, 9, 20 + (i % 10), 15);
    const status = plan.status;
    const submitted = status !== ApplicationStatus.DRAFT;
    const vetted = submitted && status !== ApplicationStatus.SUBMITTED;
    const app = tx.create(Application, {
      county,
      village: plan.candidate.village,
      scheme,
      year: plan.year,
      targetTier: plan.tier,
      status,
      declaredValues: declared,
      readiness: readinessOf(evaluations),
      weakestIndicatorKey: order[0] ?? null,
      vetComment: plan.vetComment ?? null,
      submittedAt: submitted ? submittedAt : null,
      vettedAt: vetted ? vettedAt : null,
      createdAt,
      updatedAt: vetted ? vettedAt : submitted ? submittedAt : createdAt,
    });

    const rank = assessmentDay.get(b);
    if (rank === undefined) return;
    // Two villages a day, from the readiest down, one finding every 20 minutes.
    const start = current
      ? at(year, 5, 8 + Math.floor(rank / 2), rank % 2 ? 14 : 9)
      : at(year, 11, 2 + Math.floor(rank / 2), rank % 2 ? 14 : 9);
    const verified = plan.shortfall
      ? { ...declared, [plan.shortfall.key]: plan.shortfall.verified }
      : declared;
    const count =
      status === ApplicationStatus.ASSESSING
        ? (plan.recordedSteps ?? 1)
        : status === ApplicationStatus.FAILED
          ? 1
          : order.length;
    const steps: StoredStep[] = order.slice(0, count).map((key, k) => {
      const indicator = byKey.get(key);
      if (!indicator) throw new Error(`demo history: ${key} is not in the scheme`);
      const result = evaluate(indicator, plan.tier, verified[key], { locale: LOCALE, argument: 'values' });
      const shouldPass = status !== ApplicationStatus.FAILED;
      if (result.passed !== shouldPass) {
        throw new Error(
          `demo history: ${plan.candidate.village.name} ${plan.year}: ${key} did not come out as planned`,
        );
      }
      return { ...result, assessorId, recordedAt: addMinutes(start, 20 * (k + 1)).toISOString() };
    });
    const finished = status !== ApplicationStatus.ASSESSING;
    const finishedAt = finished ? addMinutes(start, 20 * steps.length) : null;
    const assessment = tx.create(Assessment, {
      county,
      application: app,
      status:
        status === ApplicationStatus.PASSED
          ? AssessmentStatus.PASSED
          : status === ApplicationStatus.FAILED
            ? AssessmentStatus.FAILED
            : AssessmentStatus.IN_PROGRESS,
      plan: order,
      steps,
      failedIndicatorKey: status === ApplicationStatus.FAILED ? order[0] : null,
      // The first villages assessed are the panel's reference for the others (§4).
      isReference: rank === 0 && status === ApplicationStatus.PASSED,
      startedBy: assessorId,
      finishedAt,
      createdAt: start,
      updatedAt: finishedAt ?? addMinutes(start, 20 * steps.length),
    });
    app.updatedAt = finishedAt ?? start;

    if (status === ApplicationStatus.PASSED) {
      // Named at the district's year-end meeting (§4).
      const namedAt = at(year, 12, 20, 10);
      tx.create(Certification, {
        county,
        village: plan.candidate.village,
        tier: plan.tier,
        year: plan.year,
        assessment,
        createdAt: namedAt,
        updatedAt: namedAt,
      });
    }
  });
}
