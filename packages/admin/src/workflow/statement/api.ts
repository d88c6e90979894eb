import { callApi } from '../../dataProvider';

export interface PayoutLine {
  villageId: string;
  villageName: string;
  townshipId: string;
  certificationId: string;
  tier: number;
  cadreCount: number;
  cadreReward: number;
  activityFund: number;
  total: number;
}

export interface PayoutSchedule {
  year: number;
  villageCount: number;
  cadreCount: number;
  cadreRewardTotal: number;
  activityFundTotal: number;
  total: number;
  lines: PayoutLine[];
}

export interface BudgetForecast {
  year: number;
  certifiedTotal: number;
  pipelineTotal: number;
  forecastTotal: number;
  certifiedVillages: number;
  pipelineVillages: number;
}

export const STATEMENT_QUERY = `
  query Statement($year: Int!) {
    payoutSchedule(year: $year) {
      year villageCount cadreCount cadreRewardTotal activityFundTotal total
      lines { villageId villageName townshipId certificationId tier cadreCount cadreReward activityFund total }
    }
    budgetForecast(year: $year) {
      year certifiedTotal pipelineTotal forecastTotal certifiedVillages pipelineVillages
    }
    _allPayoutsMeta(filter: { year: $year }) { count }
  }
`;

export interface StatementData {
  payoutSchedule: PayoutSchedule;
  budgetForecast: BudgetForecast;
  _allPayoutsMeta: { count: number };
}

interface PayoutRow {
  id: string;
  status: 'PAID' | 'UNPAID';
  amount: number;
  payeeName: string;
  tier: number;
}

const ROW_FIELDS = 'id status amount payeeName tier';
const PAGE = 500; // the API's largest page

/** The year's unpaid lines as they are now (paid lines never change, so they need no comparing). */
async function unpaidLines(year: number): Promise<PayoutRow[]> {
  const rows: PayoutRow[] = [];
  for (let page = 0; ; page++) {
    const { allPayouts } = await callApi<{ allPayouts: PayoutRow[] }>(
      `query UnpaidLines($year: Int!, $page: Int!, $perPage: Int!) {
        allPayouts(filter: { year: $year, status: UNPAID }, page: $page, perPage: $perPage, sortField: "createdAt") {
          ${ROW_FIELDS}
        }
      }`,
      { year, page, perPage: PAGE },
    );
    rows.push(...allPayouts);
    if (allPayouts.length < PAGE) return rows;
  }
}

/** What one run of generatePayouts did, read off the lines before and after it. */
export interface GenerateOutcome {
  created: number;
  updated: number;
  removed: number;
  paid: number;
  total: number;
}

/**
 * Freezes (or with `regenerate`, refreshes the unpaid part of) the year's statement. The mutation
 * answers with every line of the year, so comparing with the unpaid lines beforehand tells the user
 * what changed — in particular that a second run created nothing.
 */
export async function generateStatement(year: number, regenerate: boolean): Promise<GenerateOutcome> {
  const before = new Map((await unpaidLines(year)).map((row) => [row.id, row]));
  const { generatePayouts } = await callApi<{ generatePayouts: PayoutRow[] }>(
    `mutation GeneratePayouts($year: Int!, $regenerate: Boolean!) {
      generatePayouts(year: $year, regenerate: $regenerate) { ${ROW_FIELDS} }
    }`,
    { year, regenerate },
  );
  const after = new Set(generatePayouts.map((row) => row.id));
  const outcome: GenerateOutcome = { created: 0, updated: 0, removed: 0, paid: 0, total: after.size };
  for (const row of generatePayouts) {
    if (row.status === 'PAID') {
      outcome.paid++;
      continue;
    }
    const old = before.get(row.id);
    if (!old) outcome.created++;
    else if (old.amount !== row.amount || old.payeeName !== row.payeeName || old.tier !== row.tier)
      outcome.updated++;
  }
  for (const id of before.keys()) if (!after.has(id)) outcome.removed++;
  return outcome;
}
