// WCAG 2.1 AA on the demo municipality: axe-core on every page for the role that may use it, the
// loading, empty and error states of the figure pages, the keyboard (skip link, order, visible
// focus), charts with a text alternative and a table, status not by colour alone, and 200 % zoom.
// Every violation is printed (moderate ones too); serious and critical ones fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, startApp, type RunningApp } from './app-server';
import { runAxe, serious, signInForAxe } from './axe';

type Doc = { body: { innerText: string }; documentElement: { scrollWidth: number; clientWidth: number } };

/** The page has drawn its heading and every section has answered. */
async function settled(page: Page): Promise<void> {
  const heading = page.locator('main h1').first();
  // Another test server starting on changed sources rebuilds dist/, and a lazy page chunk the
  // loaded page asks for may be gone: then a reload fetches the new build.
  const shown = await heading.waitFor({ timeout: 30_000 }).then(() => true, () => false);
  if (!shown) { await page.reload(); await heading.waitFor({ timeout: 60_000 }); }
  // A function, not a string: the page's Content-Security-Policy forbids evaluating strings.
  const idle = () => {
    const text = (globalThis as unknown as { document: Doc }).document.body.innerText;
    return !text.includes('Henter data') && !text.includes('Opdaterer');
  };
  await page.waitForFunction(idle, undefined, { timeout: 90_000 });
  await page.waitForTimeout(300);
}

/** The href of the first link on `from` that starts with `prefix` (a round, a case, a citizen). */
async function firstLink(page: Page, from: string, prefix: string): Promise<string> {
  await page.goto(`${app.base}${from}`);
  const link = page.locator(`main a[href^="${prefix}"]`).first();
  await link.waitFor({ timeout: 90_000 });
  return (await link.getAttribute('href'))!;
}

const FIGURE_PAGES = ['/', '/rettidighed', '/kontinuitet', '/klager', '/borgeren-i-centrum', '/tilsyn', '/udvalg'];
/** Each role's demo account and the pages it may use; `@round` etc. are found on the page before. */
const ROLE_PAGES: Array<{ role: string; account: RegExp; paths: string[] }> = [
  { role: 'admin', account: /Karen Holm/, paths: ['/data', '/brugere', '/adgangslog', '/offentliggoerelse', '/tjekliste'] },
  { role: 'director', account: /Henrik Madsen/, paths: [...FIGURE_PAGES, '/tilsyn/ny', '/data', '@round', '@report', '@case', '@citizen'] },
  { role: 'manager', account: /Mette Jørgensen/, paths: ['/', '/rettidighed', '/kontinuitet', '/klager', '/borgeren-i-centrum', '/tilsyn', '/tilsyn/ny', '/data'] },
  { role: 'reviewer', account: /Søren Nielsen/, paths: ['/tilsyn', '@review'] },
  { role: 'committee', account: /Lone Christensen/, paths: ['/klager', '/borgeren-i-centrum', '/udvalg', '/ingen-adgang', '/findes-ikke'] },
];
if (existsSync(path.resolve('client/views/UploadView.vue'))) ROLE_PAGES[0]!.paths.push('/data/indlaes');

async function resolvePath(page: Page, entry: string): Promise<string> {
  switch (entry) {
    case '@round': return firstLink(page, '/tilsyn', '/tilsyn/runder/');
    case '@report': return `${(await firstLink(page, '/tilsyn', '/tilsyn/runder/')).split('?')[0]}/rapport`;
    case '@case': return firstLink(page, '/rettidighed?scope=SOF.BCH', '/sager/');
    case '@citizen': return firstLink(page, '/borgeren-i-centrum', '/borgere/');
    case '@review': return firstLink(page, '/tilsyn', '/tilsyn/gennemgang/');
    default: return entry;
  }
}

let app: RunningApp;
beforeAll(async () => { app = await startApp(0.05); });
afterAll(async () => { await app?.stop(); });

