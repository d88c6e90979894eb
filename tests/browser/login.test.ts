import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { launchBrowser, signIn, type ConsoleBrowser } from './support/browser.js';

const ROLES = [
  ['demo.admin', '系统管理员'],
  ['demo.clerk', '村级填报员'],
  ['demo.township', '乡镇审核员'],
  ['demo.assessor', '区级评定员'],
  ['demo.finance', '财务人员'],
  ['demo.viewer', '领导小组（只读）'],
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

  it.each(ROLES)('%s signs in and sees the role in Chinese', async (username, roleLabel) => {
    const p = await b.newPage();
    await signIn(p.page, t.url, username);
    await expect(p.page.getByTestId('current-role')).toBeDefined();
    expect(await p.page.getByTestId('current-role').textContent()).toBe(roleLabel);
    await p.screenshot(`login-${username}`);
    expect(p.errors).toEqual([]);
    await p.context.close();
  });

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
