/**
 * Demo data for 七星关区 (Qixingguan District, Bijie, Guizhou): the county of the source article
 * (People's Daily, 2017-03-06; see the domain notes §1, §3, §6). Pure and deterministic — no I/O, no Math.random —
 * so a seed run, a test and a demo all see the same villages.
 *
 * The aggregates match the article: 42 townships, 508 villages/communities, 2,053 cadres,
 * ~1.58 million people; in 2016, 350 villages with collective accumulation, 98 with accumulation
 * ≥ 30,000 CNY and operating income ≥ 10,000 CNY. Individual names and figures are invented
 * (township names are the real ones; 柏杨林街道, 小吉场镇 and 大河乡 complete the list to 42); 清塘村 of 长春堡镇 is the article's example.
 */

export type CollectiveModel = 'LAND' | 'ASSETS' | 'RESOURCES' | 'CAPITAL' | 'COOPERATIVE_SERVICE';
export interface DemoEconomy {
  year: number;
  collectiveAccumulation: number;
  operatingIncome: number;
  model: CollectiveModel | null;
}
export interface DemoCadre {
  name: string;
  position: string;
  gender: 'M' | 'F';
  active: boolean;
}
export interface DemoVillage {
  code: string;
  name: string;
  kind: 'VILLAGE' | 'COMMUNITY';
  population: number;
  households: number;
  cadres: DemoCadre[];
  economy: DemoEconomy[];
}
export interface DemoTownship {
  code: string;
  name: string;
  kind: 'TOWN' | 'TOWNSHIP' | 'SUBDISTRICT';
  villages: DemoVillage[];
}
export interface DemoCounty {
  code: string;
  name: string;
  townships: DemoTownship[];
}

// ---------------------------------------------------------------------------------------------
// Targets (from the article, except where marked "ours")
// ---------------------------------------------------------------------------------------------

const COUNTY_CODE = '520502';
const COUNTY_NAME = '七星关区';
const TOTAL_CADRES = 2053;
const TOTAL_POPULATION = 1_580_000; // "现有人口158万人"
const MIN_POPULATION = 800;
const MAX_POPULATION = 12_000;
const PEOPLE_PER_HOUSEHOLD = 3.4; // ours
const MIN_CADRES = 3;
const MAX_CADRES = 6;
/** Ours: a few of the strongest villages run larger committees (7), as Model villages of the source do. */
const LARGE_COMMITTEE = 7;
const LARGE_CERTIFIABLE = 4;
const VILLAGES_WITH_ACCUMULATION = 350;
const QUALIFYING_VILLAGES = 98; // accumulation ≥ 30,000 and operating income ≥ 10,000
/** Ours: how many of the 98 also reach operating income ≥ 30,000 (the Standard/Model threshold). */
const CERTIFIABLE_VILLAGES = 45;
/** Ours: how many certifiable villages get a full six-person committee (see assignCadreCounts). */
const FULLY_STAFFED_CERTIFIABLE = 30;
const ECONOMY_YEARS = [2015, 2016] as const;

const SHOWCASE_TOWNSHIP = '长春堡镇';
const SHOWCASE_VILLAGE = '清塘'; // 清塘村: convenience store, > 30,000 CNY a year (§3)

// ---------------------------------------------------------------------------------------------
// Townships: [name, communities, villages]. 9 sub-districts + 26 towns + 7 townships = 42; the counts add up to 508.
// Sub-districts are mostly communities; a town seat usually has one or two communities.
// ---------------------------------------------------------------------------------------------

type TownshipSpec = readonly [name: string, communities: number, villages: number];

const SUBDISTRICTS: readonly TownshipSpec[] = [
  ['市东街道', 10, 0],
  ['市西街道', 9, 0],
  ['三板桥街道', 8, 4],
  ['大新桥街道', 7, 3],
  ['观音桥街道', 6, 3],
  ['洪山街道', 6, 4],
  ['德溪街道', 5, 3],
  ['碧阳街道', 5, 3],
  ['柏杨林街道', 4, 3],
];

