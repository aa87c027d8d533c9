// The built app in Debian Chromium: a fresh data folder, `npm start` (demo generated and
// imported), the shell renders the demo municipality; screenshots land in test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { SHOTS, startApp, type RunningApp } from './app-server';

let app: RunningApp;
let browser: Browser;
let BASE: string;

beforeAll(async () => {
  app = await startApp();
  browser = app.browser;
  BASE = app.base;
});
afterAll(async () => { await app?.stop(); });

describe('the dashboard shell on the demo municipality', () => {
  it('answers the health probes', async () => {
    expect((await fetch(`${BASE}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${BASE}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('sends a signed-out visitor to sign-in, and a demo director back to the page they asked for', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${BASE}/?scope=SOF`);
    await page.waitForURL(/\/log-ind\?returnTo=/);
    await page.getByRole('heading', { name: 'Log ind' }).first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'sign-in.png'), fullPage: true });
    await page.getByRole('button', { name: /Direktør/ }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('scope') === 'SOF');
    await page.locator('main').getByText('Borgercenter Handicap').first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole('link', { name: 'Rettidighed' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('banner').getByText('Direktør').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'overview.png'), fullPage: true });
    await page.goto(`${BASE}/data`);
    await page.locator('canvas, svg').first().waitFor({ timeout: 30_000 });
    // The bars grow from 0 for about a second: a screenshot before that shows an empty chart.
    await page.waitForTimeout(1_500);
    await page.screenshot({ path: path.join(SHOTS, 'data-status.png'), fullPage: true });
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL(/\/log-ind/);
    await page.close();
  });

  it('shows the committee only its own page, and a clear refusal elsewhere', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${BASE}/log-ind`);
    await page.getByRole('button', { name: /Udvalgsmedlem/ }).click();
    await page.waitForURL(/\/udvalg/);
    expect(await page.getByRole('link', { name: 'Rettidighed' }).count()).toBe(0);
    await page.goto(`${BASE}/rettidighed`);
    await page.getByRole('heading', { name: 'Ingen adgang' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'not-allowed.png'), fullPage: true });
    const graphql = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-tilsyn-purpose': 'CASE_VIEW' },
        body: JSON.stringify({ query: '{ users { username } }' }),
      });
      return response.json() as Promise<{ errors?: { extensions?: { code?: string } }[] }>;
    });
    expect(graphql.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await page.close();
  });
});
