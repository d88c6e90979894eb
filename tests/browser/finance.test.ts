import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { ARTIFACTS, launchBrowser, signIn, type ConsoleBrowser } from './support/browser.js';

/**
 * The finance officer's year-end: the demo's certified year 2016 (17 规范村 with 95 cadres and 8 示范村
 * with 50 cadres) is owed ¥2,280,000; she generates the statement, records a payment, downloads the
 * spreadsheet for the bank and asks what a higher reward would cost.
 */
describe('the payout statement', () => {
  let t: TestServer;
  let b: ConsoleBrowser;
  beforeAll(async () => {
    [t, b] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await b?.close();
    await t?.stop();
  });

  it('demo.finance reads, generates, pays one line, downloads the 2016 statement and runs a what-if', async () => {
    const p = await b.newPage();
    const { page } = p;
    await signIn(page, t.url, 'demo.finance');

    // The working year is chosen in the app bar, then the statement opened from the menu.
    await page.getByRole('combobox', { name: '工作年度' }).click();
    await page.getByRole('option', { name: '2016', exact: true }).click();
    await page.getByRole('menuitem', { name: '奖励发放表' }).click();
    await page.getByText('按2016年度有效的命名和现行评定方案计算', { exact: false }).waitFor();

    const card = (label: string) => page.getByRole('region', { name: label });
    await expect.poll(() => card('命名村（社区）').textContent()).toContain('25 个');
    expect(await card('在职村干部').textContent()).toContain('145 人');
    const total = await card('应发合计').textContent();
    expect(total).toContain('¥2,280,000');
    expect(total).toContain('228万元');
    expect(await card('干部奖励').textContent()).toMatch(/¥[\d,]+/);
    expect(await card('2016年度预算预测').textContent()).toContain('¥2,280,000');
    // The lines: one per village, and by tier the two tiers of the demo.
    const table = page.getByRole('table', { name: '奖励发放表' });
    await page.getByRole('button', { name: '按等次' }).click();
    await expect.poll(() => table.getByRole('row').count()).toBe(4); // header, 规范村, 示范村, total
    expect(await table.getByRole('row', { name: /规范村/ }).textContent()).toContain('17');
    expect(await table.getByRole('row', { name: /示范村/ }).textContent()).toContain('8');
    expect(await table.getByRole('row').last().textContent()).toContain('¥2,280,000');
    await p.screenshot('finance-statement-2016');

    // Generate: 145 cadre rewards and 25 village funds; a second run creates nothing.
    const generate = async () => {
      await page.getByRole('button', { name: '生成发放明细' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
      return page.getByRole('status').filter({ hasText: '发放明细' }).textContent();
    };
    expect(await generate()).toBe('已新生成 170 条发放明细，本年度共 170 条。');
    expect(await generate()).toBe('本年度发放明细此前已生成，本次未新增任何记录（共 170 条）。');
    const [{ count }] = await t.sql<{ count: string }>('select count(*) from payout where year = 2016');
    expect(Number(count)).toBe(170);
    await p.screenshot('finance-statement-generated');

    // The lines themselves: mark the first one paid.
    await page.getByRole('link', { name: '查看发放明细（170 条）' }).click();
    await page.getByText('1-25 / 170').waitFor();
    const firstRow = page.locator('tbody tr').first();
    const payee = (await firstRow.locator('td.column-payeeName').textContent())!;
    await firstRow.getByRole('button', { name: '登记发放' }).click();
    await page.getByText(`已登记发放：${payee}`).waitFor();
    const paidRow = page.locator('tbody tr').filter({ hasText: payee }).first();
    await expect.poll(() => paidRow.locator('td.column-status').textContent()).toBe('已发放');
    // A paid line is in the accounts: it offers neither paying again nor deleting.
    expect(await paidRow.getByRole('button', { name: /登记发放|删除/ }).count()).toBe(0);
    await p.screenshot('finance-payouts-one-paid');

    // The spreadsheet, named for the year, with the statement and the paid line.
    await page.goBack();
    await page.getByText('按2016年度有效的命名和现行评定方案计算', { exact: false }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('2016年奖励发放表.xlsx');
    const file = path.join(ARTIFACTS, 'finance-2016年奖励发放表.xlsx');
    await download.saveAs(file);
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // an XLSX is a zip
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const values = (sheet: ExcelJS.Worksheet) =>
      sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : []));
    const summary = workbook.worksheets[0];
    expect(values(summary)).toContain('25个村（社区）');
    expect(values(summary)).toContain('2280000');
    const detail = workbook.getWorksheet('发放明细')!;
    expect(detail.rowCount).toBeGreaterThanOrEqual(171);
    expect(values(detail).filter((v) => v === '已发放')).toHaveLength(1);

    // What if a Model village's cadres got ¥25,000 instead of ¥20,000? Only that tier's sum moves,
    // by ¥5,000 per cadre; nothing is saved.
    await page.getByRole('menuitem', { name: '奖励测算' }).click();
    await page.getByText('测算不保存任何内容', { exact: false }).waitFor();
    await page.getByRole('group', { name: '示范村' }).getByLabel('每名干部奖励').fill('25000');
    await page.getByRole('button', { name: '测算', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '奖励标准有变动' }).waitFor();
    const comparison = page.getByRole('table', { name: '测算结果' });
    const cells = async (row: string) =>
      comparison
        .getByRole('row', { name: new RegExp(`^${row}`) })
        .getByRole('cell')
        .allTextContents();
    const model = await cells('示范村');
    const modelCadres = Number(model[4]);
    expect(modelCadres).toBeGreaterThan(0);
    const increase = `+¥${(modelCadres * 5_000).toLocaleString('en-US')}`;
    expect(model[7]).toBe(increase);
    expect((await cells('规范村'))[7]).toBe('±0');
    expect((await cells('合计'))[7]).toBe(increase);
    await p.screenshot('finance-what-if');
    const [{ reward }] = await t.sql<{ reward: number }>(
      "select (t->>'cadreReward')::int as reward from scheme, jsonb_array_elements(tiers::jsonb) t where (t->>'level')::int = 2",
    );
    expect(reward).toBe(20_000);

    expect(p.errors).toEqual([]);
    await p.context.close();
  });
});