const TOWNS: readonly TownshipSpec[] = [
  ['长春堡镇', 2, 16],
  ['撒拉溪镇', 1, 16],
  ['杨家湾镇', 2, 14],
  ['放珠镇', 1, 12],
  ['青场镇', 1, 12],
  ['水箐镇', 1, 12],
  ['何官屯镇', 1, 14],
  ['对坡镇', 1, 12],
  ['大银镇', 1, 11],
  ['林口镇', 1, 12],
  ['生机镇', 1, 12],
  ['清水铺镇', 1, 13],
  ['燕子口镇', 1, 14],
  ['八寨镇', 1, 13],
  ['朱昌镇', 2, 13],
  ['田坝镇', 1, 12],
  ['鸭池镇', 2, 15],
  ['梨树镇', 1, 12],
  ['岔河镇', 1, 13],
  ['小坝镇', 1, 12],
  ['层台镇', 1, 11],
  ['普宜镇', 1, 12],
  ['龙场营镇', 2, 14],
  ['海子街镇', 2, 13],
  ['亮岩镇', 1, 11],
  ['小吉场镇', 1, 10],
];

const ETHNIC_AND_OTHER_TOWNSHIPS: readonly TownshipSpec[] = [
  ['阴底彝族苗族白族乡', 0, 10],
  ['千溪彝族苗族白族乡', 0, 9],
  ['阿市苗族彝族乡', 0, 11],
  ['大屯彝族乡', 0, 8],
  ['野角乡', 0, 8],
  ['团结彝族苗族乡', 0, 9],
  ['大河乡', 0, 7],
];

// ---------------------------------------------------------------------------------------------
// Name material (whitespace-separated, to keep the lists compact)
// ---------------------------------------------------------------------------------------------

function words(text: string): string[] {
  return text.trim().split(/\s+/);
}

/** Common Guizhou village names, used before the generated combinations below. */
const CLASSIC_VILLAGE_NAMES = words(`
  石桥 大坪 新华 松林 龙井 白岩 高峰 水井 坪子 沙坝 青山 瓦窑
  双河 红岩 黄泥 杨柳 柏香 花园 马场 凉水 干河 海子 长岭 桃园
  茶园 竹林 梨园 岩脚 坡头 营盘 新寨 老街 关口 金沙 银厂 鸡场
  羊街 中寨 三合 五里 七里 新民 光明 红星 民主 和平 前进 先锋
  胜利 联合 永兴 兴隆 富民 幸福 建设 向阳 东风 红旗 群丰 团山
`);

// A village name is often "<feature or colour><landform>": 石+桥, 白+岩, 龙+井 …
const NAME_FIRST_SYLLABLES = words(`
  清 石 大 新 松 龙 白 高 水 沙 青 瓦 双 红 黄 杨
  柏 花 马 凉 干 海 长 桃 茶 竹 岩 小 金 银 鸡 羊
  中 三 五 七 上 下 老 铜
`);
const NAME_SECOND_SYLLABLES = words(`
  塘 桥 坪 坝 山 河 沟 湾 寨 田 冲 坡 箐 井 岩 林
  营 屯 场 关 堡 岭 园 峰 窑
`);

/** Urban-sounding names for sub-district communities. */
const COMMUNITY_NAMES = words(`
  人民 文化 育英 南关 北关 东关 西关 环城 学院 滨河 翠屏 锦绣
  金银山 倒天河 同心 富康 安康 朝阳 双井 桂花 百花 麻园 民生 振兴
  新街 东门 西门 南门 北门 广场 银河 城南 城北 开发区 迎宾 明珠
  星光 康乐 阳光 华丰 惠民 鸿泰 龙泉 金桥 和谐 新区 麻湾 沙子坡
  双山 松山 滨江 碧海 金海 德润 荷花 紫荆 月亮湾 观音阁 水巷
`);

