// The figure pages on demo data as a director uses them: Rettidighed (change scope, run a
// deadline scenario, open the overdue list) and Personale og kontinuitet. Screenshots in test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, signInAsDemo, startApp, type RunningApp } from './app-server';

/** Every section has answered: no "Henter data …" left on the page. */
async function settled(page: Page): Promise<void> {
  // A function, not a string: the page's Content-Security-Policy forbids evaluating strings.
  const noLoading = () => !(globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText.includes('Henter data');
  await page.waitForFunction(noLoading, undefined, { timeout: 90_000 });
}

let app: RunningApp;

beforeAll(async () => { app = await startApp(0.1); });
afterAll(async () => { await app?.stop(); });

describe('the figure pages', () => {
  it('Rettidighed: figures for a scope, another scope, and a deadline scenario', async () => {
    const page = await signInAsDemo(app, /Direktør/);
    await page.goto(`${app.base}/rettidighed?scope=SOF`);
    await page.getByRole('heading', { name: 'Rettidighed', level: 1 }).waitFor();
    await page.getByText('Afgjort til tiden').first().waitFor({ timeout: 60_000 });
    await settled(page);
    await page.screenshot({ path: path.join(SHOTS, 'timeliness-top.png') });

    await page.locator('.selection-bar select, select').first().selectOption({ label: 'Borgercenter Handicap' });
    await page.waitForURL((url) => url.searchParams.get('scope') === 'SOF.BCH');
    await page.locator('main').getByText('Borgercenter Handicap').first().waitFor();

    const scenario = page.locator('form.scenario-form');
    await scenario.waitFor({ timeout: 60_000 });
    const types = await scenario.locator('select').first().locator('option').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    await scenario.getByLabel('Frist').fill('20');
    await scenario.locator('select').nth(1).selectOption('WEEKS');
    await page.getByText(/Med en frist på 20 uger/).waitFor({ timeout: 30_000 });
    await page.getByText('Skifter status i alt').waitFor();
    await settled(page);
    await page.getByRole('heading', { name: 'Overskredne sager' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'timeliness-scenario.png'), fullPage: true });
    expect(await page.locator('a[href^="/sager/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('Personale og kontinuitet: turnover, the fixed caseworker and the indices', async () => {
    const page = await signInAsDemo(app, /Direktør/);
    await page.goto(`${app.base}/kontinuitet?scope=SOF`);
    await page.getByRole('heading', { name: 'Personale og kontinuitet', level: 1 }).waitFor();
    await page.getByText('Sager med fast sagsbehandler').first().waitFor({ timeout: 60_000 });
    await page.getByText(/Spearman/).first().waitFor({ timeout: 60_000 });
    await settled(page);
    await page.screenshot({ path: path.join(SHOTS, 'continuity-top.png') });
    await page.screenshot({ path: path.join(SHOTS, 'continuity.png'), fullPage: true });
    await page.close();
  });
});
