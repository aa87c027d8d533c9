// The embedded database is one process's files: a second process (the user CLI, an import) opening
// the same folder while the dashboard runs would write beside it and lose or corrupt data. A pid
// file taken with O_EXCL makes the second one stop with a clear message instead.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export class EmbeddedDatabaseBusy extends Error {
  constructor(readonly dir: string, readonly pid: number) {
    super(`The embedded database in ${dir} is in use by process ${pid} (is the dashboard running?). `
      + 'Stop it first, use the admin pages, or run against PostgreSQL with DATABASE_URL.');
    this.name = 'EmbeddedDatabaseBusy';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock (a stale lock of a dead process is taken over); returns its release. */
export function lockEmbeddedDatabase(dir: string): () => void {
  const file = path.join(dir, 'tilsyn.pid');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => { try { rmSync(file, { force: true }); } catch { /* already gone */ } };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) throw new EmbeddedDatabaseBusy(dir, pid);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`could not take the lock ${file}`);
}
