import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { passingValues } from '../support/declared-values.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { launchBrowser, signIn, type ConsoleBrowser, type ConsolePage } from './support/browser.js';

/** The demo county's current round; the clerk's village (清塘村) has no application for it yet. */
const YEAR = 2017;
const VILLAGE = '清塘村';
const REASON = '绿化率、亮化覆盖率请附乡镇核实的测量记录后重新提交。';

interface FieldDef {
  name: string;
  type: string;
  label: string;
  options: { value: string; label: string }[];
}
interface Definition {
  key: string;
  title: string;
  inputs: FieldDef[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A generated input by its visible label (a required one carries a trailing *). */
const labelled = (scope: Locator, label: string) =>
  scope.getByLabel(new RegExp(`^${escape(label)}(\\s*\\*)?$`));

/**
 * Fills one indicator's generated inputs, found by the indicator's title and each field's label, as a
 * clerk would; which inputs exist comes from the API's definitions, not from this test.
 */
async function fillIndicator(page: Page, def: Definition, values: Record<string, unknown>) {
  const group = page.getByRole('group', { name: def.title });
  for (const field of def.inputs) {
    const value = values[field.name];
    const input = labelled(group, field.label);
    if (field.type === 'boolean') {
      await input.setChecked(value === true);
    } else if (field.type === 'enum') {
      await input.click();
      await page.getByRole('option', { name: field.options.find((o) => o.value === value)!.label }).click();
    } else {
      await input.fill(String(value));
    }
  }
}

describe('a village applies and the township vets it in the console', () => {
  let t: TestServer;
  let b: ConsoleBrowser;
  let clerk: ConsolePage;
  let township: ConsolePage;
  let definitions: Definition[];
  const declared = passingValues();

  beforeAll(async () => {
    [t, b] = await Promise.all([startTestServer(), launchBrowser()]);
    const api = await t.as('demo.clerk');
    const data = await api.data<{ activeScheme: { id: string }; mine: { year: number }[] }>(
      `query ($year: Int!) { activeScheme(year: $year) { id } mine: allApplications { year } }`,
      { year: YEAR },
    );
    expect(data.mine.map((a) => a.year)).not.toContain(YEAR);
    definitions = (
      await api.data<{ indicatorDefinitions: Definition[] }>(
        `query ($id: ID) { indicatorDefinitions(schemeId: $id) { key title inputs } }`,
        { id: data.activeScheme.id },
      )
    ).indicatorDefinitions;
    clerk = await b.newPage();
    township = await b.newPage();
    await Promise.all([
      signIn(clerk.page, t.url, 'demo.clerk'),
      signIn(township.page, t.url, 'demo.township'),
    ]);
  });
  afterAll(async () => {
    await b?.close();
    await t?.stop();
  });

  const statusChip = (page: Page) => page.getByTestId('application-status');
  const feedback = (page: Page) => page.getByTestId('application-feedback');
  const rankingRow = (page: Page, village: string) =>
    page.getByRole('table').getByRole('row').filter({ hasText: village });

  it('demo.clerk fills the generated form for the working year, saves a draft and submits it', async () => {
    const { page } = clerk;
    await page.getByRole('combobox', { name: '工作年度' }).click();
    await page.getByRole('option', { name: String(YEAR), exact: true }).click();
    await page.getByRole('menuitem', { name: '评定申报' }).click();
    await page.getByRole('link', { name: '新建' }).click();

    // The village is the clerk's own, the year the working year; every indicator of the scheme has a group.
    await page.getByRole('group', { name: definitions[0].title }).waitFor();
    expect(await page.getByLabel(/^村（社区）/).inputValue()).toBe(VILLAGE);
    expect(await page.getByLabel(/^申报年度/).inputValue()).toBe(String(YEAR));
    expect(await page.getByRole('group').count()).toBe(definitions.length);
    for (const def of definitions) await fillIndicator(page, def, declared[def.key as keyof typeof declared]);
    await clerk.screenshot('clerk-application-form');
    await page.getByRole('button', { name: '保存' }).click();

    await statusChip(page).filter({ hasText: '草稿' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      `${VILLAGE} · ${YEAR} · 规范村`,
    );
    expect(await feedback(page).textContent()).toContain('草稿尚未提交');
    // Readiness of these declared values at tier 1 is 0.214 (environment.appearance, the weakest).
    expect(await page.getByText('+21.4%').count()).toBeGreaterThan(0);
    expect(await page.getByText('最弱指标：村庄环境面貌').count()).toBe(1);
    const comparison = page.getByRole('region', { name: '村庄环境面貌' });
    expect(await comparison.getByRole('row').filter({ hasText: '绿化率' }).textContent()).toContain('45%');

    await page.getByRole('button', { name: '提交乡镇审核' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '提交乡镇审核' }).click();
    await statusChip(page).filter({ hasText: '已提交' }).waitFor();
    expect(await feedback(page).textContent()).toContain('已提交，等待乡镇审核');
    expect(await page.getByRole('button', { name: '提交乡镇审核' }).count()).toBe(0);
    await clerk.screenshot('clerk-application-submitted');

    // What the form sent is exactly the declared values, keyed by indicator key.
    const api = await t.as('demo.clerk');
    const saved = await api.data<{ allApplications: { status: string; declaredValues: unknown }[] }>(
      `query ($year: Int!) { allApplications(filter: { year: $year }) { status declaredValues } }`,
      { year: YEAR },
    );
    expect(saved.allApplications).toEqual([{ status: 'SUBMITTED', declaredValues: declared }]);
    expect(clerk.errors).toEqual([]);
  });

  it('demo.township sees it ranked first and returns it with a reason the clerk then reads', async () => {
    const { page } = township;
    await page.getByRole('menuitem', { name: '申报审核推荐' }).click();
    await page.getByRole('heading', { level: 1, name: `${YEAR}年度申报审核推荐` }).waitFor();
    await rankingRow(page, VILLAGE).waitFor();
    expect(await page.getByTestId('ranking-quota').textContent()).toBe('本年度推荐名额不限，已推荐 0 个');
    // 清塘村 (readiness +21.4%) ranks above the demo's other submitted application, 三合村 (+11.1%).
    const rows = page.getByRole('table').getByRole('row');
    expect(await rows.nth(1).textContent()).toContain(VILLAGE);
    expect(await rows.nth(2).textContent()).toContain('三合村');
    expect(await rankingRow(page, VILLAGE).textContent()).toContain('村庄环境面貌');

    await rankingRow(page, VILLAGE).getByRole('button', { name: '退回' }).click();
    const dialog = page.getByRole('dialog');
    const confirm = dialog.getByRole('button', { name: '确认退回' });
    expect(await confirm.isDisabled()).toBe(true); // no return without a reason
    await dialog.getByLabel(/^退回理由/).fill(REASON);
    await confirm.click();
    await page.getByText(`已退回${VILLAGE}的申报`).waitFor();
    await rankingRow(page, VILLAGE).filter({ hasText: '已退回' }).waitFor();
    expect(await rankingRow(page, VILLAGE).textContent()).toContain(REASON);
    expect(await rankingRow(page, VILLAGE).getByRole('button').count()).toBe(0);
    await township.screenshot('township-returned');

    await clerk.page.reload();
    await statusChip(clerk.page).filter({ hasText: '已退回' }).waitFor();
    const text = await feedback(clerk.page).textContent();
    expect(text).toContain('乡镇已退回本申报，请按意见修改后重新提交');
    expect(text).toContain(`退回理由：${REASON}`);
    await clerk.screenshot('clerk-application-returned');
    expect(township.errors).toEqual([]);
    expect(clerk.errors).toEqual([]);
  });

  it('the clerk corrects and resubmits; the township forwards it and the quota count follows', async () => {
    const { page } = clerk;
    await page.getByRole('link', { name: '编辑' }).click();
    const appearance = page.getByRole('group', { name: '村庄环境面貌' });
    await labelled(appearance, '绿化率').waitFor();
    // The edit form starts from what was declared.
    expect(await labelled(appearance, '绿化率').inputValue()).toBe('45');
    await labelled(appearance, '绿化率').fill('48');
    await page.getByRole('button', { name: '保存' }).click();
    await statusChip(page).filter({ hasText: '已退回' }).waitFor();
    await page
      .getByRole('region', { name: '村庄环境面貌' })
      .getByRole('row')
      .filter({ hasText: '48%' })
      .waitFor();
    await page.getByRole('button', { name: '提交乡镇审核' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '提交乡镇审核' }).click();
    await statusChip(page).filter({ hasText: '已提交' }).waitFor();

    const tp = township.page;
    await tp.reload();
    await rankingRow(tp, VILLAGE).filter({ hasText: '已提交' }).waitFor();
    await rankingRow(tp, VILLAGE).getByRole('button', { name: '推荐' }).click();
    const dialog = tp.getByRole('dialog');
    expect(await dialog.textContent()).toContain(`确定推荐${VILLAGE}参加 ${YEAR} 年度规范村评定吗`);
    await dialog.getByRole('button', { name: '推荐' }).click();
    await tp.getByText(`已推荐${VILLAGE}参加区级评定`).waitFor();
    await rankingRow(tp, VILLAGE).filter({ hasText: '已推荐' }).waitFor();
    expect(await tp.getByTestId('ranking-quota').textContent()).toBe('本年度推荐名额不限，已推荐 1 个');
    await township.screenshot('township-forwarded');

    await page.reload();
    await statusChip(page).filter({ hasText: '已推荐' }).waitFor();
    expect(await feedback(page).textContent()).toContain('乡镇已推荐至区级评定');
    expect(await page.getByRole('link', { name: '编辑' }).count()).toBe(0);
    expect(clerk.errors).toEqual([]);
    expect(township.errors).toEqual([]);
  });
});
