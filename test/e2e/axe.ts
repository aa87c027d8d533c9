// axe-core in the page under test: inject the script, run the WCAG 2.1 A/AA rules, and report
// every violation (moderate ones too, to be judged by hand) while tests assert on the serious ones.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContextOptions, Page } from 'playwright-core';
import type { RunningApp } from './app-server';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: Array<{ target: string[]; summary: string }> }

/**
 * Signs in with a demo account (as signInAsDemo) in a page whose Content-Security-Policy is
 * bypassed, so that axe's script tag may run; `options` for viewport, zoom and the like.
 */
export async function signInForAxe(app: RunningApp, account: RegExp, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${app.base}/log-ind`);
  await page.getByRole('button', { name: account }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/log-ind'));
  return page;
}

/** Runs axe on the page as it is now. `label` names the page and state in the printed report. */
export async function runAxe(page: Page, label: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async (tags) => {
    type Axe = { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }> };
    const axe = (globalThis as unknown as { axe: Axe }).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: (n.failureSummary ?? '').split('\n').slice(0, 3).join(' ') })),
    }));
  }, WCAG_TAGS);
  if (violations.length === 0) console.log(`[axe] ${label}: no violations`);
  for (const v of violations) {
    console.log(`[axe] ${label}: ${v.impact} ${v.id} — ${v.help} (${v.nodes.length})`);
    for (const n of v.nodes.slice(0, 5)) console.log(`        ${n.target.join(' ')} :: ${n.summary}`);
  }
  return violations;
}

/** The violations that fail a test: impact serious or critical. */
export function serious(violations: AxeViolation[]): string[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