const SURNAMES = words(`
  王 李 张 陈 杨 刘 罗 赵 吴 周 龙 安 陇 苏 朱 彭
  黄 何 胡 邓 熊 肖 谢 许 禄
`);
const MALE_GIVEN_CHARS = words(`
  国 明 强 军 华 勇 伟 林 平 文 福 贵 富 忠 德 成
  海 江 兴 发 永 正 学 光 荣 祥 进 松 涛 波 超 刚
  建 志 开 友 洪 义
`);
const FEMALE_GIVEN_CHARS = words(`
  芳 丽 英 秀 兰 梅 琴 霞 敏 燕 萍 娟 玲 艳 红 珍
  凤 菊 群 婷 慧 静 琼 春 桂 会
`);

// ---------------------------------------------------------------------------------------------
// Positions
// ---------------------------------------------------------------------------------------------

const SECRETARY = '支部书记';
const VILLAGE_HEAD = '村委会主任';
const COMMUNITY_HEAD = '居委会主任';
const WOMENS_FEDERATION_CHAIR = '妇联主席';
const VILLAGE_EXTRA_POSITIONS = [
  '村委会副主任',
  '村务监督委员会主任',
  '文书',
  WOMENS_FEDERATION_CHAIR,
  '综治专干',
];
// A community has a 居委会: its deputy head is a 居委会副主任, not a 村委会副主任.
const COMMUNITY_EXTRA_POSITIONS = VILLAGE_EXTRA_POSITIONS.map((p) =>
  p === '村委会副主任' ? '居委会副主任' : p,
);
/** Ours: besides the women's federation chair, about one cadre in six is a woman (a quarter overall). */
const FEMALE_SHARE_OTHER_POSITIONS = 0.16;

/** Ours: land operation is the most common model in a farming district, capital operation the rarest. */
const MODEL_WEIGHTS: ReadonlyArray<readonly [CollectiveModel, number]> = [
  ['LAND', 30],
  ['ASSETS', 20],
  ['RESOURCES', 20],
  ['CAPITAL', 10],
  ['COOPERATIVE_SERVICE', 20],
];

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32): one stream per concern, so changing how e.g. names are drawn
// does not reshuffle the economy.
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

function randInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** An integer in [min, max] biased towards min (few villages are rich). */
function skewedInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() ** 2 * (max - min + 1));
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return at(items, Math.floor(rng() * items.length));
}

function pickWeighted<T>(rng: Rng, weighted: ReadonlyArray<readonly [T, number]>): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rng() * total;
  for (const [item, weight] of weighted) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return at(weighted, weighted.length - 1)[0];
}

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [result[i], result[j]] = [at(result, j), at(result, i)];
  }
  return result;
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`index ${index} out of range`);
  return item;
}

// ---------------------------------------------------------------------------------------------
// Layout: townships and village names/codes
// ---------------------------------------------------------------------------------------------

interface VillageSkeleton {
  townshipIndex: number;
  code: string;
  name: string;
  kind: DemoVillage['kind'];
}

function townshipKind(name: string): DemoTownship['kind'] {
  if (name.endsWith('街道')) return 'SUBDISTRICT';
  if (name.endsWith('乡')) return 'TOWNSHIP';
  return 'TOWN';
}

/** 阴底彝族苗族白族乡 → 阴底, 长春堡镇 → 长春堡, 市东街道 → 市东. */
function townshipBaseName(name: string): string {
  return name.replace(/((彝族|苗族|白族)+)?(乡|镇|街道)$/, '');
}

// NBS-style numbering: sub-districts 0xx, towns 1xx, townships 2xx; communities 0xx, villages 2xx.
function townshipCodes(): Array<{ spec: TownshipSpec; code: string }> {
  const number = (specs: readonly TownshipSpec[], base: number) =>
    specs.map((spec, i) => ({ spec, code: COUNTY_CODE + String(base + i + 1).padStart(3, '0') }));
  return [...number(SUBDISTRICTS, 0), ...number(TOWNS, 100), ...number(ETHNIC_AND_OTHER_TOWNSHIPS, 200)];
}

/** Hands out unique names from a list of candidates, in order; undefined once exhausted. */
function namePool(candidates: readonly string[], used: Set<string>): () => string | undefined {
  let next = 0;
  return () => {
    while (next < candidates.length) {
      const candidate = at(candidates, next++);
      if (!used.has(candidate)) {
        used.add(candidate);
        return candidate;
      }
    }
    return undefined;
  };
}

