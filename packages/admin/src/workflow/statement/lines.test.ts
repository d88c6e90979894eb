import { describe, expect, it } from 'vitest';
import type { PayoutLine } from './api';
import { groupLines, sumLines } from './lines';

const line = (village: string, township: string, tier: number, cadres: number): PayoutLine => ({
  villageId: village,
  villageName: village,
  townshipId: township,
  certificationId: `c-${village}`,
  tier,
  cadreCount: cadres,
  cadreReward: cadres * tier * 10_000,
  activityFund: tier * 10_000,
  total: cadres * tier * 10_000 + tier * 10_000,
});

const lines = [line('v1', 't1', 1, 5), line('v2', 't2', 2, 6), line('v3', 't1', 1, 7)];

describe('the statement’s lines', () => {
  it('are one row per village in the API’s order', () => {
    expect(groupLines(lines, 'village').map((r) => [r.villageName, r.cadres, r.total])).toEqual([
      ['v1', 5, 60_000],
      ['v2', 6, 140_000],
      ['v3', 7, 80_000],
    ]);
  });

  it('sum by township and by tier, and in total', () => {
    expect(groupLines(lines, 'township').map((r) => [r.townshipId, r.villages, r.cadres, r.total])).toEqual([
      ['t1', 2, 12, 140_000],
      ['t2', 1, 6, 140_000],
    ]);
    expect(groupLines(lines, 'tier').map((r) => [r.tier, r.villages, r.cadreReward, r.activityFund])).toEqual(
      [
        [1, 2, 120_000, 20_000],
        [2, 1, 120_000, 20_000],
      ],
    );
    expect(sumLines(lines)).toMatchObject({ villages: 3, cadres: 18, total: 280_000 });
  });
});
