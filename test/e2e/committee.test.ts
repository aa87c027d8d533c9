// Udvalg on the demo municipality as the committee member reads it: on screen, in print media and
// as the PDF `npm run report` writes (the same printReportPdf, with the member's own session).
// No figure the server withholds may reach the member's browser. Screenshots in test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CommitteeReportDocument, type CommitteeReportQuery } from '../../client/gql/graphql';
import indicatorTexts from '../../client/i18n/indicators/da';
import { THEMES } from '../../client/utils/indicators';
import { printReportPdf, reportPath } from '../../server/report/pdf';
import { SHOTS, signInAsDemo, startApp, type RunningApp } from './app-server';

const PERIOD = { from: '2026-01-01', to: '2026-06-30' };
const AS_OF = '2026-11-01';
const THEME_HEADINGS = ['Professionel borgerdialog', 'Styrket faglig kvalitet og læring', 'Rettidighed', 'Attraktiv arbejdsplads', 'Ressourcer i balance'];

type Figures = CommitteeReportQuery['figures'];
type Cell = Figures['indicators'][number];

let app: RunningApp;
beforeAll(async () => { app = await startApp(0.05); });
afterAll(async () => { await app?.stop(); });

/** Every GraphQL answer the page receives, as text. */
function recordGraphQL(page: Page): () => Promise<string[]> {
  const bodies: Array<Promise<string>> = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/graphql') bodies.push(response.text().catch(() => ''));
  });
  return () => Promise.all(bodies);
}

/** The report's query as the signed-in user of `page` (its session cookie is HttpOnly, so from inside the page). */
async function reportAs(page: Page, scope: string): Promise<Figures> {
  const variables = { scope, period: PERIOD, asOf: AS_OF, keys: THEMES.flatMap((t) => t.indicators) };
  const answer = await page.evaluate(async ({ query, variables: vars }) => {
    const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: vars }) });
    return response.json() as Promise<{ data: CommitteeReportQuery }>;
  }, { query: CommitteeReportDocument.toString(), variables });
  return answer.data.figures;
}

/** Each (unit, indicator) of an answer, keyed "unit/key". */
function cells(figures: Figures): Map<string, Cell> {
  const units = [{ scope: figures.scope, indicators: figures.indicators }, ...figures.children];
  return new Map(units.flatMap((unit) => unit.indicators.map((ind) => [`${unit.scope.id}/${ind.key}`, ind] as const)));
}

async function openReport(page: Page, scope: string | null): Promise<void> {
  await page.goto(`${app.base}${reportPath({ period: PERIOD, asOf: AS_OF, scope })}`);
  await page.locator('article.committee-report[data-ready="ok"]').waitFor({ timeout: 240_000 });
}

describe('Udvalg for the committee member', () => {
  it('shows the five themes, withheld figures as text, and never sends a withheld figure', async () => {
    const page = await signInAsDemo(app, /Udvalgsmedlem/);
    const received = recordGraphQL(page);
    await openReport(page, 'SOF');
    expect(await page.locator('section.committee-theme h2').allInnerTexts()).toEqual(THEME_HEADINGS);
    await page.screenshot({ path: path.join(SHOTS, 'committee-top.png') });
    await page.screenshot({ path: path.join(SHOTS, 'committee.png'), fullPage: true });

    // A centre's units are small: here disclosure control has something to withhold.
    await openReport(page, 'SOF.BCH');
    await page.screenshot({ path: path.join(SHOTS, 'committee-centre.png'), fullPage: true });
    const shownWithheld = await page.locator('.committee-cell__value--withheld [aria-hidden="true"]').allInnerTexts();
    for (const text of shownWithheld) expect(['< 5', indicatorTexts.withheld]).toContain(text.trim());

    const director = await signInAsDemo(app, /Direktør/);
    const [asMember, asDirector] = [cells(await reportAs(page, 'SOF.BCH')), cells(await reportAs(director, 'SOF.BCH'))];
    const withheld = [...asMember].filter(([, ind]) => ind.withheld);
    expect(withheld.length).toBeGreaterThan(0);
    expect(shownWithheld.length).toBeGreaterThan(0);
    const bodies = await received();
    expect(bodies.some((body) => body.includes('"indicators"'))).toBe(true);
    for (const [id, ind] of withheld) {
      expect([id, ind.value]).toEqual([id, null]);
      const secret = asDirector.get(id)!.value;
      // A long fraction is specific enough to look for in the raw answers ("0.2" or a small count is not).
      if (secret !== null && JSON.stringify(secret).length >= 8) {
        for (const body of bodies) expect(body.includes(JSON.stringify(secret)), `${id} = ${secret}`).toBe(false);
      }
    }
    await director.close();
    await page.close();
  });

  it('prints on A4: no navigation, readable tables, and the PDF of npm run report', async () => {
    const page = await signInAsDemo(app, /Udvalgsmedlem/);
    await openReport(page, 'SOF');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.selection-bar').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
    await page.screenshot({ path: path.join(SHOTS, 'committee-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    const pdf = path.join(SHOTS, 'committee-report.pdf');
    const prefix = path.join(SHOTS, 'committee-report-page');
    for (const old of readdirSync(SHOTS).filter((f) => f.startsWith('committee-report-page'))) rmSync(path.join(SHOTS, old));
    // As the command does it: a fresh context that carries only the member's session cookie.
    const context = await app.browser.newContext();
    await context.addCookies(await page.context().cookies());
    await printReportPdf(context, `${app.base}${reportPath({ period: PERIOD, asOf: AS_OF, scope: 'SOF' })}`, pdf);
    await context.close();
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', pdf, prefix]);
    const pages = readdirSync(SHOTS).filter((f) => /^committee-report-page-\d+\.png$/.test(f));
    expect(pages.length).toBeGreaterThan(0);
    expect(existsSync(`${prefix}-1.png`)).toBe(true);
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).toContain('Udviklingsplanen – status til Socialudvalget');
    for (const heading of THEME_HEADINGS) expect(text).toContain(heading);
    expect(text).not.toContain('Log ud');
    await page.close();
  });
});
