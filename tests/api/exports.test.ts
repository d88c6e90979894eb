import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

interface Schedule {
  villageCount: number;
  total: number;
  lines: { villageName: string; cadreCount: number; total: number }[];
}

describe('exports: XLSX and CSV with Chinese headers, from an authenticated, scoped download', () => {
  let t: TestServer;
  let finance: GraphQLClient;
  let officer: GraphQLClient;

  const download = (path: string, token?: string | null) =>
    fetch(`${t.url}/exports/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    t = await startTestServer();
    [finance, officer] = await Promise.all([t.as('demo.finance'), t.as('demo.township')]);
  });
  afterAll(() => t?.stop());

  it('the payout statement as XLSX, read back, matches the schedule', async () => {
    const { payoutSchedule } = await finance.data<{ payoutSchedule: Schedule }>(
      '{ payoutSchedule(year: 2016) { villageCount total lines { villageName cadreCount total } } }',
    );
    const res = await download('payouts.xlsx?year=2016', finance.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain('激励资金发放表-2016.xlsx');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      '乡镇（街道）',
      '村（社区）',
      '等级',
      '干部人数',
      '干部奖励（元）',
      '活动经费（元）',
      '合计（元）',
    ]);
    const body: unknown[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) body.push((row.values as unknown[]).slice(1));
    });
    const totals = body.pop()!;
    expect(body.map((r) => [r[1], r[3], r[6]])).toEqual(
      payoutSchedule.lines.map((l) => [l.villageName, l.cadreCount, l.total]),
    );
    expect(totals[0]).toBe('合计');
    expect(totals[6]).toBe(2_280_000);
    expect(totals[6]).toBe(payoutSchedule.total);
  });

  it('once generated, the statement carries a sheet with one line per payee', async () => {
    await finance.data('mutation { generatePayouts(year: 2016) { id } }');
    const res = await download('payouts.xlsx?year=2016', finance.token);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['2016年激励资金', '发放明细']);
    expect(workbook.worksheets[1].rowCount).toBe(1 + 170);
  });

  it('CSV starts with a byte-order mark and Chinese headers', async () => {
    const res = await download('certifications.csv?year=2016', finance.token);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split(/\r?\n/);
    expect(lines[0]).toBe('年度,乡镇（街道）,村（社区）,村代码,等级,状态,撤销原因');
    expect(lines).toHaveLength(1 + 25);
  });

  it('is scoped like the API: a township officer downloads only the own township', async () => {
    const rows = async (client: GraphQLClient) => {
      const res = await download('certifications.csv', client.token);
      return Buffer.from(await res.arrayBuffer())
        .toString('utf8')
        .trim()
        .split(/\r?\n/)
        .slice(1);
    };
    const [mine, all] = await Promise.all([rows(officer), rows(finance)]);
    expect(mine.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(mine.length);
    expect(new Set(mine.map((l) => l.split(',')[1]))).toEqual(new Set(['长春堡镇']));
  });

  it('answers 401 without a session, 404 for an unknown export, 400 for a bad year — as JSON', async () => {
    const anonymous = await download('payouts.xlsx?year=2016');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect((await download('secrets.xlsx', finance.token)).status).toBe(404);
    const bad = await download('payouts.xlsx?year=twenty', finance.token);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    expect((await download('payouts.csv', finance.token)).status).toBe(400);
  });
});
