// Overblik on demo data as a director uses it on a Monday morning: the matrix of indicators for
// a centre and its units, the funnel plot, and setting a unit's target so that
// its status changes. Screenshots in test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, signInAsDemo, startApp, type RunningApp } from './app-server';

/** Every section has answered: no "Henter data …" left on the page. */
async function settled(page: Page): Promise<void> {
  // A function, not a string: the page's Content-Security-Policy forbids evaluating strings.
  const noLoading = () => !(globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText.includes('Henter');
  await page.waitForFunction(noLoading, undefined, { timeout: 90_000 });
}

/** Targets on the administration (inherited by every unit below it), set through the API as the director. */
async function setScopeTargets(page: Page, scope: string): Promise<void> {
  const errors = await page.evaluate(async (department) => {
    const targets = [
      { indicator: 'TIMELINESS', value: 0.85 },
      { indicator: 'KM_MEDIAN_DAYS', value: 45 },
      { indicator: 'ANNUALISED_TURNOVER', value: 0.15 },
      { indicator: 'FIXED_CASEWORKER_SHARE', value: 0.6 },
      { indicator: 'COMPLAINTS_PER_1000', value: 10 },
      { indicator: 'CASELOAD', low: 20, high: 35 },
    ];
    const query = 'mutation ($input: IndicatorTargetInput!) { setIndicatorTarget(input: $input) { indicator } }';
    const answers = await Promise.all(targets.map(async (target) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: { input: { department, ...target } } }),
      });
      return response.json() as Promise<{ errors?: unknown[] }>;
    }));
    return answers.flatMap((a) => a.errors ?? []);
  }, scope);
  expect(errors).toEqual([]);
}

/** The status class of a row's timeliness cell ("green", "amber", "red" or "none"). */
async function timelinessStatus(page: Page, row: number): Promise<string> {
  const cell = page.locator('table.overview-matrix__table tbody tr').nth(row).locator('td').first();
  const classes = (await cell.getAttribute('class')) ?? '';
  return /overview-matrix__cell--(\w+)/.exec(classes)?.[1] ?? 'none';
}

let app: RunningApp;

beforeAll(async () => { app = await startApp(0.1); });
afterAll(async () => { await app?.stop(); });

describe('Overblik', () => {
  it('shows the matrix, the funnel, and a target that changes a unit\'s status', async () => {
    const page = await signInAsDemo(app, /Direktør/);
    await page.goto(`${app.base}/?scope=SOF.BCH`);
    await setScopeTargets(page, 'SOF');
    await page.reload();
    await page.getByRole('heading', { name: 'Overblik', level: 1 }).waitFor();
    const matrix = page.locator('table.overview-matrix__table');
    await matrix.waitFor({ timeout: 90_000 });
    await settled(page);
    await page.screenshot({ path: path.join(SHOTS, 'overview-matrix.png') });
    const rows = matrix.locator('tbody tr');
    expect(await rows.count()).toBe(4);
    expect(await rows.first().locator('th [aria-hidden="true"]').innerText()).toBe('I alt');
    expect(await matrix.locator('.overview-matrix__cell--green, .overview-matrix__cell--amber, .overview-matrix__cell--red').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'overview-matrix-full.png'), fullPage: true });
    await page.locator('section.overview-panel table').screenshot({ path: path.join(SHOTS, 'overview-matrix-table.png') });
    // Nothing sticks out of the page at 1280 px: a wide table scrolls inside its own box.
    const pageWidth = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(1280);

    await page.getByRole('button', { name: 'Tragtdiagram' }).click();
    await page.locator('section.chart-panel canvas').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(SHOTS, 'overview-funnel.png'), fullPage: true });
    await page.getByLabel('Nøgletal', { exact: true }).selectOption('FIXED_CASEWORKER_SHARE');
    await page.getByRole('heading', { name: 'Enhederne sammenlignet: Andel med fast sagsbehandler' }).waitFor();
    await page.getByRole('button', { name: /^Vis som tabel/ }).click();
    expect(await page.locator('section.chart-panel tbody tr').count()).toBeGreaterThan(1);

    // The first unit's own timeliness target: 100 % cannot be met, 0 % always is.
    await page.getByRole('button', { name: 'Nøgletal', exact: true }).click();
    await matrix.waitFor();
    const unit = (await rows.nth(1).locator('th a').innerText()).trim();
    await rows.nth(1).locator('.overview-matrix__action button').click();
    const panel = page.locator('section.target-panel');
    await panel.getByRole('heading', { name: `Mål for ${unit}` }).waitFor();
    await panel.getByText('Arvet fra').first().waitFor({ timeout: 30_000 });
    for (const [value, status] of [['100', 'red'], ['0', 'green']] as const) {
      await panel.getByLabel('Mindst').fill(value);
      await panel.getByRole('button', { name: 'Gem mål' }).click();
      await panel.getByText('Målet er gemt.').waitFor({ timeout: 30_000 });
      await page.waitForFunction(([row, expected]) => {
        type Element = { className: string; querySelector: (selector: string) => Element | null };
        const dom = (globalThis as unknown as { document: { querySelectorAll: (s: string) => ArrayLike<Element> } }).document;
        const cell = dom.querySelectorAll('table.overview-matrix__table tbody tr')[row]?.querySelector('td');
        return cell?.className.includes(`--${expected}`) ?? false;
      }, [1, status] as const, { timeout: 30_000 });
      expect(await timelinessStatus(page, 1)).toBe(status);
    }
    expect(await panel.locator('tbody tr').count()).toBe(2);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'overview-target.png'), fullPage: true });

    await panel.getByRole('button', { name: 'Fjern eget mål' }).click();
    await panel.getByText('Det egne mål er fjernet.').waitFor({ timeout: 30_000 });
    expect(await panel.locator('tbody tr').count()).toBe(3);
    await page.close();
  });
});