describe('accessibility (WCAG 2.1 AA)', () => {
  it('every page, for each role that may use it, has no serious axe violation', async () => {
    const failures: string[] = [];
    for (const { role, account, paths } of ROLE_PAGES) {
      const page = await signInForAxe(app, account);
      for (const entry of paths) {
        const target = await resolvePath(page, entry);
        await page.goto(`${app.base}${target}`);
        await settled(page);
        failures.push(...serious(await runAxe(page, `${role} ${target}`)).map((f) => `${role} ${target}: ${f}`));
      }
      await page.context().close();
    }
    const visitor = await app.browser.newContext({ bypassCSP: true });
    const page = await visitor.newPage();
    for (const target of ['/log-ind', '/sagsbehandlingstider']) {
      await page.goto(`${app.base}${target}`);
      await settled(page);
      failures.push(...serious(await runAxe(page, `visitor ${target}`)).map((f) => `visitor ${target}: ${f}`));
    }
    // The check itself can fail: a button without a name planted in the page is reported.
    await page.evaluate(() => {
      const dom = (globalThis as unknown as { document: { createElement: (t: string) => unknown; querySelector: (s: string) => { append: (n: unknown) => void } } }).document;
      dom.querySelector('main')!.append(dom.createElement('button'));
    });
    expect(serious(await runAxe(page, 'visitor with a planted nameless button')).join()).toContain('button-name');
    await visitor.close();
    expect(failures).toEqual([]);
  }, 900_000);

  it('the figure pages while loading, without data, and when the server fails', async () => {
    const page = await signInForAxe(app, /Henrik Madsen/);
    const failures: string[] = [];
    const check = async (label: string) => { failures.push(...serious(await runAxe(page, label)).map((f) => `${label}: ${f}`)); };
    for (const target of FIGURE_PAGES) {
      // Loading: the GraphQL answers are held back until axe has looked.
      let release = () => {};
      const held = new Promise<void>((resolve) => { release = resolve; });
      await page.route('**/graphql', async (route) => { await held; await route.continue().catch(() => {}); });
      await page.goto(`${app.base}${target}?scope=SOF`);
      await page.getByText('Henter data').first().waitFor({ timeout: 30_000 });
      await check(`loading ${target}`);
      release();
      await page.unroute('**/graphql');

      // Error: every GraphQL request answers 500.
      await page.route('**/graphql', (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }));
      await page.goto(`${app.base}${target}?scope=SOF`);
      await page.getByRole('alert').first().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(300);
      await check(`error ${target}`);
      await page.unroute('**/graphql');

      // Empty: a period long before the data begins.
      await page.goto(`${app.base}${target}?scope=SOF&from=2001-01-01&to=2001-06-30&asOf=2001-07-01`);
      await settled(page);
      await check(`empty ${target}`);
    }
    await page.screenshot({ path: path.join(SHOTS, 'a11y-empty-udvalg.png'), fullPage: true });
    await page.context().close();
    expect(failures).toEqual([]);
  }, 600_000);

  it('keyboard: the skip link first, then the header and navigation in order, with visible focus', async () => {
    const page = await signInForAxe(app, /Henrik Madsen/);
    await page.goto(`${app.base}/?scope=SOF`);
    await settled(page);
    type Focused = { text: string; where: string; outline: string; nav: boolean };
    const focused = () => {
      type El = { innerText: string; closest: (s: string) => El | null; matches: (s: string) => boolean };
      const g = globalThis as unknown as { document: { activeElement: El }; getComputedStyle: (e: El) => { outlineStyle: string; outlineWidth: string } };
      const el = g.document.activeElement;
      const where = el.closest('header') ? 'header' : el.closest('main') ? 'main' : el.matches('.skip-link') ? 'skip' : 'other';
      const style = g.getComputedStyle(el);
      return { text: el.innerText.trim(), where, outline: `${style.outlineStyle} ${style.outlineWidth}`, nav: el.closest('nav.main-nav') !== null };
    };
    const order: Focused[] = [];
    for (let i = 0; i < 16; i += 1) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(focused));
    }
    console.log(order.map((f) => `${f.where}${f.nav ? '/nav' : ''}: ${f.text} [${f.outline}]`).join('\n'));
    expect(order[0]).toMatchObject({ where: 'skip', text: 'Gå til indholdet' });
    await page.screenshot({ path: path.join(SHOTS, 'a11y-skip-link.png') });
    // Header (brand, language, user) then the navigation in its own order, before the page itself.
    const navTexts = order.filter((f) => f.nav).map((f) => f.text);
    expect(navTexts.slice(0, 5)).toEqual(['Overblik', 'Rettidighed', 'Personale og kontinuitet', 'Klager og ankesager', 'Borgeren i centrum']);
    const firstMain = order.findIndex((f) => f.where === 'main');
    const lastNav = order.findLastIndex((f) => f.nav);
    expect(firstMain === -1 || firstMain > lastNav).toBe(true);
    expect(order.slice(1, lastNav + 1).every((f) => f.where === 'header')).toBe(true);
    // :focus-visible draws an outline on every element reached by the keyboard.
    for (const f of order) expect(f.outline, f.text).not.toMatch(/^none|0px$/);

    // The skip link moves focus to the main content.
    await page.goto(`${app.base}/?scope=SOF`);
    await settled(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toBe('main');
    await page.context().close();
  });

  it('charts carry a text alternative and a table; status is never colour alone', async () => {
    const page = await signInForAxe(app, /Henrik Madsen/);
    // Targets on the administration, so that cells carry status: 99 % is missed, 50 % is met.
    const errors = await page.evaluate(async () => {
      const query = 'mutation ($input: IndicatorTargetInput!) { setIndicatorTarget(input: $input) { indicator } }';
      const inputs = [{ department: 'SOF', indicator: 'TIMELINESS', value: 0.99 }, { department: 'SOF', indicator: 'FIXED_CASEWORKER_SHARE', value: 0.5 }];
      const answers = await Promise.all(inputs.map(async (input) => {
        const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { input } }) });
        return response.json() as Promise<{ errors?: unknown[] }>;
      }));
      return answers.flatMap((a) => a.errors ?? []);
    });
    expect(errors).toEqual([]);
    let drawn = 0;
    let statuses = 0;
    for (const target of ['/?scope=SOF', '/rettidighed?scope=SOF', '/kontinuitet?scope=SOF', '/klager?scope=SOF', '/borgeren-i-centrum?scope=SOF', '/udvalg?scope=SOF']) {
      await page.goto(`${app.base}${target}`);
      await settled(page);
      const charts = await page.locator('section.chart-panel').evaluateAll((panels) => panels.map((panel) => {
        type El = { querySelector: (s: string) => El | null; getAttribute: (n: string) => string | null; innerText: string; textContent: string | null };
        const p = panel as unknown as El;
        const img = p.querySelector('[role="img"]');
        const name = img ? p.querySelector(`#${img.getAttribute('aria-labelledby')}`)?.textContent?.trim() ?? '' : null;
        return { name, tableButton: p.querySelector('button[aria-pressed]') !== null, table: p.querySelector('table') !== null };
      }));
      for (const chart of charts) {
        // Drawn as a chart: named by its heading, with a button for the table view.
        if (chart.name === null) continue;
        expect(chart.name.length, target).toBeGreaterThan(0);
        expect(chart.tableButton, `${target}: ${chart.name}`).toBe(true);
        drawn += 1;
      }
      // A status colour always comes with a symbol or a word: the cell's text or label says it.
      const coloured = await page.locator('[class*="--red"], [class*="--amber"], [class*="--green"]').evaluateAll((cells) => cells.map((cell) => {
        const c = cell as unknown as { innerText: string; getAttribute: (n: string) => string | null; querySelector: (s: string) => { getAttribute: (n: string) => string | null } | null };
        const label = c.getAttribute('aria-label') ?? c.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '';
        return `${c.innerText} ${label}`.trim();
      }));
      for (const text of coloured) expect(text, target).toMatch(/[✓!✕]|mål/i);
      statuses += coloured.length;
    }
    expect(drawn).toBeGreaterThan(5);
    expect(statuses).toBeGreaterThan(0);
    await page.context().close();
  });

  it('at 200 % zoom (640 × 800 CSS pixels) nothing overflows sideways and axe still passes on the main pages', async () => {
    const page = await signInForAxe(app, /Henrik Madsen/, { viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 });
    const overflowing: string[] = [];
    for (const target of FIGURE_PAGES) {
      await page.goto(`${app.base}${target}?scope=SOF`);
      await settled(page);
      const { scrollWidth, clientWidth } = await page.evaluate(() => {
        const root = (globalThis as unknown as { document: Doc }).document.documentElement;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
      if (scrollWidth > clientWidth) overflowing.push(`${target}: ${scrollWidth} > ${clientWidth}`);
      // Narrow, wide tables scroll in their own box: that box must be reachable by keyboard too.
      overflowing.push(...serious(await runAxe(page, `zoom ${target}`)).map((f) => `zoom ${target}: ${f}`));
      await page.screenshot({ path: path.join(SHOTS, `a11y-zoom${target.replace(/\W+/g, '-')}.png`) });
    }
    await page.context().close();
    expect(overflowing).toEqual([]);
  });
});
