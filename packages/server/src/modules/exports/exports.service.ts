import { scopeWhere } from '../../auth/scope.js';
import { requireUser, type Context } from '../../graphql/context.js';
import { Certification } from '../certifications/certification.entity.js';
import { Township } from '../geography/township.entity.js';
import { Village } from '../geography/village.entity.js';
import { Payout } from '../incentives/payout.entity.js';
import { payoutSchedule } from '../incentives/payout.schedule.js';
import { PlanItem } from '../plans/plan-item.entity.js';
import type { Table } from './table.js';

const TIER = ['', '规范', '示范', '典范'];
const CERT_STATUS: Record<string, string> = { ACTIVE: '有效', REVOKED: '已撤销' };
const PAYOUT_KIND: Record<string, string> = { CADRE_REWARD: '干部年度奖励', ACTIVITY_FUND: '村级活动经费' };
const PAYOUT_STATUS: Record<string, string> = { UNPAID: '未发放', PAID: '已发放' };
const PLAN_STATUS: Record<string, string> = { OPEN: '未销账', WRITTEN_OFF: '已销账' };
const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

async function townshipNames(ctx: Context): Promise<Map<string, string>> {
  const user = requireUser(ctx);
  const rows = await ctx.em.find(Township, scopeWhere('Township', user) as never);
  return new Map(rows.map((t) => [t.id, t.name]));
}

/** The payout statement: the schedule per village, and the frozen lines once generated. */
export async function payoutTables(ctx: Context, year: number): Promise<Table[]> {
  const user = requireUser(ctx);
  const [schedule, townships, lines] = await Promise.all([
    payoutSchedule(ctx.em, user, year),
    townshipNames(ctx),
    ctx.em.find(Payout, { $and: [scopeWhere('Payout', user), { year }] } as never, {
      orderBy: { villageName: 'asc', kind: 'asc', payeeName: 'asc' },
      populate: ['village'],
    }),
  ]);
  const summary: Table = {
    sheet: `${year}年激励资金`,
    columns: [
      { header: '乡镇（街道）', key: 'township', width: 18 },
      { header: '村（社区）', key: 'village', width: 16 },
      { header: '等级', key: 'tier', width: 8 },
      { header: '干部人数', key: 'cadreCount', width: 10 },
      { header: '干部奖励（元）', key: 'cadreReward', money: true, width: 16 },
      { header: '活动经费（元）', key: 'activityFund', money: true, width: 16 },
      { header: '合计（元）', key: 'total', money: true, width: 16 },
    ],
    rows: schedule.lines.map((l) => ({
      township: townships.get(l.townshipId) ?? '',
      village: l.villageName,
      tier: TIER[l.tier],
      cadreCount: l.cadreCount,
      cadreReward: l.cadreReward,
      activityFund: l.activityFund,
      total: l.total,
    })),
    totals: {
      township: '合计',
      village: `${schedule.villageCount}个村（社区）`,
      tier: null,
      cadreCount: schedule.cadreCount,
      cadreReward: schedule.cadreRewardTotal,
      activityFund: schedule.activityFundTotal,
      total: schedule.total,
    },
  };
  const detail: Table = {
    sheet: '发放明细',
    columns: [
      { header: '乡镇（街道）', key: 'township', width: 18 },
      { header: '村（社区）', key: 'village', width: 16 },
      { header: '等级', key: 'tier', width: 8 },
      { header: '类别', key: 'kind', width: 14 },
      { header: '领取人', key: 'payee', width: 14 },
      { header: '职务', key: 'position', width: 18 },
      { header: '金额（元）', key: 'amount', money: true, width: 14 },
      { header: '状态', key: 'status', width: 10 },
      { header: '发放日期', key: 'paidAt', width: 12 },
    ],
    rows: lines.map((p) => ({
      township: townships.get((p.village.getEntity() as Village).township.id) ?? '',
      village: p.villageName,
      tier: TIER[p.tier],
      kind: PAYOUT_KIND[p.kind],
      payee: p.payeeName,
      position: p.payeePosition ?? null,
      amount: p.amount,
      status: PAYOUT_STATUS[p.status],
      paidAt: day(p.paidAt),
    })),
  };
  return lines.length > 0 ? [summary, detail] : [summary];
}

/** The certified-village list of a year (or of every year). */
export async function certificationTables(ctx: Context, year: number | undefined): Promise<Table[]> {
  const user = requireUser(ctx);
  const [rows, townships] = await Promise.all([
    ctx.em.find(Certification, { $and: [scopeWhere('Certification', user), year ? { year } : {}] } as never, {
      populate: ['village'],
      orderBy: { year: 'desc', tier: 'desc' },
    }),
    townshipNames(ctx),
  ]);
  return [
    {
      sheet: year ? `${year}年命名村（社区）` : '命名村（社区）',
      columns: [
        { header: '年度', key: 'year', width: 8 },
        { header: '乡镇（街道）', key: 'township', width: 18 },
        { header: '村（社区）', key: 'village', width: 16 },
        { header: '村代码', key: 'code', width: 16 },
        { header: '等级', key: 'tier', width: 8 },
        { header: '状态', key: 'status', width: 10 },
        { header: '撤销原因', key: 'reason', width: 30 },
      ],
      rows: rows.map((c) => {
        const village = c.village.getEntity() as Village;
        return {
          year: c.year,
          township: townships.get(village.township.id) ?? '',
          village: village.name,
          code: village.code,
          tier: TIER[c.tier],
          status: CERT_STATUS[c.status],
          reason: c.revokedReason ?? null,
        };
      }),
    },
  ];
}

/** The three-year plans with their write-off ledger (销账台账). */
export async function planLedgerTables(ctx: Context, periodStart: number | undefined): Promise<Table[]> {
  const user = requireUser(ctx);
  const [rows, townships] = await Promise.all([
    ctx.em.find(
      PlanItem,
      { $and: [scopeWhere('PlanItem', user), periodStart ? { periodStart } : {}] } as never,
      { populate: ['village', 'certification'], orderBy: { periodStart: 'desc', targetYear: 'asc' } },
    ),
    townshipNames(ctx),
  ]);
  return [
    {
      sheet: '三年规划销账台账',
      columns: [
        { header: '乡镇（街道）', key: 'township', width: 18 },
        { header: '村（社区）', key: 'village', width: 16 },
        { header: '规划期', key: 'period', width: 12 },
        { header: '目标等级', key: 'tier', width: 10 },
        { header: '目标年度', key: 'targetYear', width: 10 },
        { header: '状态', key: 'status', width: 10 },
        { header: '命名年度', key: 'certifiedYear', width: 10 },
        { header: '销账日期', key: 'writtenOffAt', width: 12 },
      ],
      rows: rows.map((p) => ({
        township: townships.get(p.township.id) ?? '',
        village: (p.village.getEntity() as Village).name,
        period: `${p.periodStart}–${p.periodStart + 2}`,
        tier: TIER[p.targetTier],
        targetYear: p.targetYear,
        status: PLAN_STATUS[p.status],
        certifiedYear: p.certification ? (p.certification.getEntity() as Certification).year : null,
        writtenOffAt: day(p.writtenOffAt),
      })),
    },
  ];
}
