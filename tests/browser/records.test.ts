import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { launchBrowser, signIn, type ConsoleBrowser, type ConsolePage } from './support/browser.js';

/** A day as a date input takes it, in the local time zone (the browser runs on the same machine). */
function day(offsetDays = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Picks `option` in an autocomplete after typing `search` into the input labelled `label`. */
async function autocomplete(page: Page, label: string, search: string, option: string) {
  await page.getByLabel(label).fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Picks `option` in the select labelled `label`. */
async function select(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const row = (page: Page, text: string) => page.getByRole('row').filter({ hasText: text });

describe('records, plans and the audit log in the console', () => {
  let t: TestServer;
  let b: ConsoleBrowser;
  let admin: ConsolePage;
  let officer: ConsolePage;
  const clerkName = 'qingtang.clerk2';

  /** A village of 长春堡镇 named Standard (规范村) in 2016: a plan line for it is written off at once. */
  let settledVillage: string;

  beforeAll(async () => {
    [t, b] = await Promise.all([startTestServer(), launchBrowser()]);
    const [certified] = await t.sql<{ id: string; name: string }>(
      `select v.id, v.name from certification c join village v on v.id = c.village_id
       join township t on t.id = v.township_id
       where t.name = '长春堡镇' and c.year = 2016 and c.tier = 1 and c.status = 'ACTIVE'
       and v.name <> '清塘村' order by v.name limit 1`,
    );
    settledVillage = certified.name;
    const api = await t.as('demo.township');
    await api.data(
      'mutation ($v: ID!) { createPlanItem(villageId: $v, periodStart: 2015, targetYear: 2016, targetTier: 1) { id } }',
      { v: certified.id },
    );
  });
  afterAll(async () => {
    await b?.close();
    await t?.stop();
  });

  it('the administrator creates a village clerk, who must be given a village, and the list shows it', async () => {
    admin = await b.newPage();
    const { page } = admin;
    await signIn(page, t.url, 'demo.admin');
    await page.goto(`${t.url}/#/User/create`);
    await page.getByLabel('用户名').fill(clerkName);
    await page.getByLabel('姓名').fill('清塘村第二填报员');
    await page.getByLabel('登录密码').fill('clerk-password-2');
    // No village field until the role asks for one.
    await expect(page.getByLabel('所属村（社区）').count()).resolves.toBe(0);
    await select(page, '角色', '村级填报员');
    await autocomplete(page, '所属村（社区）', '清塘', '清塘村');
    await page.getByRole('button', { name: '保存' }).click();

    await page.waitForURL(/#\/User(\?|$)/);
    const created = row(page, clerkName);
    // Township and village are references: their names arrive after the row.
    await created.getByText('长春堡镇').waitFor();
    await expect(created.textContent()).resolves.toMatch(/清塘村第二填报员.*村级填报员.*长春堡镇.*清塘村/);
    await admin.screenshot('records-user-created');
    expect(admin.errors).toEqual([]);
  });

  it('the township officer adds a cadre to a village of 长春堡镇 and a plan line for it', async () => {
    officer = await b.newPage();
    const { page } = officer;
    await signIn(page, t.url, 'demo.township');
    await page.goto(`${t.url}/#/Village?filter=${encodeURIComponent(JSON.stringify({ q: '清塘' }))}`);
    await row(page, '清塘村').getByText('清塘村').click();
    await page.getByRole('tab', { name: '村干部' }).click();
    await page.getByRole('link', { name: '添加村干部' }).click();
    await page.waitForURL(/#\/Cadre\/create/);
    // The village's cadre table (with its 姓名 column) gives way to the form.
    await page.getByRole('button', { name: '保存' }).waitFor();

    await page.getByLabel('姓名').fill('王建华');
    await expect(page.getByLabel('所在村（社区）').inputValue()).resolves.toBe('清塘村');
    await page.getByLabel('职务').fill('支部书记');
    await select(page, '性别', '男');
    await page.getByLabel('联系电话').fill('0857-8221234');
    await page.getByRole('button', { name: '保存' }).click();

    // Back on the village's cadre list, the new cadre among them.
    await page.waitForURL(/#\/Village\/[^/]+\/show\/cadres/);
    await expect(row(page, '王建华').textContent()).resolves.toMatch(/王建华.*支部书记.*男.*0857-8221234/);
    await officer.screenshot('records-cadre-added');

    await page.goto(`${t.url}/#/PlanItem/create`);
    await autocomplete(page, '村（社区）', '清塘', '清塘村');
    await page.getByLabel('规划起始年').fill('2017');
    await page.getByLabel('目标年度').fill('2020');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('目标年度须在规划期内（2017—2019年）').waitFor();
    await page.getByLabel('目标年度').fill('2018');
    await select(page, '目标等级', '示范村');
    await page.getByRole('button', { name: '保存' }).click();

    await page.waitForURL(/#\/PlanItem(\?|$)/);
    await row(page, '清塘村').getByText('长春堡镇').waitFor();
    await expect(row(page, '清塘村').textContent()).resolves.toMatch(
      /长春堡镇.*清塘村.*2017—2019年.*2018.*示范村.*未销账/,
    );

    // A line a certification already fulfils is written off (销账) at once, and from then on read-only.
    const settled = row(page, settledVillage);
    await settled.getByText('2016年 规范村').waitFor();
    await expect(settled.textContent()).resolves.toMatch(/已销账.*2016年 规范村/);
    await settled.getByText('已销账').click();
    await page.getByText('销账依据（命名）').waitFor();
    await expect(page.getByRole('link', { name: '编辑' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '删除' }).count()).resolves.toBe(0);

    // The working year's progress and ledger show the officer's own township and the new line.
    await page.goto(`${t.url}/#/plan-progress`);
    await page.getByText('2017年销账台账').waitFor();
    await expect(page.getByRole('table', { name: '三年规划进度' }).getByRole('row').count()).resolves.toBe(2);
    await expect(row(page, '长春堡镇').first().textContent()).resolves.toMatch(/长春堡镇/);
    const ledger = page.getByRole('table', { name: '2017年销账台账' });
    await expect(ledger.getByRole('row').filter({ hasText: '清塘村' }).textContent()).resolves.toMatch(
      /清塘村.*2017—2019年.*2018.*示范村.*未销账/,
    );
    await officer.screenshot('records-plan-progress');
    expect(officer.errors).toEqual([]);
  });

  it('the audit log, filtered by date range, shows those actions; before/after side by side', async () => {
    const { page } = admin;
    await page.goto(`${t.url}/#/AuditEvent`);
    await page.getByLabel('起始日期').fill(day());
    await page.getByLabel('截止日期').fill(day());
    const userCreated = row(page, '用户').filter({ hasText: '新增' });
    await userCreated.waitFor();
    await expect(userCreated.textContent()).resolves.toMatch(/demo\.admin.*新增.*用户/);
    await expect(row(page, '村干部').textContent()).resolves.toMatch(/demo\.township.*新增.*村干部/);
    // The line added in the console, the one added through the API before, and the latter's write-off.
    await expect(row(page, '三年规划').filter({ hasText: '新增' }).count()).resolves.toBe(2);
    await expect(row(page, '三年规划').filter({ hasText: '销账' }).textContent()).resolves.toMatch(
      /demo\.township.*销账.*三年规划/,
    );
    await admin.screenshot('records-audit-today');

    // A range ending yesterday leaves today's actions out.
    await page.getByLabel('截止日期').fill(day(-1));
    await page.getByLabel('起始日期').fill(day(-7));
    await page.getByText(/当前筛选条件下没有找到/).waitFor();
    await expect(row(page, '村干部').count()).resolves.toBe(0);

    await page.getByLabel('截止日期').fill(day());
    await row(page, '村干部').click();
    const changes = page.getByRole('table', { name: '变更内容' });
    await expect(changes.getByRole('row').filter({ hasText: '姓名' }).textContent()).resolves.toMatch(
      /—.*王建华/,
    );
    await expect(changes.getByRole('row').filter({ hasText: '职务' }).textContent()).resolves.toMatch(
      /支部书记/,
    );
    await admin.screenshot('records-audit-diff');
    expect(admin.errors).toEqual([]);
  });
});
