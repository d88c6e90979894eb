import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (installed by .ci/run); CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots land here; CI keeps the folder as artifacts. */
export const ARTIFACTS = fileURLToPath(new URL('../../artifacts/browser/', import.meta.url));

const ADMIN_DIST = fileURLToPath(new URL('../../../packages/admin/dist/index.html', import.meta.url));

export interface ConsoleBrowser {
  browser: Browser;
  /** A fresh page (playwright gives each launch a fresh profile directory) (own cookies and storage) at 1366×768 that records console errors. */
  newPage(locale?: string): Promise<ConsolePage>;
  close(): Promise<void>;
}

export interface ConsolePage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  screenshot(name: string): Promise<void>;
}

export async function launchBrowser(): Promise<ConsoleBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium)`,
    );
  }
  if (!existsSync(ADMIN_DIST)) throw new Error('The console is not built: run `pnpm build` first');
  await mkdir(ARTIFACTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    async newPage(locale = 'zh-CN') {
      const context = await browser.newContext({
        viewport: { width: 1366, height: 768 },
        locale,
        acceptDownloads: true,
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(`${err.name}: ${err.message}`));
      return {
        page,
        context,
        errors,
        screenshot: async (name) => {
          await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
        },
      };
    },
    async close() {
      await browser.close();
    },
  };
}

/** Signs in through the console's login form, as a person would, and waits for the dashboard. */
export async function signIn(page: Page, baseUrl: string, username: string, password = 'fanben-demo') {
  await page.goto(`${baseUrl}/#/login`);
  await page.getByLabel(/^(用户名|Username)/).fill(username);
  await page.getByLabel(/^(密码|Password)/).fill(password);
  await page.getByRole('button', { name: /登录|Sign in/ }).click();
  await page.getByTestId('current-role').waitFor();
}
