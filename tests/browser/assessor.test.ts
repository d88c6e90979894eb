import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { launchBrowser, signIn, type ConsoleBrowser, type ConsolePage } from './support/browser.js';

const YEAR = 2017;

interface Queued {
  id: string;
  targetTier: number;
  readiness: number;
  weakestIndicatorKey: string;
  declaredValues: Record<string, Record<string, unknown>>;
  village: { name: string };
}
interface Definition {
  key: string;
  title: string;
  inputs: { name: string; label: string }[];
}

/**
 * A verified value that fails each numeric default indicator at any tier (a threshold of at least one
 * item, or at most a few incidents), so the test can fail whichever indicator the plan puts first.
 */
const FAILING_VALUE: Record<string, [field: string, value: number]> = {
  'organization.service-system': ['serviceItems', 0],
  'environment.appearance': ['greeningRate', 0],
  'civility.public-security': ['criminalCases', 99],
  'civility.petitions': ['unresolvedPetitions', 99],
  'civility.self-governance': ['villagersAssemblies', 0],
  'civility.cultural-life': ['culturalEvents', 0],
  'industry.collective-income': ['operatingIncome', 0],
  'industry.per-capita-income': ['perCapitaDisposableIncome', 1000],
  'industry.specialty': ['cooperatives', 0],
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the district assessor assesses forwarded applications in the console', () => {
  let t: TestServer;
  let b: ConsoleBrowser;
  let p: ConsolePage;
  let page: Page;
  let toFail: Queued;
  let toPass: Queued;
  let definitions: Map<string, Definition>;

  beforeAll(async () => {
    [t, b] = await Promise.all([startTestServer(), launchBrowser()]);
    const assessor: GraphQLClient = await t.as('demo.assessor');
    const data = await assessor.data<{ assessmentQueue: Queued[]; indicatorDefinitions: Definition[] }>(
      `query ($year: Int!) {
        assessmentQueue(year: $year) { id targetTier readiness weakestIndicatorKey declaredValues village { name } }
        indicatorDefinitions { key title inputs }
      }`,
      { year: YEAR },
    );
    definitions = new Map(data.indicatorDefinitions.map((d) => [d.key, d]));
    // The demo's current round has two forwarded applications whose declared values pass (readiness ≥ 0):
    // one is failed on its weakest indicator, the other passed with the declared values as verified.
    const ready = data.assessmentQueue.filter((a) => a.readiness >= 0);
    expect(ready.length).toBeGreaterThanOrEqual(2);
    toFail = ready.find((a) => FAILING_VALUE[a.weakestIndicatorKey])!;
    expect(toFail).toBeDefined();
    toPass = ready.find((a) => a !== toFail)!;
    p = await b.newPage();
    page = p.page;
    await signIn(page, t.url, 'demo.assessor');
  });
  afterAll(async () => {
    await b?.close();
    await t?.stop();
  });

  const queueRow = (village: string) => page.getByRole('row').filter({ hasText: village });
  const status = () => page.getByTestId('assessment-status');
  const outcome = () => page.getByTestId('assessment-outcome');
  const planItems = () => page.getByRole('region', { name: /评定顺序/ }).getByRole('listitem');

  it('the queue lists both forwarded applications best-first; one fails at its weakest indicator and the assessment stops', async () => {
    await page.getByRole('menuitem', { name: '评定队列' }).click();
    await page.getByRole('heading', { level: 1, name: `${YEAR}年度评定队列` }).waitFor();
    const waiting = page.getByRole('table', { name: /待评定/ });
    for (const app of [toFail, toPass]) {
      const row = waiting.getByRole('row').filter({ hasText: app.village.name });
      // The weakest indicator by its title (the definitions arrive after the queue).
      await row.filter({ hasText: definitions.get(app.weakestIndicatorKey)!.title }).waitFor();
      expect(await row.textContent()).toContain('示范村');
    }

    await queueRow(toFail.village.name)
      .getByRole('button', { name: /开始评定/ })
      .click();
    await page
      .getByRole('heading', { level: 1, name: `${toFail.village.name} · ${YEAR}年度示范村评定` })
      .waitFor();
    expect(await status().textContent()).toBe('评定中');

    // The first indicator of the plan is the weakest declared one; its form is prefilled from the declaration.
    const weakest = definitions.get(toFail.weakestIndicatorKey)!;
    const [fieldName, failing] = FAILING_VALUE[weakest.key];
    const field = weakest.inputs.find((i) => i.name === fieldName)!;
    const form = page.getByRole('region', { name: `核定“${weakest.title}”` });
    const input = form.getByLabel(new RegExp(`^${escape(field.label)}`));
    expect(await input.inputValue()).toBe(String(toFail.declaredValues[weakest.key][fieldName]));
    await input.fill(String(failing));
    await p.screenshot('assessor-finding-form');
    await form.getByRole('button', { name: '记录核定结果' }).click();

    await page.getByTestId('assessment-status').filter({ hasText: '未通过' }).waitFor();
    const stopped = await outcome().textContent();
    expect(stopped).toContain(`“${weakest.title}”未达标，评定已终止`);
    const total = (await planItems().count()) as number;
    expect(total).toBe(definitions.size);
    expect(stopped).toContain(`其余 ${total - 1} 项指标未评定`);

    // The failed finding shows declared and verified values side by side; every other indicator: 未评定.
    const first = planItems().first();
    expect(await first.getByRole('region', { name: weakest.title }).textContent()).toContain('未达标');
    const row = first.getByRole('row').filter({ hasText: field.label });
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.at(-2)).toContain(
      new Intl.NumberFormat('zh-CN').format(Number(toFail.declaredValues[weakest.key][fieldName])),
    );
    expect(cells.at(-1)).toContain(String(failing));
    const rest = planItems().filter({ hasNotText: weakest.title });
    expect(await rest.count()).toBe(total - 1);
    for (const text of await rest.allTextContents()) expect(text).toContain('未评定');
    expect(await page.getByRole('button', { name: '记录核定结果' }).count()).toBe(0);
    await p.screenshot('assessor-failed');
    expect(p.errors).toEqual([]);
  });

  it('the other passes with the declared values verified at every step, and its certification appears', async () => {
    await page.getByRole('menuitem', { name: '评定队列' }).click();
    const waiting = page.getByRole('table', { name: /待评定/ });
    await waiting.waitFor();
    // The screen first shows the queue as it was on the last visit, then what the server says now: the
    // failed village leaves the waiting list.
    await waiting.getByRole('row').filter({ hasText: toFail.village.name }).waitFor({ state: 'detached' });
    expect(await page.getByRole('row').filter({ hasText: toFail.village.name }).count()).toBe(0);
    await queueRow(toPass.village.name)
      .getByRole('button', { name: /开始评定/ })
      .click();
    await page
      .getByRole('heading', { level: 1, name: `${toPass.village.name} · ${YEAR}年度示范村评定` })
      .waitFor();

    const total = await planItems().count();
    for (let done = 0; done < total; done++) {
      await outcome()
        .filter({ hasText: `已核定 ${done} 项` })
        .waitFor();
      await page.getByRole('button', { name: '记录核定结果' }).click();
      if (done + 1 < total)
        await outcome()
          .filter({ hasText: `已核定 ${done + 1} 项` })
          .waitFor();
    }

    await page.getByTestId('assessment-status').filter({ hasText: '通过' }).waitFor();
    expect(await status().textContent()).toBe('通过');
    await page.getByTestId('assessment-certification').waitFor();
    expect(await outcome().textContent()).toContain(`评定通过：${total} 项指标全部达标`);
    expect(await page.getByTestId('assessment-certification').textContent()).toContain(
      `已命名为${YEAR}年度示范村`,
    );
    const items = await planItems().allTextContents();
    expect(items.every((text) => text.includes('达标') && !text.includes('未达标'))).toBe(true);
    await p.screenshot('assessor-passed');

    await page.getByRole('link', { name: '查看命名记录' }).click();
    await page.waitForURL(/#\/Certification\/[^/]+\/show/);
    await page.getByText('命名年度').waitFor();
    const shown = await page.locator('main').textContent();
    expect(shown).toContain(toPass.village.name);
    expect(shown).toContain('示范村');
    expect(shown).toContain('有效');
    expect(shown).toContain(String(YEAR));
    // Revoking is the administrator's: the assessor is not offered it.
    expect(await page.getByRole('button', { name: '撤销命名' }).count()).toBe(0);
    await p.screenshot('assessor-certification');
    expect(p.errors).toEqual([]);
  });

  it('the administrator revokes that certification, and only with a reason', async () => {
    const admin = await b.newPage();
    await signIn(admin.page, t.url, 'demo.admin');
    await admin.page.getByRole('menuitem', { name: '命名记录' }).click();
    await admin.page.getByLabel('命名年度').fill(String(YEAR));
    // The year filter leaves the village's earlier Standard certifications out.
    const rows = admin.page.getByRole('row').filter({ hasText: toPass.village.name });
    await rows.filter({ hasText: '示范村' }).waitFor();
    await rows.filter({ hasText: '规范村' }).first().waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(1);
    await rows.filter({ hasText: '示范村' }).click();
    await admin.page.getByRole('button', { name: '撤销命名' }).click();
    const dialog = admin.page.getByRole('dialog');
    await dialog.getByRole('button', { name: '确认撤销' }).click();
    await dialog.getByText('必填').waitFor();
    const reason = '发生重大安全事故，经领导小组研究决定撤销。';
    await dialog.getByLabel(/撤销原因/).fill(reason);
    await dialog.getByRole('button', { name: '确认撤销' }).click();
    await admin.page.getByTestId('revocation').waitFor();
    expect(await admin.page.getByTestId('revocation').textContent()).toContain(reason);
    expect(await admin.page.locator('main').textContent()).toContain('已撤销');
    expect(await admin.page.getByRole('button', { name: '撤销命名' }).count()).toBe(0);
    await admin.screenshot('assessor-certification-revoked');
    expect(admin.errors).toEqual([]);
  });
});
