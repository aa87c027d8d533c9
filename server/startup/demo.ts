// Demo mode: on an empty database generate the demo municipality and import it; demo accounts.
import path from 'node:path';
import type { Database } from '../db/client';
import { generateDemoDataSet } from '../demo/generate';
import { importDataSet } from '../importer/service';
import { terminalProgress } from '../importer/cli-progress';
import { todayInCopenhagen } from '../stats/calendar';
import { DEMO_USERNAMES, disableDemoUsers, ensureDemoUsers } from '../access/demo-users';
import { rootDepartments } from '../public-times/queries';
import { savePublicationSettings } from '../public-times/settings';
import { seedDemoSupervision } from './demo-supervision';

export const DEMO_SEED = 'tilsyn-demo';

export async function loadDemoMunicipality(db: Database, options: { dataDir: string; scale: number; secret: string; now: Date; log: (line: string) => void }): Promise<void> {
  const folder = path.join(options.dataDir, 'demo');
  const until = todayInCopenhagen(options.now);
  options.log(`The database is empty: generating the demo municipality (scale ${options.scale}, data until ${until}) ...`);
  const started = Date.now();
  const summary = await generateDemoDataSet({ outDir: folder, scale: options.scale, seed: DEMO_SEED, until });
  const rows = summary.files.reduce((sum, f) => sum + f.rows, 0);
  options.log(`Generated ${rows.toLocaleString('da-DK')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s; importing ...`);
  const result = await importDataSet(db, { folder, secret: options.secret, startedBy: 'demo', onProgress: terminalProgress() });
  if (result.status !== 'succeeded') {
    throw new Error(`the demo data set did not import: ${result.errors.slice(0, 5).map((e) => `${e.file} ${e.line} ${e.column} ${e.message}`).join('; ')}`);
  }
  options.log(`Demo municipality imported in ${((Date.now() - started) / 1000).toFixed(1)} s in all.`);
  await publishDemoProcessingTimes(db, options.now, options.log);
}

/**
 * The demo municipality publishes its processing times (every department), so the public page
 * /sagsbehandlingstider shows something at once. Only here, on a freshly generated demo: a real
 * installation starts with publication off until an admin switches it on.
 */
async function publishDemoProcessingTimes(db: Database, now: Date, log: (line: string) => void): Promise<void> {
  await savePublicationSettings(db, { published: true, departmentIds: await rootDepartments(db) }, 'demo', now);
  log('Demo: the processing times are published at /sagsbehandlingstider and /aabne-data/sagsbehandlingstider.csv|json.');
}

/**
 * The demo accounts follow demo mode at every start: created or restored when it is on (also
 * on a database that already had data), disabled when it is off so they cannot be used at all.
 */
export async function prepareDemoAccounts(db: Database, demo: boolean, log: (line: string) => void): Promise<void> {
  if (!demo) {
    await disableDemoUsers(db);
    return;
  }
  const warnings = await ensureDemoUsers(db);
  for (const warning of warnings) log(`Demo accounts: ${warning}.`);
  log(`Demo mode: sign in as ${DEMO_USERNAMES.join(', ')} from the sign-in page (no password).`);
}

/**
 * What a fresh demo municipality has beyond its data, once the demo accounts exist: a supervisory
 * review round. A failure here only costs the demo its example, so it is logged, not fatal.
 */
export async function seedDemoExtras(db: Database, now: Date, log: (line: string) => void): Promise<void> {
  try {
    await seedDemoSupervision(db, now, log);
  } catch (error) {
    log(`Demo: no example review round (${error instanceof Error ? error.message : String(error)}).`);
  }
}
