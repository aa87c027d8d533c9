// Ledelsestilsyn on demo data, as the demo manager (Borgercenter Handicap) uses it: plan a round,
// draw it, assign three cases to themself, review them (one "no" with a note), eliminate a case
// and see its replacement, and see the results. Screenshots of each step in /tmp/shots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { signInAsDemo, startApp, type RunningApp } from './app-server';

const SHOTS = '/tmp/shots';
const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: path.join(SHOTS, `supervision-${name}.png`), fullPage });

/** No "Henter data …" or "Opdaterer …" left on the page. */
async function settled(page: Page): Promise<void> {
  // A function, not a string: the page's Content-Security-Policy forbids evaluating strings.
  const idle = () => {
    const text = (globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText;
    return !text.includes('Henter data') && !text.includes('Opdaterer');
  };
  await page.waitForFunction(idle, undefined, { timeout: 60_000 });
}

/** Answers every checklist item "Ja", except item 1 "Nej" with a note when `withNo`; then the assessments. */
async function review(page: Page, withNo: boolean): Promise<void> {
  const items = page.locator('.checklist-item');
  await items.first().waitFor({ timeout: 60_000 });
  const count = await items.count();
  expect(count).toBe(10);
  for (let i = 0; i < count; i += 1) {
    const item = items.nth(i);
    if (i === 0 && withNo) {
      await item.getByLabel('Nej', { exact: true }).check();
      await item.getByText('Punkt 1: skriv en bemærkning, fordi svaret er nej.').waitFor();
      await item.getByRole('textbox').fill('Sagen var ikke oplyst om borgerens helbred, før der blev givet afslag.');
    } else {
      await item.getByLabel('Ja', { exact: true }).check();
    }
  }
  await page.getByRole('group', { name: 'Sagens samlede vurdering' }).getByLabel(withNo ? 'Mindre mangler' : 'I orden').check();
  await page.getByRole('group', { name: 'Ville afgørelsen holde ved en klage?' }).getByLabel('Stadfæstes').check();
}

let app: RunningApp;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await startApp(0.05);
});
afterAll(async () => { await app?.stop(); });

