import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { lockEmbeddedDatabase, EmbeddedDatabaseBusy } from '../../server/db/embedded-lock';
import { openDatabase } from '../../server/db/client';

const dirs: string[] = [];
const freshDir = () => { const d = mkdtempSync(path.join(tmpdir(), 'tilsyn-lock-')); dirs.push(d); return d; };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('the embedded database lock', () => {
  it('writes our pid and removes it on release', () => {
    const dir = freshDir();
    const release = lockEmbeddedDatabase(dir);
    expect(readFileSync(path.join(dir, 'tilsyn.pid'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(path.join(dir, 'tilsyn.pid'))).toBe(false);
  });

  it('refuses a folder another live process holds, naming it', () => {
    const dir = freshDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(path.join(dir, 'tilsyn.pid'), String(other.pid));
      expect(() => lockEmbeddedDatabase(dir)).toThrow(EmbeddedDatabaseBusy);
      expect(() => lockEmbeddedDatabase(dir)).toThrow(`in use by process ${other.pid}`);
    } finally {
      other.kill();
    }
  });

  it('takes over the lock of a process that is gone', () => {
    const dir = freshDir();
    writeFileSync(path.join(dir, 'tilsyn.pid'), '999999999');
    const release = lockEmbeddedDatabase(dir);
    expect(readFileSync(path.join(dir, 'tilsyn.pid'), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('is taken by openDatabase for a PGlite folder and given back by close', async () => {
    const dir = freshDir();
    const handle = await openDatabase({ pgliteDir: path.join(dir, 'db') });
    expect(existsSync(path.join(dir, 'db', 'tilsyn.pid'))).toBe(true);
    await handle.close();
    expect(existsSync(path.join(dir, 'db', 'tilsyn.pid'))).toBe(false);
  });
});
