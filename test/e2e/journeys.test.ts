// Three users' journeys through the demo municipality, with a screenshot of every step in
// test-results/journey-*.png: a manager runs a review round from overdue cases to closing it,
// a director finds the unit off target and drills in, a committee member reads and prints the
// report without any withheld figure reaching the browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, signInAsDemo, startApp, type RunningApp } from './app-server';

const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: path.join(SHOTS, `journey-${name}.png`), fullPage });

/** The page has drawn its heading and no section is still loading or updating. */
async function settled(page: Page): Promise<void> {
  const heading = page.locator('main h1').first();
  // Another test server starting on changed sources rebuilds dist/, and a lazy page chunk the
  // loaded page asks for may be gone: then a reload fetches the new build.
  const shown = await heading.waitFor({ timeout: 30_000 }).then(() => true, () => false);
  if (!shown) { await page.reload(); await heading.waitFor({ timeout: 60_000 }); }
  // A function, not a string: the page's Content-Security-Policy forbids evaluating strings.
  const idle = () => {
    const text = (globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText;
    return !text.includes('Henter data') && !text.includes('Opdaterer');
  };
  await page.waitForFunction(idle, undefined, { timeout: 90_000 });
  await page.waitForTimeout(300);
}

/** Answers every checklist item "Ja" and the two assessments (as in supervision.test.ts, without the "no"). */
async function reviewAllYes(page: Page): Promise<void> {
  const items = page.locator('.checklist-item');
  await items.first().waitFor({ timeout: 60_000 });
  const count = await items.count();
  for (let i = 0; i < count; i += 1) await items.nth(i).getByLabel('Ja', { exact: true }).check();
  await page.getByRole('group', { name: 'Sagens samlede vurdering' }).getByLabel('I orden').check();
  await page.getByRole('group', { name: 'Ville afgørelsen holde ved en klage?' }).getByLabel('Stadfæstes').check();
  await page.getByText(/Gemt kl\. \d\d[.:]\d\d/).waitFor({ timeout: 30_000 });
}

/** Every /graphql answer the page receives, parsed. */
function recordGraphQL(page: Page): () => Promise<unknown[]> {
  const bodies: Array<Promise<unknown>> = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/graphql') bodies.push(response.json().catch(() => null));
  });
  return () => Promise.all(bodies);
}

