// The browser that renders the report: Debian's Chromium, or the one CHROMIUM_PATH names. Never
// downloaded (`npx playwright install` cannot reach the internet here).
import { accessSync, constants, statSync } from 'node:fs';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** The same flags as the e2e tests: headless, no sandbox (containers), nothing phoning home. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export class ChromiumMissing extends Error {
  constructor(readonly path: string) {
    super(`Chromium was not found at ${path} (or is not executable). Install it with \`apt-get install chromium\` `
      + '(Debian/Ubuntu), or set CHROMIUM_PATH to the path of an installed Chromium or Chrome.');
    this.name = 'ChromiumMissing';
  }
}

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM_PATH;
}

/** The executable's path when it is there and may be run; else a ChromiumMissing naming it. */
export function requireChromium(path: string): string {
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    throw new ChromiumMissing(path);
  }
}
