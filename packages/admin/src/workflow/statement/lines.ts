import type { PayoutLine } from './api';

export type Grouping = 'village' | 'township' | 'tier';

/** One row of the lines table: a village, or the sum of a township's or a tier's villages. */
export interface LineRow {
  key: string;
  villageName?: string;
  townshipId?: string;
  tier?: number;
  villages: number;
  cadres: number;
  cadreReward: number;
  activityFund: number;
  total: number;
}

function add(row: LineRow, line: PayoutLine): void {
  row.villages += 1;
  row.cadres += line.cadreCount;
  row.cadreReward += line.cadreReward;
  row.activityFund += line.activityFund;
  row.total += line.total;
}

const empty = (key: string, extra: Partial<LineRow>): LineRow => ({
  key,
  villages: 0,
  cadres: 0,
  cadreReward: 0,
  activityFund: 0,
  total: 0,
  ...extra,
});

/** The schedule's lines as shown: one per village (the API's order, by village code), or summed. */
export function groupLines(lines: readonly PayoutLine[], grouping: Grouping): LineRow[] {
  if (grouping === 'village') {
    return lines.map((line) => {
      const row = empty(line.villageId, {
        villageName: line.villageName,
        townshipId: line.townshipId,
        tier: line.tier,
      });
      add(row, line);
      return row;
    });
  }
  const groups = new Map<string, LineRow>();
  for (const line of lines) {
    const key = grouping === 'township' ? line.townshipId : String(line.tier);
    let row = groups.get(key);
    if (!row) {
      row = empty(key, grouping === 'township' ? { townshipId: line.townshipId } : { tier: line.tier });
      groups.set(key, row);
    }
    add(row, line);
  }
  const rows = [...groups.values()];
  return grouping === 'tier' ? rows.sort((a, b) => (a.tier ?? 0) - (b.tier ?? 0)) : rows;
}

/** The footer: every line summed. */
export function sumLines(lines: readonly PayoutLine[]): LineRow {
  const row = empty('sum', {});
  for (const line of lines) add(row, line);
  return row;
}