/** Objects in a GraphQL answer that are marked withheld yet carry a figure: their value, a suppressed field, or a count 1–4. */
function leaks(node: unknown, where = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => leaks(item, `${where}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const obj = node as Record<string, unknown>;
  const found: string[] = [];
  if (obj.withheld === true) {
    if ('value' in obj && obj.value !== null) found.push(`${where}.value = ${String(obj.value)}`);
    if ('count' in obj && obj.count !== null) found.push(`${where}.count = ${String(obj.count)}`);
    for (const [field, v] of Object.entries(obj)) {
      if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 4 && !/rate|share/i.test(field)) found.push(`${where}.${field} = ${v}`);
    }
    const suppressed = Array.isArray(obj.suppressed) ? (obj.suppressed as Array<{ field: string }>) : [];
    for (const { field } of suppressed) if (obj[field] !== null && obj[field] !== undefined) found.push(`${where}.${field} (suppressed) = ${String(obj[field])}`);
  }
  if (obj.previousWithheld === true && obj.previousValue !== null) found.push(`${where}.previousValue = ${String(obj.previousValue)}`);
  return [...found, ...Object.entries(obj).flatMap(([key, v]) => leaks(v, `${where}.${key}`))];
}

let app: RunningApp;
beforeAll(async () => { app = await startApp(0.05); });
afterAll(async () => { await app?.stop(); });

describe('journeys', () => {
  it('a manager: overdue cases, a review round planned, drawn, reviewed, followed up and closed', async () => {
    const page = await signInAsDemo(app, /Mette Jørgensen/);
    await settled(page);
    await shot(page, 'manager-01-landing', false);

    // The units' overdue cases, on Rettidighed.
    await page.getByRole('navigation', { name: /./ }).getByRole('link', { name: 'Rettidighed' }).click();
    await page.getByRole('heading', { name: 'Rettidighed', level: 1 }).waitFor();
    await settled(page);
    const overdue = page.getByRole('heading', { name: 'Overskredne sager' });
    await overdue.scrollIntoViewIfNeeded();
    await shot(page, 'manager-02-overdue', false);
    expect(await page.locator('main a[href^="/sager/"]').count()).toBeGreaterThan(0);

    // Plan and draw a small round of three cases.
    await page.getByRole('navigation', { name: /./ }).getByRole('link', { name: 'Ledelsestilsyn' }).click();
    await settled(page);
    await page.locator('main').getByRole('link', { name: 'Planlæg ny runde' }).first().click();
    await page.getByRole('heading', { name: 'Planlæg ny runde', level: 1 }).waitFor();
    await page.getByText(/Rammen rummer [\d.]+ sager\./).waitFor({ timeout: 60_000 });
    await page.getByLabel('Sager i alt').fill('3');
    await page.getByText('Der trækkes 3 sager', { exact: false }).waitFor({ timeout: 30_000 });
    await page.getByLabel('Frø (valgfrit)').fill('e2e-rejse-leder');
    await settled(page);
    await shot(page, 'manager-03-plan');
    await page.getByRole('button', { name: 'Træk stikprøve' }).click();
    await page.waitForURL(/\/tilsyn\/runder\/\d+/, { timeout: 60_000 });
    await page.locator('.sample-table tbody tr').first().waitFor({ timeout: 60_000 });
    await settled(page);
    const roundUrl = page.url().split('?')[0]!;
    await shot(page, 'manager-04-round');

    // All three to the manager, then reviewed.
    const boxes = page.locator('.sample-table tbody input[type="checkbox"]');
    const sampled = await boxes.count();
    expect(sampled).toBe(3);
    for (let i = 0; i < sampled; i += 1) await boxes.nth(i).check();
    await page.locator('.assign-form select').first().selectOption({ label: 'Mette Jørgensen (leder, Borgercenter Handicap)' });
    await page.getByRole('button', { name: 'Tildel 3 sager' }).click();
    await page.getByText(/3 sager er tildelt Mette Jørgensen/).waitFor({ timeout: 30_000 });
    for (let n = 0; n < sampled; n += 1) {
      await page.goto(roundUrl);
      const link = page.locator('.sample-table').getByRole('link', { name: 'Åbn gennemgang' }).nth(n);
      await link.waitFor({ timeout: 60_000 });
      await link.click();
      await page.waitForURL(/\/tilsyn\/gennemgang\/\d+/);
      await reviewAllYes(page);
      if (n === 0) await shot(page, 'manager-05-review');
      await page.getByRole('button', { name: 'Indsend' }).click();
      await page.getByText(/Gennemgangen er låst\./).waitFor({ timeout: 30_000 });
    }

    // Follow-up: two actions; one done, one dropped with a reason; then the round closes.
    await page.goto(roundUrl);
    await page.getByRole('tab', { name: 'Opfølgning' }).click();
    for (const text of ['Gennemgå partshøring med teamet', 'Opdatér skabelonen til afgørelser']) {
      await page.getByLabel('Handling', { exact: true }).fill(text);
      await page.getByLabel('Ansvarlig').fill('Teamleder, Myndighed Voksne');
      await page.getByLabel('Frist').fill('2027-03-01');
      await page.getByRole('button', { name: 'Tilføj handling' }).click();
      await page.getByText('Handlingen er tilføjet.').waitFor({ timeout: 30_000 });
      await page.locator('.follow-up-card', { hasText: text }).waitFor({ timeout: 30_000 });
    }
    await shot(page, 'manager-06-actions');
    const first = page.locator('.follow-up-card', { hasText: 'Gennemgå partshøring' });
    await first.getByRole('button', { name: 'Flyt til Færdig' }).click();
    await page.locator('.follow-up-board__column').nth(2).locator('.follow-up-card', { hasText: 'Gennemgå partshøring' }).waitFor({ timeout: 30_000 });
    const second = page.locator('.follow-up-card', { hasText: 'Opdatér skabelonen' });
    await second.getByRole('button', { name: 'Drop …' }).click();
    await second.getByLabel('Hvorfor droppes handlingen?').fill('Skabelonen er allerede rettet centralt.');
    await second.getByRole('button', { name: 'Drop handlingen' }).click();
    await page.getByText('Begrundelse: Skabelonen er allerede rettet centralt.').waitFor({ timeout: 30_000 });
    await shot(page, 'manager-07-board');
    await page.getByRole('button', { name: 'Luk runden' }).click();
    await page.getByText(/^Runden blev lukket /).waitFor({ timeout: 30_000 });
    await settled(page);
    await shot(page, 'manager-08-closed');
    await page.close();
  }, 300_000);

  it('a director: the overview, a target set, the unit off target, its deadlines and continuity', async () => {
    const page = await signInAsDemo(app, /Direktør/);
    await page.goto(`${app.base}/?scope=SOF.BCH`);
    const matrix = page.locator('table.overview-matrix__table');
    await matrix.waitFor({ timeout: 90_000 });
    await settled(page);
    await shot(page, 'director-01-overview');

    // A timeliness target of 99 % on the first unit: no unit of the demo meets it.
    const rows = matrix.locator('tbody tr');
    const unit = (await rows.nth(1).locator('th a').innerText()).trim();
    await rows.nth(1).locator('.overview-matrix__action button').click();
    const panel = page.locator('section.target-panel');
    await panel.getByRole('heading', { name: `Mål for ${unit}` }).waitFor();
    await panel.getByLabel('Mindst').fill('99');
    await panel.getByRole('button', { name: 'Gem mål' }).click();
    await panel.getByText('Målet er gemt.').waitFor({ timeout: 30_000 });
    await rows.nth(1).locator('td.overview-matrix__cell--red').first().waitFor({ timeout: 30_000 });
    await shot(page, 'director-02-target');

    // The cell off target leads to Rettidighed for that unit; its continuity cell to Personale og kontinuitet.
    const red = rows.nth(1).locator('td.overview-matrix__cell--red a.indicator-cell').first();
    expect(await red.getAttribute('aria-label')).toMatch(/mål/i);
    await red.click();
    await page.waitForURL((url) => url.pathname === '/rettidighed');
    await settled(page);
    expect(await page.locator('main').innerText()).toContain(unit);
    await shot(page, 'director-03-timeliness');
    await page.goBack();
    await matrix.waitFor({ timeout: 60_000 });
    await settled(page);
    await rows.nth(1).locator('a.indicator-cell[href^="/kontinuitet"]').first().click();
    await page.waitForURL((url) => url.pathname === '/kontinuitet');
    await settled(page);
    expect(await page.locator('main').innerText()).toContain(unit);
    await shot(page, 'director-04-continuity');
    await page.close();
  }, 300_000);

  it('a committee member: the report read and printed, no withheld figure in the page or its answers', async () => {
    const page = await signInAsDemo(app, /Udvalgsmedlem/);
    const received = recordGraphQL(page);
    await page.goto(`${app.base}/udvalg?scope=SOF.BCH`);
    await page.locator('article.committee-report[data-ready="ok"]').waitFor({ timeout: 240_000 });
    await settled(page);
    await shot(page, 'committee-01-report');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    await shot(page, 'committee-02-print');
    await page.emulateMedia({ media: 'screen' });

    // "< 5" on the page: its cell's words never give the small count.
    const smallCells = await page.locator('.committee-cell__value--withheld').evaluateAll((cells) => cells.map((c) => {
      const el = c as unknown as { innerText: string; closest: (s: string) => { getAttribute: (n: string) => string | null; innerText: string } | null };
      const cell = el.closest('td, th, [aria-label]');
      return `${cell?.getAttribute('aria-label') ?? ''} ${cell?.innerText ?? el.innerText}`;
    }));
    expect(smallCells.length).toBeGreaterThan(0);
    for (const text of smallCells) expect(text).not.toMatch(/(^|[^\d,.<])[1-4](?![\d,.])\s*(sag|klag|borger|%)/);
    const answers = await received();
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.flatMap((answer) => leaks(answer))).toEqual([]);
    await page.close();
  }, 300_000);
});
