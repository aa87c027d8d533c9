// Generates the demo municipality's data set in the import format
// (/work/shared/spec/data-format.md). The same options give the same bytes.
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { addMonths, dayOf, isValidIsoDate } from './calendar';
import { writeCaseFiles } from './case-files';
import { CitizenRegistry } from './citizens';
import { CsvFileWriter } from './csv-writer';
import { DATA_START } from './organisation';
import { Random } from './random';
import { writeOrganisation, writeStaff, type OpenFile } from './reference-files';
import { Roster } from './roster';
import { simulateStaff } from './staff';

export interface DemoOptions {
  outDir: string;
  scale: number;
  seed: string;
  /** YYYY-MM-DD; nothing in the data set is dated later. */
  until: string;
  /** Called once per file when it is complete, in the order of `DemoSummary.files`. */
  onProgress?: (p: { file: string; rows: number }) => void;
}

export interface DemoSummary { files: { file: string; rows: number }[] }

export const DEFAULT_SEED = 'tilsyn-demo';
export const MAX_SCALE = 50;
const TEMPORARY_SUFFIX = '.partial';
/** Staff are simulated this far past `until`, so earlier data does not depend on `until`. */
const STAFF_HORIZON_MONTHS = 60;

export function validateDemoOptions(options: DemoOptions): void {
  if (!options.outDir) throw new Error('outDir is required');
  if (!Number.isFinite(options.scale) || options.scale <= 0 || options.scale > MAX_SCALE) {
    throw new Error(`scale must be a number above 0 and at most ${MAX_SCALE}, got ${options.scale}`);
  }
  if (options.seed.length === 0) throw new Error('seed must not be empty');
  if (!isValidIsoDate(options.until)) throw new Error(`until must be a date YYYY-MM-DD, got "${options.until}"`);
  if (options.until < DATA_START) throw new Error(`until must be on or after ${DATA_START}, got ${options.until}`);
}

/**
 * Writes departments.csv … appeals.csv into `outDir` (created if missing). Files are written
 * under a temporary name and renamed only when all are complete, so a reader never sees a
 * half-written data set.
 */
export async function generateDemoDataSet(options: DemoOptions): Promise<DemoSummary> {
  validateDemoOptions(options);
  await mkdir(options.outDir, { recursive: true });
  const until = dayOf(options.until);
  const random = new Random(options.seed);
  const writers: { file: string; writer: CsvFileWriter }[] = [];
  const open: OpenFile = (file, header) => {
    const writer = new CsvFileWriter(join(options.outDir, file + TEMPORARY_SUFFIX), header);
    writers.push({ file, writer });
    return writer;
  };
  const summary: DemoSummary = { files: [] };
  const complete = async (files: CsvFileWriter[]) => {
    for (const writer of files) {
      await writer.close();
      const file = writers.find((w) => w.writer === writer)?.file ?? '';
      summary.files.push({ file, rows: writer.rows });
      options.onProgress?.({ file, rows: writer.rows });
    }
  };
  try {
    await complete(writeOrganisation(open, until));
    const staff = simulateStaff(random.fork('staff'), options.scale, addMonths(until, STAFF_HORIZON_MONTHS));
    await complete(writeStaff(open, staff, until));
    const citizens = new CitizenRegistry(random.fork('citizens'), options.scale);
    const world = { random, scale: options.scale, until, staff, roster: new Roster(staff.employments), citizens };
    await complete(await writeCaseFiles(open, world));
  } catch (error) {
    for (const { writer } of writers) writer.abort();
    await Promise.all(writers.map(({ file }) => rm(join(options.outDir, file + TEMPORARY_SUFFIX), { force: true })));
    throw error;
  }
  for (const { file } of writers) await rename(join(options.outDir, file + TEMPORARY_SUFFIX), join(options.outDir, file));
  return summary;
}