function buildSkeletons(rng: Rng, townships: ReturnType<typeof townshipCodes>): VillageSkeleton[] {
  const baseNames = townships.map(({ spec }) => townshipBaseName(spec[0]));
  // Township names are kept for their seat communities; 清塘 is kept for 长春堡镇.
  const used = new Set<string>([...baseNames, SHOWCASE_VILLAGE]);
  const combinations = NAME_FIRST_SYLLABLES.flatMap((first) =>
    NAME_SECOND_SYLLABLES.filter((second) => second !== first).map((second) => first + second),
  );
  const ruralNames = namePool([...shuffle(rng, CLASSIC_VILLAGE_NAMES), ...shuffle(rng, combinations)], used);
  const urbanNames = namePool(shuffle(rng, COMMUNITY_NAMES), used);
  const nextRuralName = (): string => {
    const name = ruralNames();
    if (name === undefined) throw new Error('village name pool exhausted');
    return name;
  };
  // There are more communities than listed urban names: the rest get ordinary place names.
  const nextUrbanName = (): string => urbanNames() ?? nextRuralName();

  const skeletons: VillageSkeleton[] = [];
  townships.forEach(({ spec: [townshipName, communities, villages], code }, townshipIndex) => {
    const isSubdistrict = townshipKind(townshipName) === 'SUBDISTRICT';
    for (let i = 0; i < communities; i++) {
      // A town's first community is its seat and carries the town's name (e.g. 林口社区).
      const base = !isSubdistrict && i === 0 ? at(baseNames, townshipIndex) : nextUrbanName();
      skeletons.push({
        townshipIndex,
        code: code + String(i + 1).padStart(3, '0'),
        name: `${base}社区`,
        kind: 'COMMUNITY',
      });
    }
    for (let i = 0; i < villages; i++) {
      const base = townshipName === SHOWCASE_TOWNSHIP && i === 0 ? SHOWCASE_VILLAGE : nextRuralName();
      skeletons.push({
        townshipIndex,
        code: code + String(200 + i + 1).padStart(3, '0'),
        name: `${base}村`,
        kind: 'VILLAGE',
      });
    }
  });
  return skeletons;
}

// ---------------------------------------------------------------------------------------------
// Population
// ---------------------------------------------------------------------------------------------

function clampPopulation(value: number): number {
  return Math.min(MAX_POPULATION, Math.max(MIN_POPULATION, value));
}

/** Random sizes (communities larger), scaled so the county totals exactly TOTAL_POPULATION. */
function assignPopulations(rng: Rng, skeletons: readonly VillageSkeleton[]): number[] {
  let populations = skeletons.map((v) =>
    v.kind === 'COMMUNITY' ? skewedInt(rng, 4000, 14_000) : skewedInt(rng, 1500, 6500),
  );
  // Clamping moves the total, so rescale a few times; the remainder is spread one person at a time.
  for (let round = 0; round < 5; round++) {
    const sum = populations.reduce((a, b) => a + b, 0);
    const scale = TOTAL_POPULATION / sum;
    populations = populations.map((p) => clampPopulation(Math.round(p * scale)));
  }
  let diff = TOTAL_POPULATION - populations.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % populations.length) {
    const step = Math.sign(diff);
    const adjusted = at(populations, i) + step;
    if (adjusted === clampPopulation(adjusted)) {
      populations[i] = adjusted;
      diff -= step;
    }
  }
  return populations;
}

function householdsFor(rng: Rng, population: number): number {
  const expected = Math.round(population / PEOPLE_PER_HOUSEHOLD);
  const spread = Math.max(1, Math.round(expected * 0.02));
  return Math.max(1, expected + randInt(rng, -spread, spread));
}

// ---------------------------------------------------------------------------------------------
// Collective economy
// ---------------------------------------------------------------------------------------------

