// One dashboard per e2e file: a fresh data folder, `npx tsx server/main.ts` with a small demo,
// Debian Chromium, and demo sign-in. Screenshots land in test-results/.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SHOTS = path.resolve('test-results');

export interface RunningApp { base: string; browser: Browser; output: () => string; stop: () => Promise<void> }

function waitForReady(server: ChildProcess, log: { text: string }, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready in time:\n${log.text}`)), timeoutMs);
    server.stdout!.on('data', (chunk: Buffer) => {
      log.text += chunk.toString();
      if (log.text.includes('Tilsyn is running at')) { clearTimeout(timer); resolve(); }
    });
    server.stderr!.on('data', (chunk: Buffer) => { log.text += chunk.toString(); });
    server.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}:\n${log.text}`)); });
  });
}

export async function startApp(scale = 0.05): Promise<RunningApp> {
  mkdirSync(SHOTS, { recursive: true });
  const port = 4300 + Math.floor(Math.random() * 500);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tilsyn-e2e-'));
  const server = spawn('npx', ['tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), TILSYN_DATA_DIR: dataDir, TILSYN_DEMO_SCALE: String(scale), DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stop() ends npx and the tsx server under it together.
    detached: true,
  });
  const log = { text: '' };
  await waitForReady(server, log, 540_000);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    // A Danish browser, as the users': date fields read dd.mm.yyyy (needs Debian's chromium-l10n;
    // without it Chromium stays en-US and only the screenshots differ).
    env: { ...process.env, LANG: 'da_DK.UTF-8', LANGUAGE: 'da' },
  });
  return {
    base: `http://127.0.0.1:${port}`,
    browser,
    output: () => log.text,
    stop: async () => {
      await browser.close();
      const exited = new Promise((resolve) => server.once('exit', resolve));
      process.kill(-server.pid!, 'SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in with the one-click demo account whose button matches `account` (e.g. /Direktør/). */
export async function signInAsDemo(app: RunningApp, account: RegExp, width = 1280): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${app.base}/log-ind`);
  await page.getByRole('button', { name: account }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/log-ind'));
  return page;
}
