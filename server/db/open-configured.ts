// The database the configuration names, for the server and the command-line tools alike. A busy
// embedded database is a situation, not a crash: say what to do and exit.
import path from 'node:path';
import type { Config } from '../config';
import { openDatabase, type DatabaseHandle } from './client';
import { EmbeddedDatabaseBusy } from './embedded-lock';

export async function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  try {
    return await openDatabase({
      databaseUrl: config.databaseUrl,
      pgliteDir: path.join(config.dataDir, 'pglite'),
      statementTimeoutMs: config.statementTimeoutMs,
      connectionTimeoutMs: config.connectionTimeoutMs,
    });
  } catch (error) {
    if (!(error instanceof EmbeddedDatabaseBusy)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
