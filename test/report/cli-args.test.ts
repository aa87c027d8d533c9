import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReportArgs } from '../../server/report/cli-args';
import { reportPath } from '../../server/report/pdf';
import { ChromiumMissing, chromiumPath, DEFAULT_CHROMIUM_PATH, requireChromium } from '../../server/report/chromium';

const message = (argv: string[]) => {
  const parsed = parseReportArgs(argv);
  return parsed.ok ? null : parsed.message;
};

describe('parseReportArgs', () => {
  it('reads the period, the out file and the optional as-of, scope and user', () => {
    expect(parseReportArgs(['--period', '2026-01-01..2026-06-30', '--out', 'report.pdf'])).toEqual({
      ok: true,
      args: { period: { from: '2026-01-01', to: '2026-06-30' }, asOf: null, scope: null, username: null, out: 'report.pdf' },
    });
    expect(parseReportArgs([
      '--period=2026-01-01..2026-06-30', '--as-of', '2026-07-15', '--scope', 'SOF.BCH', '--user', 'lone', '--out', 'ud/r.pdf',
    ])).toEqual({
      ok: true,
      args: { period: { from: '2026-01-01', to: '2026-06-30' }, asOf: '2026-07-15', scope: 'SOF.BCH', username: 'lone', out: 'ud/r.pdf' },
    });
  });

  it('a one-day period is a period', () => {
    const parsed = parseReportArgs(['--period', '2026-02-28..2026-02-28', '--out', 'r.pdf']);
    expect(parsed.ok && 'args' in parsed && parsed.args.period).toEqual({ from: '2026-02-28', to: '2026-02-28' });
  });

  it('help', () => {
    expect(parseReportArgs(['--help'])).toEqual({ ok: true, help: true });
    expect(parseReportArgs(['-h'])).toEqual({ ok: true, help: true });
  });

  it('refuses a missing or malformed period', () => {
    expect(message(['--out', 'r.pdf'])).toBe('missing --period <YYYY-MM-DD>..<YYYY-MM-DD>');
    expect(message(['--period', '2026-01-01', '--out', 'r.pdf'])).toBe('--period "2026-01-01" must be two dates joined by "..", e.g. 2026-01-01..2026-06-30');
    expect(message(['--period', '2026-01-01..2026-02-30', '--out', 'r.pdf'])).toBe('--period: "2026-02-30" is not a date YYYY-MM-DD');
    expect(message(['--period', '01-01-2026..2026-06-30', '--out', 'r.pdf'])).toBe('--period: "01-01-2026" is not a date YYYY-MM-DD');
    expect(message(['--period', '2026-07-01..2026-06-30', '--out', 'r.pdf'])).toBe('--period: 2026-07-01 is after 2026-06-30');
  });

  it('refuses a missing out file and empty values', () => {
    expect(message(['--period', '2026-01-01..2026-06-30'])).toBe('missing --out <file.pdf>');
    expect(message(['--period', '2026-01-01..2026-06-30', '--out', ' '])).toBe('--out needs a value');
    expect(message(['--period', '2026-01-01..2026-06-30', '--out', 'r.pdf', '--user='])).toBe('--user needs a value');
  });

  it('refuses a bad as-of date, or one before the period starts', () => {
    expect(message(['--period', '2026-01-01..2026-06-30', '--out', 'r.pdf', '--as-of', '15.07.2026'])).toBe('--as-of "15.07.2026" is not a date YYYY-MM-DD');
    expect(message(['--period', '2026-01-01..2026-06-30', '--out', 'r.pdf', '--as-of', '2025-12-31'])).toBe('--as-of 2025-12-31 is before the period starts (2026-01-01)');
  });

  it('refuses unknown options, options without a value and stray arguments', () => {
    expect(message(['--period', '2026-01-01..2026-06-30', '--out', 'r.pdf', '--landscape'])).toMatch(/Unknown option '--landscape'/);
    expect(message(['--period', '2026-01-01..2026-06-30', '--out'])).toMatch(/--out/);
    expect(message(['--period', '2026-01-01..2026-06-30', '--out', 'r.pdf', 'extra'])).toBe('unexpected argument "extra"');
  });
});

describe('reportPath', () => {
  it('puts the selection in the query the dashboard reads', () => {
    expect(reportPath({ period: { from: '2026-01-01', to: '2026-06-30' }, asOf: '2026-07-15', scope: 'SOF.BCH' }))
      .toBe('/udvalg?scope=SOF.BCH&from=2026-01-01&to=2026-06-30&asOf=2026-07-15');
    expect(reportPath({ period: { from: '2026-01-01', to: '2026-06-30' }, asOf: '2026-07-15', scope: null }))
      .toBe('/udvalg?from=2026-01-01&to=2026-06-30&asOf=2026-07-15');
    expect(reportPath({ period: { from: '2026-01-01', to: '2026-06-30' }, asOf: '2026-07-15', scope: 'A&B ø' }))
      .toBe('/udvalg?scope=A%26B+%C3%B8&from=2026-01-01&to=2026-06-30&asOf=2026-07-15');
  });
});

describe('the browser', () => {
  it('is /usr/bin/chromium unless CHROMIUM_PATH says otherwise', () => {
    expect(chromiumPath({})).toBe(DEFAULT_CHROMIUM_PATH);
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
  });

  it('a missing one is an error naming the path and how to install it', () => {
    expect(() => requireChromium('/nonexistent/chromium')).toThrow(ChromiumMissing);
    expect(() => requireChromium('/nonexistent/chromium')).toThrow(/\/nonexistent\/chromium.*apt-get install chromium/);
    // A file that is not executable is no browser either.
    expect(() => requireChromium(fileURLToPath(import.meta.url))).toThrow(ChromiumMissing);
  });
});
