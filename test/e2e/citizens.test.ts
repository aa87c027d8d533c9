// Borgeren i centrum on demo data: a director opens it from the navigation and one citizen from
// its list (screenshots in test-results/); a committee member sees the figures without the list.
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

async function openCitizens(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Borgeren i centrum' }).click();
  await page.getByRole('heading', { name: 'Borgeren i centrum', level: 1 }).waitFor();
  await page.locator('.citizens-gap').waitFor({ timeout: 90_000 });
  await settled(page);
  // The charts animate in for a second; a screenshot before that shows half-drawn labels.
  await page.waitForTimeout(1_500);
}

let app: RunningApp;

beforeAll(async () => { app = await startApp(0.1); });
afterAll(async () => { await app?.stop(); });

describe('Borgeren i centrum', () => {
  it('a director sees the figures and opens one citizen’s timeline from the list', async () => {
    const page = await signInAsDemo(app, /Direktør/);
    await openCitizens(page);
    await page.screenshot({ path: path.join(SHOTS, 'citizens-top.png') });
    await page.screenshot({ path: path.join(SHOTS, 'citizens.png'), fullPage: true });
    const combinations = page.locator('section.chart-panel', { has: page.getByRole('heading', { name: 'Hvilke afdelinger borgerne går på tværs af' }) });
    await combinations.screenshot({ path: path.join(SHOTS, 'citizens-combinations.png') });
    const histogram = page.locator('section.chart-panel', { has: page.getByRole('heading', { name: 'Sagsbehandlere pr. borger' }) });
    await histogram.screenshot({ path: path.join(SHOTS, 'citizens-histogram.png') });

    const list = page.locator('section.panel', { has: page.getByRole('heading', { name: 'Borgere med sager i flere afdelinger', level: 2 }) });
    await list.getByText(/^Viser 1–\d+ af \d+ borgere\.$/).waitFor();
    const first = list.locator('tbody a').first();
    const pseudonym = (await first.textContent())!.trim();
    await first.click();
    await page.getByRole('heading', { name: `Borger ${pseudonym}`, level: 1 }).waitFor();
    await page.locator('.citizen-timeline__chart').waitFor({ timeout: 60_000 });
    await settled(page);
    // A cross-department citizen has cases in at least two departments, each a row of the timeline.
    expect(await page.locator('.citizen-timeline__chart text[font-weight="600"]').count()).toBeGreaterThan(1);
    await page.locator('.citizen-timeline').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'citizen-timeline.png') });
    await page.screenshot({ path: path.join(SHOTS, 'citizen.png'), fullPage: true });
    expect(await page.locator('a[href^="/sager/"]').count()).toBeGreaterThan(1);
    await page.close();
  });

  it('a committee member sees the figures but not the list of citizens', async () => {
    const page = await signInAsDemo(app, /Udvalgsmedlem/);
    await openCitizens(page);
    await page.screenshot({ path: path.join(SHOTS, 'citizens-committee.png'), fullPage: true });
    const headings = await page.locator('main h2').allTextContents();
    expect(headings).toContain('Enhederne');
    expect(headings).not.toContain('Borgere med sager i flere afdelinger');
    expect(await page.locator('a[href^="/borgere/"]').count()).toBe(0);
    await page.close();
  });
});
