import { describe, it, expect } from 'vitest';
import {
  buildDemoCounty,
  type CollectiveModel,
  type DemoEconomy,
  type DemoVillage,
} from './demo-county-data.js';

const county = buildDemoCounty();
const townships = county.townships;
const villages = townships.flatMap((t) => t.villages);
const cadres = villages.flatMap((v) => v.cadres);

function yearOf(village: DemoVillage, year: number): DemoEconomy {
  const record = village.economy.find((e) => e.year === year);
  if (!record) throw new Error(`${village.name} has no ${year} record`);
  return record;
}

const isQualifying = (e: DemoEconomy) => e.collectiveAccumulation >= 30_000 && e.operatingIncome >= 10_000;

// The real township names the demo must use (whitespace-separated).
const REAL_TOWNSHIP_NAMES = `
  市西街道 市东街道 三板桥街道 大新桥街道 观音桥街道 洪山街道 德溪街道 碧阳街道
  长春堡镇 撒拉溪镇 杨家湾镇 放珠镇 青场镇 水箐镇 何官屯镇 对坡镇
  大银镇 林口镇 生机镇 清水铺镇 燕子口镇 八寨镇 朱昌镇 田坝镇
  鸭池镇 梨树镇 岔河镇 小坝镇 层台镇 普宜镇 龙场营镇 海子街镇
  亮岩镇 阴底彝族苗族白族乡 千溪彝族苗族白族乡 阿市苗族彝族乡 大屯彝族乡 野角乡 团结彝族苗族乡
`
  .trim()
  .split(/\s+/);
const SURNAMES = '王李张陈杨刘罗赵吴周龙安陇苏朱彭黄何胡邓熊肖谢许禄';
const OTHER_POSITIONS = ['村委会副主任', '村务监督委员会主任', '文书', '妇联主席', '综治专干'];
const MODELS: CollectiveModel[] = ['LAND', 'ASSETS', 'RESOURCES', 'CAPITAL', 'COOPERATIVE_SERVICE'];

describe('buildDemoCounty: county and townships', () => {
  it('is 七星关区 with code 520502', () => {
    expect(county.code).toBe('520502');
    expect(county.name).toBe('七星关区');
  });

  it('has exactly 42 townships with unique names, including the real ones', () => {
    expect(townships).toHaveLength(42);
    const names = townships.map((t) => t.name);
    expect(new Set(names).size).toBe(42);
    expect(names).toEqual(expect.arrayContaining(REAL_TOWNSHIP_NAMES));
    for (const name of names) expect(name).toMatch(/^[\u4e00-\u9fa5]{2,}(镇|乡|街道)$/);
  });

  it('gives townships unique codes 520502 + 3 digits', () => {
    const codes = townships.map((t) => t.code);
    for (const code of codes) expect(code).toMatch(/^520502\d{3}$/);
    expect(new Set(codes).size).toBe(42);
  });

  it('derives the kind from the name suffix', () => {
    for (const t of townships) {
      const expected = t.name.endsWith('街道') ? 'SUBDISTRICT' : t.name.endsWith('乡') ? 'TOWNSHIP' : 'TOWN';
      expect(t.kind, t.name).toBe(expected);
    }
    expect(townships.some((t) => t.kind === 'TOWNSHIP')).toBe(true);
    expect(townships.some((t) => t.kind === 'SUBDISTRICT')).toBe(true);
  });
});

