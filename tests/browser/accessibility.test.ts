import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { launchBrowser, type ConsoleBrowser, type ConsolePage } from './support/browser.js';

/** Every page of the console an administrator can open: lists, create forms and the procedure's screens. */
const PAGES = [
  ...[
    'Application',
    'Assessment',
    'Certification',
    'Payout',
    'Scheme',
    'PlanItem',
    'Township',
    'Village',
    'Cadre',
    'Department',
    'Training',
    'User',
    'AuditEvent',
  ],
  ...['Township', 'Village', 'Cadre', 'Department', 'Training', 'User', 'Scheme'].map((r) => `${r}/create`),
  ...[
    'ranking',
    'queue',
    'pre-assessment',
    'statement',
    'what-if',
    'indicator-lab',
    'plan-progress',
    'reviews',
  ],
];

/** Waits until the page shows its content: a table, a form or a card, and nothing is loading any more. */
async function pageReady(page: Page) {
  await page
    .locator('#main-content')
    .locator('table, form, .MuiCardContent-root, .RaList-noResults, .RaEmpty-root')
    .first()
    .waitFor();
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
}

interface PageProblems {
  unlabelled: string[];
  overflow: number;
}

/** Form controls a person can reach without a name a screen reader (or getByLabel) can read, and width overflow. */
function problemsOf(page: Page): Promise<PageProblems> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const box = (el as HTMLElement).getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const text = (ids: string | null) =>
      (ids ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
        .join('');
    const controls = Array.from(
      document.querySelectorAll(
        'input, select, textarea, [role="combobox"], [role="checkbox"], [role="switch"]',
      ),
    ).filter(
      (el) =>
        visible(el) &&
        (el as HTMLInputElement).type !== 'hidden' &&
        el.getAttribute('aria-hidden') !== 'true' &&
        !el.closest('[aria-hidden="true"]'),
    );
    const unlabelled = controls
      .filter((el) => {
        const labels = (el as HTMLInputElement).labels;
        const fromLabels = labels ? Array.from(labels).some((l) => l.textContent?.trim()) : false;
        return !(
          el.getAttribute('aria-label')?.trim() ||
          text(el.getAttribute('aria-labelledby')) ||
          fromLabels ||
          el.getAttribute('title')?.trim()
        );
      })
      .map((el) => el.outerHTML.slice(0, 160));
    return { unlabelled, overflow: document.documentElement.scrollWidth - window.innerWidth };
  });
}

describe('the console on a 1366×768 laptop, for keyboard and screen-reader users', () => {
  let t: TestServer;
  let b: ConsoleBrowser;
  let p: ConsolePage;
  beforeAll(async () => {
    [t, b] = await Promise.all([startTestServer(), launchBrowser()]);
    p = await b.newPage();
  });
  afterAll(async () => {
    await b?.close();
    await t?.stop();
  });

  it('signs in with the keyboard alone', async () => {
    await p.page.goto(`${t.url}/#/login`);
    await p.page.getByLabel(/^用户名/).focus();
    await p.page.keyboard.type('demo.admin');
    await p.page.keyboard.press('Tab');
    await p.page.keyboard.type('fanben-demo');
    await p.page.keyboard.press('Enter');
    await p.page.getByTestId('current-role').waitFor();
    expect(await p.page.getByTestId('current-role').textContent()).toBe('系统管理员');
  });

  it('reaches the menu with Tab and opens a page with Enter', async () => {
    const menuLink = p.page.getByRole('menuitem', { name: '乡镇' });
    let focused = false;
    for (let i = 0; i < 40 && !focused; i++) {
      await p.page.keyboard.press('Tab');
      focused = await menuLink.evaluate((el) => el === document.activeElement);
    }
    expect(focused).toBe(true);
    await p.page.keyboard.press('Enter');
    await p.page.getByRole('columnheader', { name: /代码/ }).waitFor();
    expect(p.page.url()).toMatch(/#\/Township$/);
  });

  it('labels every input and fits the width on every page', async () => {
    const problems: Record<string, PageProblems> = {};
    for (const route of PAGES) {
      await p.page.goto(`${t.url}/#/${route}`);
      await pageReady(p.page);
      const found = await problemsOf(p.page);
      if (found.unlabelled.length || found.overflow > 0) problems[route] = found;
    }
    await p.screenshot('accessibility-last-page');
    expect(problems).toEqual({});
    expect(p.errors).toEqual([]);
  }, 180_000);
});