describe('Ledelsestilsyn', () => {
  it('a manager plans and draws a round, reviews three cases, eliminates one and sees the results', async () => {
    const page = await signInAsDemo(app, /Mette Jørgensen/);
    await page.goto(`${app.base}/tilsyn?scope=SOF.BCH`);
    await page.getByRole('heading', { name: 'Ledelsestilsyn', level: 1 }).waitFor();
    await settled(page);
    await shot(page, '01-rounds-empty');

    // Plan: the live frame and allocation, a size from the helper, a typed seed.
    await page.locator('main').getByRole('link', { name: 'Planlæg ny runde' }).first().click();
    await page.getByRole('heading', { name: 'Planlæg ny runde', level: 1 }).waitFor();
    await page.getByText(/Rammen rummer [\d.]+ sager\./).waitFor({ timeout: 60_000 });
    await page.getByLabel('Sager i alt').fill('8');
    await page.getByText('Der trækkes 8 sager', { exact: false }).waitFor({ timeout: 30_000 });
    await page.getByLabel('Frø (valgfrit)').fill('e2e-ledelsestilsyn');
    await page.getByRole('radio', { name: 'Tolerabel afvigelsesrate' }).check();
    await page.getByText(/sager \(binomialfordeling\)/).waitFor({ timeout: 30_000 });
    await settled(page);
    await shot(page, '02-plan');
    await page.getByLabel('Sager i alt').fill('8');
    await page.getByText('Der trækkes 8 sager', { exact: false }).waitFor({ timeout: 30_000 });
    await settled(page);
    await page.getByRole('button', { name: 'Træk stikprøve' }).click();

    // The round: the seed shown prominently, the sample.
    await page.waitForURL(/\/tilsyn\/runder\/\d+/, { timeout: 60_000 });
    await page.getByText('Frø: e2e-ledelsestilsyn – enhver kan trække stikprøven igen').waitFor({ timeout: 60_000 });
    await page.locator('.sample-table tbody tr').first().waitFor({ timeout: 60_000 });
    await settled(page);
    await shot(page, '03-round');
    const roundUrl = page.url().split('?')[0]!;

    // Assign three cases to the manager themself.
    const boxes = page.locator('.sample-table tbody input[type="checkbox"]');
    for (let i = 0; i < 3; i += 1) await boxes.nth(i).check();
    await page.locator('.assign-form select').first().selectOption({ label: 'Mette Jørgensen (leder, Borgercenter Handicap)' });
    await page.getByRole('button', { name: 'Tildel 3 sager' }).click();
    await page.getByText(/3 sager er tildelt Mette Jørgensen/).waitFor({ timeout: 30_000 });
    await shot(page, '04-assigned');

    // Review the three cases; the first with a "no" and a note.
    for (let n = 0; n < 3; n += 1) {
      await page.goto(roundUrl);
      const link = page.locator('.sample-table').getByRole('link', { name: 'Åbn gennemgang' }).nth(n);
      await link.waitFor({ timeout: 60_000 });
      await link.click();
      await page.waitForURL(/\/tilsyn\/gennemgang\/\d+/);
      await review(page, n === 0);
      await page.getByText(/Gemt kl\. \d\d[.:]\d\d/).waitFor({ timeout: 30_000 });
      if (n === 0) await shot(page, '05-review-form');
      await page.getByRole('button', { name: 'Indsend' }).click();
      await page.getByText(/Gennemgangen er låst\./).waitFor({ timeout: 30_000 });
      if (n === 0) await shot(page, '06-review-submitted');
    }

    // Eliminate an unassigned case; the next reserve case of its stratum takes its place.
    await page.goto(roundUrl);
    const eliminate = page.locator('.sample-table').getByRole('button', { name: /^Frasortér sag / }).first();
    await eliminate.waitFor({ timeout: 60_000 });
    await eliminate.click();
    await page.locator('.eliminate-form select').selectOption('NOT_YET_DOCUMENTED');
    await page.getByRole('button', { name: 'Frasortér sagen' }).click();
    await page.getByText(/er frasorteret\. (Sag .+ fra reserven træder i stedet|Stratummets reserve er brugt op)/).waitFor({ timeout: 30_000 });
    await settled(page);
    await shot(page, '07-eliminated');
    expect(await page.locator('.sample-table tr.row--new .badge--reserve').count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Frasorterede sager' }).count()).toBe(1);

    // One more case for the demo reviewer, who sees it under "Mine gennemgange".
    await page.locator('.sample-table tbody input[type="checkbox"]').first().check();
    await page.locator('.assign-form select').first().selectOption({ label: 'Søren Nielsen (tilsynsførende)' });
    await page.getByRole('button', { name: 'Tildel 1 sag' }).click();
    await page.getByText('1 sag er tildelt Søren Nielsen (tilsynsførende).').waitFor({ timeout: 30_000 });

    // Results: the interval chart and the table per item.
    await page.getByRole('tab', { name: 'Resultater' }).click();
    await page.getByText('Bygger på 3 indsendte gennemgange.').waitFor({ timeout: 60_000 });
    await page.locator('.compliance-chart canvas').first().waitFor({ timeout: 30_000 });
    await settled(page);
    await page.waitForTimeout(800);
    await shot(page, '08-results');
    const rows = page.locator('.results-table tbody tr');
    expect(await rows.count()).toBe(10);
    expect(await rows.first().locator('td').nth(2).innerText()).toBe('1');

    // Follow-up: an action from the finding on item 1 (already overdue), moved on; the round cannot close yet.
    await page.getByRole('tab', { name: 'Opfølgning' }).click();
    await page.getByRole('heading', { name: 'Ny handling' }).waitFor();
    await page.getByLabel('Handling', { exact: true }).fill('Gennemgå officialprincippet med teamet');
    await page.getByLabel('Ansvarlig').fill('Teamleder, Myndighed Børn');
    await page.getByLabel('Frist').fill('2026-01-15');
    await page.getByLabel('Tjeklistepunkt (valgfrit)').selectOption('1');
    await page.getByRole('button', { name: 'Tilføj handling' }).click();
    await page.getByText('Handlingen er tilføjet.').waitFor({ timeout: 30_000 });
    await page.locator('.follow-up-card--overdue').getByText('Overskredet').waitFor();
    await page.getByRole('button', { name: 'Flyt til I gang' }).click();
    await page.locator('.follow-up-board__column').nth(1).locator('.follow-up-card').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Luk runden' }).click();
    await page.getByText('Runden blev ikke lukket:').waitFor({ timeout: 30_000 });
    await shot(page, '09-follow-up');
    await page.getByRole('tab', { name: 'Log' }).click();
    await page.getByRole('cell', { name: 'Oprettet' }).first().waitFor({ timeout: 30_000 });
    await shot(page, '10-log');

    // The printable report, on screen and as printed (no navigation).
    await page.goto(`${roundUrl}/rapport`);
    await page.locator('.compliance-chart canvas').first().waitFor({ timeout: 60_000 });
    await settled(page);
    await page.waitForTimeout(800);
    await shot(page, '11-report');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    await shot(page, '12-report-print');
    await page.emulateMedia({ media: 'screen' });

    await page.goto(`${app.base}/tilsyn?scope=SOF.BCH`);
    await page.locator('.rounds-table tbody tr').first().waitFor({ timeout: 60_000 });
    await settled(page);
    await shot(page, '13-rounds');
    await page.close();

    // The demo reviewer sees the case assigned to them and opens its review form.
    const reviewer = await signInAsDemo(app, /Søren Nielsen/);
    await reviewer.goto(`${app.base}/tilsyn`);
    await reviewer.getByRole('heading', { name: 'Mine gennemgange' }).waitFor();
    await reviewer.locator('.rounds-table tbody tr').first().waitFor({ timeout: 60_000 });
    await settled(reviewer);
    await shot(reviewer, '14-reviewer');
    await reviewer.locator('main table').first().getByRole('link').first().click();
    await reviewer.waitForURL(/\/tilsyn\/gennemgang\/\d+\?runde=\d+/);
    await reviewer.locator('.checklist-item').first().waitFor({ timeout: 60_000 });
    await shot(reviewer, '15-reviewer-form', false);
    await reviewer.close();
  });
});
