// `npm run report -- --period 2026-01-01..2026-06-30 --out report.pdf`: the committee report
// (/udvalg) as an A4 PDF, exactly as one user sees it. Starts the dashboard in this process on a
// loopback port against the configured database (DATABASE_URL / TILSYN_DATA_DIR, as npm start),
// signs a short-lived session in for the user (session.ts) and prints the page with Chromium.
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { chromium } from 'playwright-core';
import { readConfig, type Config } from '../config';
import type { Database, DatabaseHandle } from '../db/client';
import { departments } from '../db/schema';
import { openConfiguredDatabase } from '../db/open-configured';
import { migrateDatabase } from '../db/migrate';
import { createHttpServer } from '../http/app';
import { SESSION_COOKIE } from '../access/cookies';
import { ensureClientBuilt } from '../startup/client-build';
import { todayInCopenhagen } from '../stats/calendar';
import { parseReportArgs, REPORT_USAGE, type ReportArgs } from './cli-args';
import { CHROMIUM_ARGS, ChromiumMissing, chromiumPath, requireChromium } from './chromium';
import { printReportPdf, ReportRenderError, reportPath, type ReportSelection } from './pdf';
import { findReportUser, mintReportSession, ReportUserError, type ReportUser } from './session';

const root = fileURLToPath(new URL('../..', import.meta.url));
const say = (line: string) => process.stderr.write(`${line}\n`);

class ReportInputError extends Error {
  override name = 'ReportInputError';
}

/** `npm run` starts scripts in the package folder; a relative --out is meant from where it was typed. */
function outputPath(out: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), out);
}

async function requireScope(db: Database, scope: string | null): Promise<void> {
  if (scope === null) return;
  const [known] = await db.select({ id: departments.departmentId }).from(departments).where(eq(departments.departmentId, scope)).limit(1);
  // The page would quietly show the first administration instead: refuse rather than print the wrong unit.
  if (!known) throw new ReportInputError(`--scope: no department has the id "${scope.slice(0, 70)}"`);
}

function listenOnLoopback(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

/** Serves the dashboard, opens the page with the user's session and prints it; cleans everything up. */
async function render(handle: DatabaseHandle, config: Config, user: ReportUser, selection: ReportSelection, out: string, executablePath: string): Promise<void> {
  const session = await mintReportSession(handle.db, user.id, new Date());
  const { server, stop } = await createHttpServer({ handle, clientDir: path.join(root, 'dist', 'client'), config });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS }).catch(async (error: unknown) => {
    await Promise.all([stop(), session.end()]);
    throw error;
  });
  try {
    const base = await listenOnLoopback(server);
    const context = await browser.newContext({ locale: 'da-DK' });
    await context.addCookies([{ name: SESSION_COOKIE, value: session.token, url: base, httpOnly: true, sameSite: 'Strict' }]);
    await printReportPdf(context, `${base}${reportPath(selection)}`, out);
  } finally {
    await browser.close();
    await stop();
    await session.end();
  }
}

async function run(args: ReportArgs, executablePath: string): Promise<void> {
  const config = readConfig();
  await ensureClientBuilt(root, path.join(root, 'dist', 'client'), say);
  const handle = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(handle);
    const user = await findReportUser(handle.db, args.username);
    await requireScope(handle.db, args.scope);
    const selection = { period: args.period, asOf: args.asOf ?? todayInCopenhagen(new Date()), scope: args.scope };
    const out = outputPath(args.out);
    mkdirSync(path.dirname(out), { recursive: true });
    say(`Printing the committee report for ${selection.period.from}..${selection.period.to} as of ${selection.asOf}, as "${user.username}" (${user.role}) sees it ...`);
    await render(handle, config, user, selection, out, executablePath);
    process.stdout.write(`Wrote ${out}\n`);
  } finally {
    await handle.close();
  }
}

const EXPECTED = [ChromiumMissing, ReportUserError, ReportInputError, ReportRenderError];

export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseReportArgs(argv);
  if (!parsed.ok) {
    say(`${parsed.message}\n\n${REPORT_USAGE}`);
    return 2;
  }
  if ('help' in parsed) {
    process.stdout.write(`${REPORT_USAGE}\n`);
    return 0;
  }
  try {
    // Checked first: no point in starting a server that nothing can print.
    const executablePath = requireChromium(chromiumPath());
    await run(parsed.args, executablePath);
    return 0;
  } catch (error) {
    if (!EXPECTED.some((type) => error instanceof type)) throw error;
    say(`The report was not written: ${(error as Error).message}`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
