// `npm start` builds the dashboard when dist/ is missing or older than its sources. The build runs
// in its own process: the server's heap is capped (package.json) and keeps none of the bundler's.
import { spawn } from 'node:child_process';
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
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const code = await new Promise<number | null>((resolve, reject) => {
    spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
      .on('error', reject)
      .on('exit', (exitCode) => resolve(exitCode));
  });
  if (code !== 0) throw new Error(`building the dashboard failed (vite build exited with ${code}); see the output above`);
  log(`Dashboard built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
