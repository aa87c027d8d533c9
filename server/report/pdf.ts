// The committee report as a PDF: the dashboard's own /udvalg page, printed by Chromium. The
// page says when it is done (`data-ready` on the report: "ok" or "error"); only then is it printed.
import type { BrowserContext } from 'playwright-core';

export interface ReportSelection {
  period: { from: string; to: string };
  asOf: string;
  /** Null: the page's own default (the first root department). */
  scope: string | null;
}

export class ReportRenderError extends Error {
  override name = 'ReportRenderError';
}

/** "2 / 3" at the foot of each page, in the bottom margin print.css leaves (numbers only: no words to translate). */
const PAGE_NUMBERS = '<div style="width:100%;text-align:center;font-size:8pt;font-family:sans-serif;color:#000">'
  + '<span class="pageNumber"></span> / <span class="totalPages"></span></div>';

/** The page's path with the selection in the query, as the dashboard mirrors it (stores/selection.ts). */
export function reportPath(selection: ReportSelection): string {
  const query = new URLSearchParams();
  if (selection.scope !== null) query.set('scope', selection.scope);
  query.set('from', selection.period.from);
  query.set('to', selection.period.to);
  query.set('asOf', selection.asOf);
  return `/udvalg?${query.toString()}`;
}

/** In the page: "ok" / "error" once the report says so, "redirect:<path>" when sent elsewhere (no access). */
function readyState(): string | null {
  const doc = (globalThis as unknown as { document: { querySelector(s: string): { getAttribute(n: string): string | null } | null } }).document;
  const path = (globalThis as unknown as { location: { pathname: string } }).location.pathname;
  const report = doc.querySelector('article.committee-report[data-ready]');
  if (report) return report.getAttribute('data-ready');
  return path === '/udvalg' ? null : `redirect:${path}`;
}

/**
 * Opens `url` in the context (which carries the user's session), waits until the report is
 * ready, and prints it to `out` as A4 with backgrounds. Throws a ReportRenderError saying why
 * when the page failed, or sent the user elsewhere.
 */
export async function printReportPdf(context: BrowserContext, url: string, out: string, timeoutMs = 300_000): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const handle = await page.waitForFunction(readyState, undefined, { timeout: timeoutMs, polling: 250 });
    const state = (await handle.jsonValue()) as string;
    if (state.startsWith('redirect:')) {
      const where = state.slice('redirect:'.length);
      const why = where.startsWith('/log-ind') ? 'the session was not accepted' : 'the user may not open the committee report';
      throw new ReportRenderError(`the report page sent the browser to ${where}: ${why}`);
    }
    if (state !== 'ok') {
      const alert = await page.locator('[role="alert"]').first().innerText().catch(() => '');
      throw new ReportRenderError(`the report page could not load its figures${alert ? `: ${alert.replace(/\s+/g, ' ').trim()}` : ''}`);
    }
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: out, format: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: PAGE_NUMBERS });
  } finally {
    await page.close();
  }
}
