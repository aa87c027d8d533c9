// The admin's journey (issue 9): the demo admin uploads an export with one broken value, reads the
// error, fixes the file, uploads again and sees success, then finds one citizen in the access log.
// Screenshots in test-results/upload-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, signInAsDemo, startApp, type RunningApp } from './app-server';

const SCALE = 0.02;
let app: RunningApp;
let work: string;

/** The same export the demo municipality was made from (same seed, scale and day): a re-import changes nothing. */
function exportFolder(): string {
  const folder = path.join(work, 'udtraek');
  execFileSync('npx', ['tsx', 'server/demo/cli.ts', '--out', folder, '--scale', String(SCALE)], { stdio: 'ignore' });
  return folder;
}

/** A copy of the export whose first case was received on a day that does not exist. */
function brokenCopy(folder: string): { folder: string; value: string } {
  const broken = path.join(work, 'udtraek-med-fejl');
  cpSync(folder, broken, { recursive: true });
  const file = path.join(broken, 'cases.csv');
  const lines = readFileSync(file, 'utf8').split('\n');
  const fields = lines[1]!.split(',');
  fields[4] = `${fields[4]!.slice(0, 4)}-02-30`;
  lines[1] = fields.join(',');
  writeFileSync(file, lines.join('\n'));
  return { folder: broken, value: fields[4]! };
}

const csvFiles = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.csv')).map((f) => path.join(folder, f));
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `upload-${name}.png`), fullPage: true });

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'tilsyn-upload-e2e-'));
  app = await startApp(SCALE);
});
afterAll(async () => {
  await app?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** A director looks up one citizen, so the access log holds a lookup to find; returns the pseudonym. */
async function lookUpOneCitizen(): Promise<string> {
  const page = await signInAsDemo(app, /Henrik Madsen/);
  await page.goto(`${app.base}/borgeren-i-centrum`);
  const link = page.locator('main a[href^="/borgere/"]').first();
  await link.waitFor({ timeout: 90_000 });
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await page.waitForURL((url) => url.pathname === href.split('?')[0]);
  await page.locator('main h1').waitFor();
  await page.waitForFunction(() => !(globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText.includes('Henter data'), undefined, { timeout: 60_000 });
  await page.close();
  return decodeURIComponent(href.split('?')[0]!.split('/')[2]!);
}

describe('the admin journey: upload, errors, fix, success, access log', () => {
  it('uploads a broken export, shows its error, takes the fixed one, and finds a citizen in the access log', async () => {
    const pseudonym = await lookUpOneCitizen();
    const good = exportFolder();
    const broken = brokenCopy(good);

    const page = await signInAsDemo(app, /Karen Holm/);
    await page.goto(`${app.base}/data`);
    await page.getByRole('link', { name: 'Indlæs data' }).click();
    await page.waitForURL((url) => url.pathname === '/data/indlaes');
    await page.getByRole('heading', { name: 'Indlæs data', level: 1 }).waitFor();
    await page.locator('.data-table tbody tr').first().waitFor({ timeout: 30_000 });
    await shot(page, 'start');

    // Slow the sending down, so the progress bar is seen moving.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 250_000 });
    await page.getByLabel('CSV-filer eller zip-fil').setInputFiles(csvFiles(broken.folder));
    await page.getByRole('button', { name: 'Indlæs', exact: true }).click();
    await page.locator('progress').waitFor();
    await page.getByText(/Sender filerne: [1-9]\d?\s%/).waitFor({ timeout: 30_000 });
    await shot(page, 'sending');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

    const errors = page.locator('.upload-errors');
    await errors.waitFor({ timeout: 120_000 });
    const rows = await errors.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as unknown as { innerText: string }).innerText.trim())));
    // In Danish, from the problem's code (the importer's own text is English).
    expect(rows).toEqual([['cases.csv', '2', 'received_on', broken.value, 'er ikke en dato, der findes i kalenderen']]);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent fejlene som CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFFil,Linje,Kolonne,Værdi,Fejl');
    expect(csv).toContain(`cases.csv,2,received_on,${broken.value},"er ikke en dato, der findes i kalenderen"`);
    await errors.scrollIntoViewIfNeeded();
    await shot(page, 'errors');

    await page.getByLabel('CSV-filer eller zip-fil').setInputFiles(csvFiles(good));
    await page.getByRole('button', { name: 'Indlæs', exact: true }).click();
    const succeeded = page.locator('.upload-succeeded');
    await succeeded.waitFor({ timeout: 120_000 });
    expect(await succeeded.innerText()).toMatch(/er gennemført: 0 nye, 0 ændrede og [\d.]+ uændrede poster/);
    const history = page.locator('section[aria-labelledby="upload-history-heading"] tbody tr');
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelectorAll: (s: string) => { length: number } } }).document.querySelectorAll('section[aria-labelledby="upload-history-heading"] tbody tr').length >= 3);
    expect(await history.nth(0).innerText()).toMatch(/demo-admin[\s\S]*Gennemført/);
    expect(await history.nth(1).innerText()).toMatch(/demo-admin[\s\S]*Fejlet/);
    await shot(page, 'succeeded');

    await page.getByRole('link', { name: 'Adgangslog' }).click();
    await page.getByRole('heading', { name: 'Adgangslog', level: 1 }).waitFor();
    await page.getByLabel('Borger (pseudonym)').fill(pseudonym);
    await page.getByRole('button', { name: 'Søg' }).click();
    await page.getByText(/Viser \d+ opslag\.|Ingen opslag matcher/).waitFor({ timeout: 30_000 });
    await shot(page, 'access-log');
    const entries = await page.locator('main table tbody tr').allInnerTexts();
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry).toContain(pseudonym);
    expect(entries.some((entry) => entry.includes('demo-direktor'))).toBe(true);
    await page.close();
  });
});
