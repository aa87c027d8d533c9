// The report command's refusals, before it opens any database or starts any server.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../server/report/cli';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { out.push(String(chunk)); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { err.push(String(chunk)); return true; });
  return { out: () => out.join(''), err: () => err.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('npm run report', () => {
  it('bad arguments: exit code 2, what is wrong and the usage', async () => {
    const io = capture();
    expect(await main(['--period', '2026-07-01..2026-06-30', '--out', 'r.pdf'])).toBe(2);
    expect(io.err()).toContain('--period: 2026-07-01 is after 2026-06-30');
    expect(io.err()).toContain('usage: npm run report -- --period');
  });

  it('--help: the usage on stdout, exit code 0', async () => {
    const io = capture();
    expect(await main(['--help'])).toBe(0);
    expect(io.out()).toContain('usage: npm run report');
  });

  it('no Chromium: exit code 1, naming the path and how to install it', async () => {
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
    const io = capture();
    expect(await main(['--period', '2026-01-01..2026-06-30', '--out', 'r.pdf'])).toBe(1);
    expect(io.err()).toContain('The report was not written: Chromium was not found at /nonexistent/chromium');
    expect(io.err()).toContain('apt-get install chromium');
  });
});