describe('buildDemoCounty: villages and communities', () => {
  it('has exactly 508 villages/communities, at least 5 per township', () => {
    expect(villages).toHaveLength(508);
    for (const t of townships) expect(t.villages.length, t.name).toBeGreaterThanOrEqual(5);
  });

  it('codes each village as township code + 3 digits, unique', () => {
    for (const t of townships) {
      for (const v of t.villages)
        expect(v.code.startsWith(t.code) && /^\d{3}$/.test(v.code.slice(9))).toBe(true);
    }
    expect(new Set(villages.map((v) => v.code)).size).toBe(508);
  });

  it('names villages uniquely, ending in 村 or 社区 according to kind', () => {
    expect(new Set(villages.map((v) => v.name)).size).toBe(508);
    for (const v of villages) {
      expect(v.name).toMatch(
        v.kind === 'COMMUNITY' ? /^[\u4e00-\u9fa5]{2,4}社区$/ : /^[\u4e00-\u9fa5]{2,4}村$/,
      );
    }
  });

  it('puts mostly communities in sub-districts and mostly villages in towns/townships', () => {
    let townCommunities = 0;
    let townVillages = 0;
    for (const t of townships) {
      const communities = t.villages.filter((v) => v.kind === 'COMMUNITY').length;
      const rural = t.villages.length - communities;
      if (t.kind === 'SUBDISTRICT') {
        expect(communities, t.name).toBeGreaterThan(rural);
      } else {
        expect(rural, t.name).toBeGreaterThan(communities);
        townCommunities += communities;
        townVillages += rural;
      }
    }
    // A few communities at town seats, no more.
    expect(townCommunities).toBeGreaterThan(0);
    expect(townCommunities).toBeLessThan(townVillages / 5);
  });

  it('has 清塘村 (a VILLAGE) in 长春堡镇', () => {
    const town = townships.find((t) => t.name === '长春堡镇');
    const qingtang = town?.villages.find((v) => v.name === '清塘村');
    expect(qingtang?.kind).toBe('VILLAGE');
  });
});

describe('buildDemoCounty: cadres', () => {
  it('has exactly 2,053 cadres, 3 to 7 per village (7 only in a few of the strongest), all active', () => {
    expect(cadres).toHaveLength(2053);
    for (const v of villages) {
      expect(v.cadres.length, v.name).toBeGreaterThanOrEqual(3);
      expect(v.cadres.length, v.name).toBeLessThanOrEqual(7);
    }
    expect(villages.filter((v) => v.cadres.length === 7)).toHaveLength(4);
    expect(cadres.every((c) => c.active)).toBe(true);
  });

  it('gives every village exactly one 支部书记 and other positions from the allowed list', () => {
    for (const v of villages) {
      const positions = v.cadres.map((c) => c.position);
      expect(
        positions.filter((p) => p === '支部书记'),
        v.name,
      ).toHaveLength(1);
      // Communities have a 居委会 (主任 and 副主任) instead of a 村委会.
      const heads = v.kind === 'COMMUNITY' ? ['居委会主任', '居委会副主任'] : ['村委会主任'];
      const allowed = [
        ...heads,
        ...OTHER_POSITIONS.filter((p) => v.kind !== 'COMMUNITY' || p !== '村委会副主任'),
      ];
      for (const p of positions.filter((p) => p !== '支部书记')) expect(allowed, v.name).toContain(p);
    }
  });

  it('uses plausible names (common surname + two-character given name), unique within a village', () => {
    for (const v of villages) {
      expect(new Set(v.cadres.map((c) => c.name)).size, v.name).toBe(v.cadres.length);
      for (const c of v.cadres) {
        expect(c.name).toMatch(/^[\u4e00-\u9fa5]{3}$/);
        expect(SURNAMES).toContain(c.name[0]);
      }
    }
  });

  it('has mixed genders, roughly a quarter women', () => {
    const women = cadres.filter((c) => c.gender === 'F').length / cadres.length;
    expect(women).toBeGreaterThan(0.2);
    expect(women).toBeLessThan(0.3);
    expect(cadres.every((c) => c.gender === 'M' || c.gender === 'F')).toBe(true);
  });
});

describe('buildDemoCounty: population', () => {
  it('keeps every village between 800 and 12,000 people, about 1.58 million in total', () => {
    for (const v of villages) {
      expect(Number.isInteger(v.population)).toBe(true);
      expect(v.population, v.name).toBeGreaterThanOrEqual(800);
      expect(v.population, v.name).toBeLessThanOrEqual(12_000);
    }
    const total = villages.reduce((sum, v) => sum + v.population, 0);
    expect(total).toBeGreaterThanOrEqual(1_575_000);
    expect(total).toBeLessThanOrEqual(1_585_000);
  });

  it('has households ≈ population / 3.4, at least 1', () => {
    for (const v of villages) {
      const expected = Math.round(v.population / 3.4);
      expect(Number.isInteger(v.households)).toBe(true);
      expect(v.households).toBeGreaterThanOrEqual(1);
      expect(Math.abs(v.households - expected), v.name).toBeLessThanOrEqual(Math.ceil(expected * 0.03));
    }
    expect(villages.some((v) => v.households !== Math.round(v.population / 3.4))).toBe(true);
  });
});

