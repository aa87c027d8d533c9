// Klager og ankesager on demo data: a director opens it from the navigation (screenshots in
// test-results/), and a committee member sees it with no figure from 1 to 4 anywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, signInAsDemo, startApp, type RunningApp } from './app-server';

type Doc = { document: { body: { innerText: string }; querySelectorAll: (s: string) => ArrayLike<{ textContent: string | null }> } };

/** Every section has answered: no "Henter data …" left on the page. */
async function settled(page: Page): Promise<void> {
  // A function, not a string: the page's Content-Security-Policy forbids evaluating strings.
  const noLoading = () => !(globalThis as unknown as Doc).document.body.innerText.includes('Henter data');
  await page.waitForFunction(noLoading, undefined, { timeout: 90_000 });
}

/** Opens the page from the navigation and waits until every section has answered. */
async function openComplaints(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Klager og ankesager' }).click();
  await page.getByRole('heading', { name: 'Klager og ankesager', level: 1 }).waitFor();
  await page.getByText('Omgørelsesprocenten dækker kun sager, der er anket').first().waitFor({ timeout: 90_000 });
  await settled(page);
  // Let the bars finish growing before a screenshot.
  await page.waitForTimeout(1500);
}

/** The whole numbers shown as figures: table cells and key figures, dates, "< 5", "1.000" and decimals aside. */
async function figuresShown(page: Page): Promise<number[]> {
  const texts = await page.evaluate(() =>
    Array.from((globalThis as unknown as Doc).document.querySelectorAll('main td, main .kpi__value, main .kpi__detail'), (el) => el.textContent ?? ''),
  );
  return texts.flatMap((text) =>
    (text.replace(/\d{2}\.\d{2}\.\d{4}|< 5|1\.000/g, ' ').match(/(?<![\d.,])\d+(?![\d.,]?\d)/g) ?? []).map(Number),
  );
}

let app: RunningApp;

beforeAll(async () => { app = await startApp(0.1); });
afterAll(async () => { await app?.stop(); });

describe('Klager og ankesager', () => {
  it('a director opens it from the navigation and sees complaints, appeals and their counts', async () => {
    const page = await signInAsDemo(app, /Direktør/);
    await openComplaints(page);
    await page.screenshot({ path: path.join(SHOTS, 'complaints-top.png') });
    await page.screenshot({ path: path.join(SHOTS, 'complaints.png'), fullPage: true });

    const byDepartment = page.locator('section.chart-panel', { has: page.getByRole('heading', { name: 'Klager pr. enhed og emne' }) });
    expect(await byDepartment.locator('tbody tr').count()).toBeGreaterThan(1);
    await expect(byDepartment.locator('tbody tr').last().locator('th').textContent()).resolves.toMatch(/ i alt$/);
    const appeals = page.locator('section.chart-panel', { has: page.getByRole('heading', { name: 'Ankesager' }) });
    await appeals.getByText('Afviste ankesager indgår ikke i nævneren.').waitFor();
    expect(await appeals.locator('tbody tr').count()).toBeGreaterThan(1);
    await page.close();
  });

  it('Personale og kontinuitet has the Ressourcer section with caseload and decisions per caseworker-year', async () => {
    const page = await signInAsDemo(app, /Direktør/);
    await page.getByRole('link', { name: 'Personale og kontinuitet' }).click();
    const section = page.locator('section.chart-panel', { has: page.getByRole('heading', { name: 'Ressourcer' }) });
    await section.locator('tbody tr').first().waitFor({ timeout: 90_000 });
    await settled(page);
    expect(await section.locator('thead th').allTextContents()).toEqual(expect.arrayContaining(['Sager pr. sagsbehandler', 'Afgørelser pr. årsværk']));
    await section.screenshot({ path: path.join(SHOTS, 'continuity-resources.png') });
    await page.close();
  });

  it('a committee member sees no figure from 1 to 4 on it', async () => {
    const page = await signInAsDemo(app, /Udvalgsmedlem/);
    await openComplaints(page);
    const chart = page.locator('section.chart-panel', { has: page.getByRole('heading', { name: 'Klager over tid efter emne' }) });
    await chart.getByRole('button', { name: 'Vis som tabel' }).click();
    await page.screenshot({ path: path.join(SHOTS, 'complaints-committee.png'), fullPage: true });
    const shown = await figuresShown(page);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.filter((n) => n >= 1 && n <= 4)).toEqual([]);
    await page.close();
  });
});
