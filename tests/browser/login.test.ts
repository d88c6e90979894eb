import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { launchBrowser, signIn, type ConsoleBrowser } from './support/browser.js';

/** Each role, its label, menu entries it must see and entries of other roles' jobs it must not. */
const ROLES = [
  ['demo.admin', '系统管理员', ['用户', '评定方案', '申报审核推荐', '评定队列', '奖励发放表'], []],
  [
    'demo.clerk',
    '村级填报员',
    ['评定申报', '命名记录'],
    ['用户', '申报审核推荐', '评定队列', '奖励发放表', '发放明细'],
  ],
  ['demo.township', '乡镇审核员', ['申报审核推荐', '三年规划'], ['用户', '评定队列', '奖励发放表']],
  ['demo.assessor', '区级评定员', ['评定队列', '全面摸排'], ['用户', '申报审核推荐', '奖励发放表']],
  ['demo.finance', '财务人员', ['奖励发放表', '发放明细', '奖励测算'], ['用户', '申报审核推荐', '评定队列']],
  ['demo.viewer', '领导小组（只读）', ['考核', '操作日志'], ['申报审核推荐', '评定队列', '指标试算']],
] as const;

describe('signing in to the console', () => {
  let t: TestServer;
  let b: ConsoleBrowser;
  beforeAll(async () => {
    [t, b] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await b?.close();
    await t?.stop();
  });

  it.each(ROLES)(
    '%s signs in, sees the role in Chinese and a menu for its job',
    async (username, roleLabel, shown, hidden) => {
      const p = await b.newPage();
      await signIn(p.page, t.url, username);
      expect(await p.page.getByTestId('current-role').textContent()).toBe(roleLabel);
      const menu = p.page.locator('.RaMenu-open, .RaMenu-closed').first();
      for (const entry of shown)
        await expect(menu.getByRole('menuitem', { name: entry, exact: true }).count()).resolves.toBe(1);
      for (const entry of hidden)
        await expect(menu.getByRole('menuitem', { name: entry, exact: true }).count()).resolves.toBe(0);
      await p.screenshot(`login-${username}`);
      expect(p.errors).toEqual([]);
      await p.context.close();
    },
  );

  it('refuses a wrong password with a message in Chinese and stays on the login page', async () => {
    const p = await b.newPage();
    await p.page.goto(`${t.url}/#/login`);
    await p.page.getByLabel(/^用户名/).fill('demo.clerk');
    await p.page.getByLabel(/^密码/).fill('wrong-password');
    await p.page.getByRole('button', { name: /登录/ }).click();
    await p.page
      .getByText(/用户名或密码|密码错误|Invalid|incorrect/i)
      .first()
      .waitFor();
    expect(p.page.url()).toContain('/login');
    await p.context.close();
  });
});
