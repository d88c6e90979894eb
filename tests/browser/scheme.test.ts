import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { launchBrowser, signIn, type ConsoleBrowser } from './support/browser.js';

/**
 * The administrator tunes the scheme through inputs generated from each indicator's param definitions,
 * meets a colleague's concurrent change, and tries a formula indicator in the lab.
 */
describe('the scheme and the indicator lab', () => {
  let t: TestServer;
  let b: ConsoleBrowser;
  beforeAll(async () => {
    [t, b] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await b?.close();
    await t?.stop();
  });

  it('demo.admin changes a Model-tier threshold, is told of a conflict, and evaluates a formula', async () => {
    const p = await b.newPage();
    const { page } = p;
    await signIn(page, t.url, 'demo.admin');
    const params = async () =>
      (
        await t.sql<{ params: Record<string, { minOperatingIncome: number }> }>(
          "select params from scheme_indicator where key = 'industry.collective-income'",
        )
      )[0].params;
    const before = await params();

    // The scheme from the menu, then its edit form; the indicator's section holds one input per tier.
    await page.getByRole('menuitem', { name: '评定方案' }).click();
    await page.locator('tbody tr').first().click();
    await page.getByRole('link', { name: '编辑' }).click();
    const income = page.getByRole('button', { name: /^村级集体经济 \d+ 项参数$/ });
    await income.click();
    const modelIncome = page.getByRole('group', { name: '示范村' }).getByLabel(/集体经营性收入下限/);
    expect(await modelIncome.inputValue()).toBe(String(before['2'].minOperatingIncome));
    await modelIncome.fill('40000');
    await p.screenshot('scheme-edit-params');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('评定方案已保存').waitFor();
    // Saved for that tier only, and the scheme's page reads it back.
    expect(await params()).toEqual({ ...before, '2': { minOperatingIncome: 40_000 } });
    await page
      .getByRole('row', { name: /村级集体经济/ })
      .getByText(/集体经营性收入下限：¥30,000 \/ ¥40,000 \/ ¥100,000/)
      .waitFor();

    // Someone else saves meanwhile: the save is refused with the server's explanation.
    await page.getByRole('link', { name: '编辑' }).click();
    await income.click();
    await t.sql('update scheme set version = version + 1');
    await modelIncome.fill('45000');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText(/^记录已被他人修改，请刷新后重试：.*changed by someone else/).waitFor();
    expect((await params())['2']).toEqual({ minOperatingIncome: 40_000 });
    await p.screenshot('scheme-conflict');

    // The lab: the example tea-garden formula at the Standard tier (threshold 100 亩).
    await page.getByRole('menuitem', { name: '指标试算' }).click();
    await page.getByRole('button', { name: '自定义公式指标' }).click();
    await page.getByLabel('茶园面积', { exact: false }).first().fill('150');
    await page.getByLabel('种植户数').fill('12');
    await page.getByRole('button', { name: '试算', exact: true }).click();
    const result = page.getByRole('region', { name: '试算结果' });
    await result.getByText('达标', { exact: true }).waitFor();
    expect(await result.textContent()).toContain('+50%');
    // Too few households: the second condition fails and says so.
    await page.getByLabel('种植户数').fill('3');
    await page.getByRole('button', { name: '试算', exact: true }).click();
    await result.getByText('未达标', { exact: true }).waitFor();
    expect(await result.textContent()).toContain('种植户数：未满足');
    await p.screenshot('indicator-lab-formula');

    expect(p.errors).toEqual([]);
    await p.context.close();
  });
});
