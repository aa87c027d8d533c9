// `npm start` builds the dashboard when dist/ is missing or older than its sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function clientIsStale(root: string, clientDir: string): boolean {
  const built = newestMtime(path.join(clientDir, 'index.html'));
  if (built === 0) return true;
  const sources = Math.max(newestMtime(path.join(root, 'client')), newestMtime(path.join(root, 'vite.config.ts')));
  return sources > built;
}

export async function ensureClientBuilt(root: string, clientDir: string, log: (line: string) => void): Promise<void> {
  if (!clientIsStale(root, clientDir)) return;
  log('Building the dashboard (client) ...');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  log(`Dashboard built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
