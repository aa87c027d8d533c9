// `npm run import -- <folder>`: imports a data set into the configured database.
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../config';
import { openConfiguredDatabase } from '../db/open-configured';
import { migrateDatabase } from '../db/migrate';
import { importDataSet } from './service';
import { printResult, terminalProgress } from './cli-progress';
import { loadSecret } from './secret';

async function main(): Promise<void> {
  const folder = process.argv[2];
  if (!folder) {
    process.stderr.write('usage: npm run import -- <folder with the CSV files>\n');
    process.exit(2);
  }
  const config = readConfig();
  const handle = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(handle);
    const secret = loadSecret(config.secret, config.dataDir);
    const result = await importDataSet(handle.db, {
      folder: path.resolve(folder), secret, startedBy: `cli:${os.userInfo().username}`, onProgress: terminalProgress(),
    });
    printResult(result);
    process.exitCode = result.status === 'succeeded' ? 0 : 1;
  } finally {
    await handle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
