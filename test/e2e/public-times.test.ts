// The public page Sagsbehandlingstider as a citizen sees it on a phone (390 px), the open data,
// and an admin switching publication off. The demo publishes its departments at first start.
// Screenshots land in test-results/public-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, signInAsDemo, startApp, type RunningApp } from './app-server';

const PHONE = { width: 390, height: 844 };
let app: RunningApp;

beforeAll(async () => { app = await startApp(0.1); });
afterAll(async () => { await app?.stop(); });

/** Nothing wider than the phone: no sideways scrolling. */
async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
}

async function openAsCitizen(): Promise<Page> {
  const page = await app.browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
  await page.goto(`${app.base}/sagsbehandlingstider`);
  await page.getByRole('heading', { name: 'Sagsbehandlingstider', level: 1 }).waitFor();
  return page;
}

describe('the public processing times', () => {
  it('shows a citizen on a phone the published figures, without signing in, and searches them', async () => {
    const page = await openAsCitizen();
    await page.locator('.time-card').first().waitFor({ timeout: 60_000 });
    expect(page.url()).toBe(`${app.base}/sagsbehandlingstider`);
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByText(/Tallene er opgjort \d\d\.\d\d\.\d{4}/).count()).toBe(1);
    expect(await page.getByText('For få afgørelser').count()).toBeGreaterThan(0);
    expect(await page.getByText('Halvdelen fik svar inden for').count()).toBeGreaterThan(0);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: path.join(SHOTS, 'public-top.png') });
    await page.screenshot({ path: path.join(SHOTS, 'public-full.png'), fullPage: true });
    await page.getByRole('heading', { name: /^Myndighed Voksne/, level: 2 }).evaluate((h) => h.scrollIntoView());
    await page.screenshot({ path: path.join(SHOTS, 'public-cards.png') });
    await page.getByRole('heading', { name: 'Sådan skal du læse tallene', level: 2 }).evaluate((h) => h.scrollIntoView());
    await page.screenshot({ path: path.join(SHOTS, 'public-about.png') });

    const search = page.getByLabel('Søg efter sagstype eller lovgrundlag');
    await search.fill('§ 41');
    await page.getByText(/^Viser 1 af \d+ sagstyper\.$/).waitFor();
    expect(await page.locator('.time-card h3').allTextContents()).toEqual(['Merudgifter til børn med nedsat funktionsevne']);
    await search.focus();
    await page.screenshot({ path: path.join(SHOTS, 'public-search.png') });
    await page.close();
  });

  it('serves the same table as open data, CSV and JSON', async () => {
    const csv = await fetch(`${app.base}/aabne-data/sagsbehandlingstider.csv`);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(csv.status).toBe(200);
    expect(text.startsWith('\uFEFFdepartment_id;department;case_type_id;case_type;legal_basis;')).toBe(true);
    expect(text).toContain('Merudgifter til børn med nedsat funktionsevne;Serviceloven § 41;3;months;');
    const json = (await (await fetch(`${app.base}/aabne-data/sagsbehandlingstider.json`)).json()) as { columns: unknown[]; rows: unknown[]; dataDate: string };
    expect(json.columns.length).toBeGreaterThan(10);
    expect(json.rows.length).toBe(text.trim().split('\r\n').length - 1);
  });

  it('says "not published" once an admin switches publication off, and the open data answers 404', async () => {
    const admin = await signInAsDemo(app, /Karen Holm/, PHONE.width);
    await admin.goto(`${app.base}/offentliggoerelse`);
    const toggle = admin.getByLabel('Offentliggør sagsbehandlingstiderne');
    await toggle.waitFor({ timeout: 30_000 });
    expect(await toggle.isChecked()).toBe(true);
    expect(await pageWidth(admin)).toBeLessThanOrEqual(PHONE.width);
    await admin.screenshot({ path: path.join(SHOTS, 'public-admin.png'), fullPage: true });
    await toggle.uncheck();
    await admin.getByRole('button', { name: 'Gem' }).click();
    await admin.getByText('Indstillingerne er gemt.').waitFor();
    await admin.close();

    const page = await openAsCitizen();
    await page.getByText('Sagsbehandlingstiderne er ikke offentliggjort').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(SHOTS, 'public-unpublished.png') });
    expect((await fetch(`${app.base}/aabne-data/sagsbehandlingstider.csv`)).status).toBe(404);
    await page.close();
  });
});
