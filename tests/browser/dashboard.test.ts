import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { launchBrowser, signIn, type ConsoleBrowser } from './support/browser.js';

/**
 * The leadership group's view: the dashboard of the demo's certified year 2016 (25 villages, 17 规范村
 * and 8 示范村, 228万元 for 145 cadres), the township annual review ranking all 42 townships, and the
 * dashboard again in English.
 */
describe('the dashboard and the reviews', () => {
  let t: TestServer;
  let b: ConsoleBrowser;
  beforeAll(async () => {
    [t, b] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await b?.close();
    await t?.stop();
  });

  it('demo.viewer reads 2016 on the dashboard, ranks the townships, then switches to English', async () => {
    const p = await b.newPage();
    const { page } = p;
    await signIn(page, t.url, 'demo.viewer');
    await page.getByRole('combobox', { name: '工作年度' }).click();
    await page.getByRole('option', { name: '2016', exact: true }).click();

    // The figures.
    const card = (label: string) => page.getByRole('region', { name: label, exact: true });
    await expect.poll(() => card('2016年度命名村（社区）').textContent()).toContain('25 个');
    expect(await card('2016年度命名村（社区）').textContent()).toContain('规范村 17 · 示范村 8 · 典范村 0');
    const funds = await card('2016年度奖励资金').textContent();
    expect(funds).toContain('228万元');
    expect(funds).toContain('¥2,280,000');
    expect(funds).toContain('145 名村干部受奖');
    expect(await card('本年度申报').textContent()).toContain('29 份');
    expect(await card('本年度培训').textContent()).toContain('本年度尚未开展培训');

    // Four charts, each drawn (an svg with bars) as an image named by its title, its figures in a
    // table for screen readers.
    const charts = [
      '各乡镇命名村等次分布',
      '申报状态分布',
      '历年奖励资金（万元）',
      '各乡镇新达标村与三分之一目标',
    ];
    for (const name of charts) {
      const chart = page.getByRole('img', { name });
      await chart.locator('svg.recharts-surface').first().waitFor();
      expect(await chart.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    }
    const fundsTable = page.getByRole('table', { name: '历年奖励资金（万元）' });
    expect(await fundsTable.getByRole('row', { name: /^2016/ }).textContent()).toContain('¥2,280,000');
    const tiers = page.getByRole('table', { name: '各乡镇命名村等次分布' });
    const tierCells = await tiers.locator('tbody td').allTextContents();
    expect(tierCells.reduce((n, cell) => n + Number(cell), 0)).toBe(25);
    // Nothing wider than the window at 1366×768.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await p.screenshot('dashboard-viewer-2016');

    // The next step of the leadership group: the reviews, all 42 townships ranked best first.
    await card('下一步工作').getByRole('link', { name: '进入考核' }).click();
    const ranking = page.getByRole('table', { name: '乡镇年度考核排名' });
    await expect.poll(() => ranking.locator('tbody tr').count()).toBe(42);
    const ranks = (await ranking.locator('tbody tr td:first-child').allTextContents()).map(Number);
    expect(ranks[0]).toBe(1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // A weight set to 0 takes its component out: the best score possible drops from 100 to 60.
    await page.getByLabel('命名率权重').fill('0');
    await page.getByText('满分为权重之和（60 分）').waitFor();
    await expect
      .poll(async () =>
        Math.max(...(await ranking.locator('tbody tr td:nth-child(3)').allTextContents()).map(Number)),
      )
      .toBeLessThanOrEqual(60);
    await p.screenshot('reviews-townships-2016');

    // The other reviews: no department recorded in the demo, no training held, the collective
    // economy as the source reports it (350 of 508 villages with accumulation, 98 qualifying).
    await page.getByRole('tab', { name: '部门捆绑考核' }).click();
    await page
      .getByText('尚未登记帮扶部门：由系统管理员在“帮扶部门”中登记后，这里按部门计算得分。')
      .waitFor();
    await page.getByRole('tab', { name: '培训覆盖' }).click();
    const coverage = page.getByRole('table', { name: '历年培训开展情况' });
    await expect.poll(() => coverage.locator('tbody tr').count()).toBe(1);
    expect(await coverage.getByRole('row', { name: /^2016/ }).textContent()).toContain('未开展培训');
    await page.getByRole('tab', { name: '集体经济统计' }).click();
    await expect
      .poll(() => page.getByRole('region', { name: '有集体积累的村', exact: true }).textContent())
      .toContain('350');
    expect(await card('积累≥3万元且经营收入≥1万元').textContent()).toContain('98');
    await p.screenshot('reviews-economy-2016');

    // In English the dashboard speaks English.
    await page.getByRole('menuitem', { name: '概览' }).click();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect.poll(() => card('Certified villages 2016').textContent()).toContain('25');
    expect(await card('Incentive funds 2016').textContent()).toContain('¥2,280,000');
    await page.getByRole('img', { name: 'Incentive funds by year (×10,000 CNY)' }).waitFor();
    await page.getByRole('img', { name: 'Applications by status' }).waitFor();
    expect(await page.getByText('各乡镇命名村等次分布').count()).toBe(0);
    await p.screenshot('dashboard-viewer-2016-en');

    expect(p.errors).toEqual([]);
    await p.context.close();
  });

  it('demo.clerk sees the own village’s figures and what to do next', async () => {
    const p = await b.newPage();
    const { page } = p;
    await signIn(page, t.url, 'demo.clerk');
    await page.getByRole('combobox', { name: '工作年度' }).click();
    await page.getByRole('option', { name: '2016', exact: true }).click();
    // 清塘村 applied for 规范村 in 2016 and failed (the demo history); it is not certified.
    const next = page.getByRole('region', { name: '下一步工作', exact: true });
    await next.getByText('本村2016年度申报：申报规范村，状态：未通过').waitFor();
    expect(await next.getByRole('link', { name: '进入本村申报' }).getAttribute('href')).toBe('#/Application');
    await page.getByText('数据范围：本村').waitFor();
    expect(await page.getByRole('region', { name: '本年度申报', exact: true }).textContent()).toContain(
      '1 份',
    );
    expect(
      await page.getByRole('region', { name: '2016年度命名村（社区）', exact: true }).textContent(),
    ).toContain('0 个');
    await p.screenshot('dashboard-clerk-2016');
    expect(p.errors).toEqual([]);
    await p.context.close();
  });
});