describe('buildDemoCounty: collective economy', () => {
  const current = villages.map((v) => ({ village: v, e: yearOf(v, 2016) }));

  it('has records for 2015 and 2016 in whole, non-negative yuan', () => {
    for (const v of villages) {
      expect(v.economy.map((e) => e.year).sort()).toEqual([2015, 2016]);
      for (const e of v.economy) {
        for (const amount of [e.collectiveAccumulation, e.operatingIncome]) {
          expect(Number.isInteger(amount)).toBe(true);
          expect(amount).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  it('has exactly 350 villages with collective accumulation in 2016', () => {
    expect(current.filter(({ e }) => e.collectiveAccumulation > 0)).toHaveLength(350);
  });

  it('has exactly 98 villages with accumulation ≥ 30,000 and operating income ≥ 10,000 in 2016', () => {
    expect(current.filter(({ e }) => isQualifying(e))).toHaveLength(98);
  });

  it('has at least 40 of those 98 with operating income ≥ 30,000', () => {
    const certifiable = current.filter(({ e }) => isQualifying(e) && e.operatingIncome >= 30_000);
    expect(certifiable.length).toBeGreaterThanOrEqual(40);
  });

  it('gives zero-accumulation villages income 0..9,000 and no model, the others a model', () => {
    for (const v of villages) {
      for (const e of v.economy) {
        if (e.collectiveAccumulation === 0) {
          expect(e.model, v.name).toBeNull();
          expect(e.operatingIncome, v.name).toBeLessThanOrEqual(9_000);
        } else {
          expect(MODELS, v.name).toContain(e.model);
        }
      }
    }
    const used = new Set(current.map(({ e }) => e.model).filter((m) => m !== null));
    expect([...used].sort()).toEqual([...MODELS].sort());
  });

  it('puts 2015 at roughly 70–95 % of 2016', () => {
    for (const v of villages) {
      const previous = yearOf(v, 2015);
      const latest = yearOf(v, 2016);
      for (const key of ['collectiveAccumulation', 'operatingIncome'] as const) {
        expect(previous[key], v.name).toBeGreaterThanOrEqual(Math.floor(latest[key] * 0.7));
        expect(previous[key], v.name).toBeLessThanOrEqual(Math.ceil(latest[key] * 0.95));
      }
    }
  });

  it('makes 清塘村 one of the 98, earning 30,000–60,000 from its store (ASSETS)', () => {
    const qingtang = villages.find((v) => v.name === '清塘村');
    if (!qingtang) throw new Error('清塘村 missing');
    const e = yearOf(qingtang, 2016);
    expect(isQualifying(e)).toBe(true);
    expect(e.operatingIncome).toBeGreaterThanOrEqual(30_000);
    expect(e.operatingIncome).toBeLessThanOrEqual(60_000);
    expect(e.model).toBe('ASSETS');
  });

  it("staffs certifiable villages fully, so §6's 25 villages / 145 cadres is reachable", () => {
    const counts = current
      .filter(({ e }) => isQualifying(e) && e.operatingIncome >= 30_000)
      .map(({ village }) => village.cadres.length)
      .sort((a, b) => b - a);
    // 17 Standard villages with 95 cadres and 8 Model ones with 50 (domain.md §6) need committees of
    // 5 to 7: e.g. 2 sevens and 6 sixes for the Model ones, 10 sixes and 7 fives for the Standard ones.
    expect(counts.filter((n) => n === 7).length).toBeGreaterThanOrEqual(2);
    expect(counts.filter((n) => n === 6).length).toBeGreaterThanOrEqual(16);
    expect(counts.filter((n) => n === 5).length).toBeGreaterThanOrEqual(7);
    expect(counts.every((n) => n >= 5)).toBe(true);
  });
});

describe('buildDemoCounty: determinism', () => {
  it('returns deep-equal results on every call', () => {
    expect(buildDemoCounty()).toEqual(buildDemoCounty());
    expect(buildDemoCounty()).toEqual(county);
  });
});
