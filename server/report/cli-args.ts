// The arguments of `npm run report -- …`, parsed into what to print. Pure, so every refusal is tested.
import { parseArgs } from 'node:util';
import { isIsoDate } from '../stats/calendar';

export interface ReportArgs {
  period: { from: string; to: string };
  /** Null: today (in Copenhagen), as the dashboard does. */
  asOf: string | null;
  /** Null: the page's default, the first root department (the administration). */
  scope: string | null;
  /** Null: the committee user (see session.ts). */
  username: string | null;
  out: string;
}

export type ParsedReportArgs = { ok: true; args: ReportArgs } | { ok: true; help: true } | { ok: false; message: string };

export const REPORT_USAGE = `usage: npm run report -- --period <YYYY-MM-DD>..<YYYY-MM-DD> --out <file.pdf> [--as-of <YYYY-MM-DD>] [--scope <department id>] [--user <username>]
Prints the committee report (Udvalg) to an A4 PDF, as the user sees it, from the configured
database (the same DATABASE_URL / TILSYN_DATA_DIR as npm start).
  --period   the period, both days included, e.g. 2026-01-01..2026-06-30
  --out      where to write the PDF
  --as-of    the data as known on this day (default: today)
  --scope    the department the report is about (default: the user's own department, else the top one)
  --user     whose view to print (default: the committee user, demo-udvalg in demo mode)
Needs Chromium at /usr/bin/chromium or CHROMIUM_PATH.`;

const OPTIONS = {
  period: { type: 'string' },
  'as-of': { type: 'string' },
  scope: { type: 'string' },
  user: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function fail(message: string): ParsedReportArgs {
  return { ok: false, message };
}

function parsePeriod(text: string | undefined): ReportArgs['period'] | string {
  if (text === undefined) return 'missing --period <YYYY-MM-DD>..<YYYY-MM-DD>';
  const match = /^(\S+)\.\.(\S+)$/.exec(text.trim());
  if (!match) return `--period "${text}" must be two dates joined by "..", e.g. 2026-01-01..2026-06-30`;
  const from = match[1]!;
  const to = match[2]!;
  if (!isIsoDate(from)) return `--period: "${from}" is not a date YYYY-MM-DD`;
  if (!isIsoDate(to)) return `--period: "${to}" is not a date YYYY-MM-DD`;
  if (from > to) return `--period: ${from} is after ${to}`;
  return { from, to };
}

export function parseReportArgs(argv: readonly string[]): ParsedReportArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    return fail((error as Error).message.replace(/\. To specify a positional argument.*$/, ''));
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, help: true };
  if (positionals.length > 0) return fail(`unexpected argument "${positionals[0]}"`);
  const period = parsePeriod(values.period);
  if (typeof period === 'string') return fail(period);
  const blank = (['as-of', 'scope', 'user', 'out'] as const).find((name) => values[name]?.trim() === '');
  if (blank) return fail(`--${blank} needs a value`);
  const [asOf, scope, username, out] = [values['as-of'], values.scope, values.user, values.out].map((v) => v?.trim() ?? null);
  if (!out) return fail('missing --out <file.pdf>');
  if (asOf && !isIsoDate(asOf)) return fail(`--as-of "${asOf}" is not a date YYYY-MM-DD`);
  if (asOf && asOf < period.from) return fail(`--as-of ${asOf} is before the period starts (${period.from})`);
  return { ok: true, args: { period, asOf: asOf ?? null, scope: scope ?? null, username: username ?? null, out } };
}