/**
 * CERTIFIABLE: accumulation ≥ 30,000 and operating income ≥ 30,000 (can be named Standard/Model).
 * QUALIFYING: accumulation ≥ 30,000 and operating income 10,000–29,999.
 * ACCUMULATING: some accumulation but not both thresholds.
 * EMPTY: no accumulation ("空壳村").
 */
type EconomyClass = 'CERTIFIABLE' | 'QUALIFYING' | 'ACCUMULATING' | 'EMPTY';

function assignEconomyClasses(rng: Rng, skeletons: readonly VillageSkeleton[]): EconomyClass[] {
  const showcase = skeletons.findIndex((v) => v.name === `${SHOWCASE_VILLAGE}村`);
  if (showcase < 0) throw new Error(`${SHOWCASE_VILLAGE}村 missing from ${SHOWCASE_TOWNSHIP}`);
  const others = shuffle(
    rng,
    skeletons.map((_, i) => i).filter((i) => i !== showcase),
  );
  const classes: EconomyClass[] = skeletons.map(() => 'EMPTY');
  const order = [showcase, ...others];
  order.forEach((villageIndex, rank) => {
    if (rank < CERTIFIABLE_VILLAGES) classes[villageIndex] = 'CERTIFIABLE';
    else if (rank < QUALIFYING_VILLAGES) classes[villageIndex] = 'QUALIFYING';
    else if (rank < VILLAGES_WITH_ACCUMULATION) classes[villageIndex] = 'ACCUMULATING';
  });
  return classes;
}

interface Figures {
  collectiveAccumulation: number;
  operatingIncome: number;
}

function figures2016(rng: Rng, economyClass: EconomyClass, isShowcase: boolean): Figures {
  if (isShowcase) {
    return {
      collectiveAccumulation: randInt(rng, 80_000, 200_000),
      operatingIncome: randInt(rng, 32_000, 58_000),
    };
  }
  switch (economyClass) {
    case 'CERTIFIABLE':
      return {
        collectiveAccumulation: skewedInt(rng, 40_000, 600_000),
        operatingIncome: skewedInt(rng, 30_000, 150_000),
      };
    case 'QUALIFYING':
      return {
        collectiveAccumulation: skewedInt(rng, 30_000, 250_000),
        operatingIncome: randInt(rng, 10_000, 29_999),
      };
    case 'ACCUMULATING':
      // Either asset-rich with little income, or a small fund with some income.
      return rng() < 0.25
        ? { collectiveAccumulation: randInt(rng, 30_000, 120_000), operatingIncome: randInt(rng, 0, 9_999) }
        : { collectiveAccumulation: randInt(rng, 1_000, 29_999), operatingIncome: skewedInt(rng, 0, 24_000) };
    case 'EMPTY':
      return { collectiveAccumulation: 0, operatingIncome: rng() < 0.5 ? 0 : randInt(rng, 500, 9_000) };
  }
}

/** 2015 was a somewhat weaker year: each figure is 70–95 % of 2016. */
function scaleDown(rng: Rng, value: number): number {
  return Math.round(value * (0.7 + rng() * 0.25));
}

function buildEconomy(rng: Rng, economyClass: EconomyClass, isShowcase: boolean): DemoEconomy[] {
  const current = figures2016(rng, economyClass, isShowcase);
  let model: CollectiveModel | null = null;
  if (isShowcase) model = 'ASSETS';
  else if (current.collectiveAccumulation > 0) model = pickWeighted(rng, MODEL_WEIGHTS);
  const [previousYear, currentYear] = ECONOMY_YEARS;
  return [
    {
      year: previousYear,
      collectiveAccumulation: scaleDown(rng, current.collectiveAccumulation),
      operatingIncome: scaleDown(rng, current.operatingIncome),
      model,
    },
    { year: currentYear, ...current, model },
  ];
}

// ---------------------------------------------------------------------------------------------
// Cadres
// ---------------------------------------------------------------------------------------------

const CADRE_COUNT_WEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [3, 25],
  [4, 50],
  [5, 20],
  [6, 5],
];

/**
 * Certifiable villages get full committees (5–7), so that §6's 2016 result — 17 Standard villages
 * with 95 cadres and 8 Model villages with 50, 145 cadres in all — can be reproduced from them. The
 * other villages are drawn at random and then nudged one cadre at a time until the county has
 * exactly TOTAL_CADRES.
 */
function assignCadreCounts(rng: Rng, classes: readonly EconomyClass[]): number[] {
  let certifiableSeen = 0;
  const counts = classes.map((economyClass) => {
    if (economyClass !== 'CERTIFIABLE') return pickWeighted(rng, CADRE_COUNT_WEIGHTS);
    const rank = certifiableSeen++;
    if (rank < LARGE_CERTIFIABLE) return LARGE_COMMITTEE;
    return rank < FULLY_STAFFED_CERTIFIABLE ? MAX_CADRES : MAX_CADRES - 1;
  });
  const adjustable = classes.map((_, i) => i).filter((i) => classes[i] !== 'CERTIFIABLE');
  let diff = TOTAL_CADRES - counts.reduce((a, b) => a + b, 0);
  while (diff !== 0) {
    const i = pick(rng, adjustable);
    const adjusted = at(counts, i) + Math.sign(diff);
    if (adjusted >= MIN_CADRES && adjusted <= MAX_CADRES) {
      counts[i] = adjusted;
      diff -= Math.sign(diff);
    }
  }
  return counts;
}

function personName(rng: Rng, gender: DemoCadre['gender']): string {
  const chars = gender === 'F' ? FEMALE_GIVEN_CHARS : MALE_GIVEN_CHARS;
  const first = pick(rng, chars);
  let second = pick(rng, chars);
  while (second === first) second = pick(rng, chars);
  return pick(rng, SURNAMES) + first + second;
}

function buildCadres(rng: Rng, kind: DemoVillage['kind'], count: number): DemoCadre[] {
  const head = kind === 'COMMUNITY' ? COMMUNITY_HEAD : VILLAGE_HEAD;
  const extras = shuffle(rng, kind === 'COMMUNITY' ? COMMUNITY_EXTRA_POSITIONS : VILLAGE_EXTRA_POSITIONS);
  const positions = [SECRETARY, head, ...extras.slice(0, count - 2)];
  const names = new Set<string>();
  return positions.map((position) => {
    const gender: DemoCadre['gender'] =
      position === WOMENS_FEDERATION_CHAIR || rng() < FEMALE_SHARE_OTHER_POSITIONS ? 'F' : 'M';
    let name = personName(rng, gender);
    while (names.has(name)) name = personName(rng, gender);
    names.add(name);
    return { name, position, gender, active: true };
  });
}

// ---------------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------------

const SEEDS = { names: 0x5202_0501, population: 0x5202_0502, economy: 0x5202_0503, cadres: 0x5202_0504 };

export function buildDemoCounty(): DemoCounty {
  const townships = townshipCodes();
  const skeletons = buildSkeletons(mulberry32(SEEDS.names), townships);

  const populationRng = mulberry32(SEEDS.population);
  const populations = assignPopulations(populationRng, skeletons);

  const economyRng = mulberry32(SEEDS.economy);
  const classes = assignEconomyClasses(economyRng, skeletons);

  const cadreRng = mulberry32(SEEDS.cadres);
  const cadreCounts = assignCadreCounts(cadreRng, classes);

  const villages: DemoVillage[] = skeletons.map((skeleton, i) => {
    const population = at(populations, i);
    const isShowcase = skeleton.name === `${SHOWCASE_VILLAGE}村`;
    return {
      code: skeleton.code,
      name: skeleton.name,
      kind: skeleton.kind,
      population,
      households: householdsFor(populationRng, population),
      cadres: buildCadres(cadreRng, skeleton.kind, at(cadreCounts, i)),
      economy: buildEconomy(economyRng, at(classes, i), isShowcase),
    };
  });

  return {
    code: COUNTY_CODE,
    name: COUNTY_NAME,
    townships: townships.map(({ spec: [name], code }, townshipIndex) => ({
      code,
      name,
      kind: townshipKind(name),
      villages: villages.filter((_, i) => at(skeletons, i).townshipIndex === townshipIndex),
    })),
  };
}
