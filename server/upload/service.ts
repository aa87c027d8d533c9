// Data upload from the browser: receive the files into a temporary folder under the data folder,
// check their names, unpack a zip, run the importer and report its progress as a job the page
// polls. One upload at a time per server; the importer's lock serialises it with other imports.
// The temporary folder is removed when the job ends, and at once when the upload is cut off.
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../db/client';
import { logger } from '../log';
import { importDataSet } from '../importer/service';
import { checkDataSetNames, uploadSource } from './names';
import { dataSetFolder, receiveUpload, type ReceivedUpload } from './receive';
import { unpackZip } from './unpack';
import { stepOf, type UploadJobView } from './progress';
import { setBatchSource } from './queries';
import { problemText } from '../importer/problem-text';

export interface UploadSettings {
  dataDir: string;
  /** The CPR pseudonym secret, read when an import starts. */
  secret: () => string;
  /** Largest upload body accepted, in bytes. */
  maxBytes: number;
  /** Largest total of CSV files unpacked from a zip, in bytes. */
  maxUnpackedBytes: number;
}

export class UploadBusy extends Error {}

type JobOutcome = Partial<UploadJobView> & Pick<UploadJobView, 'status'>;

/** A finished job stays readable this long, for a page that polls late. */
const KEEP_FINISHED_MS = 3_600_000;
/** Folders left by a server that stopped mid-upload; younger ones may belong to another process on the same data folder. */
const STALE_FOLDER_MS = 24 * 3_600_000;

export class UploadService {
  private readonly jobs = new Map<string, { view: UploadJobView; finishedAt: number | null }>();
  private busy = false;

  constructor(private readonly db: Database, readonly settings: UploadSettings) {}

  get uploadsFolder(): string {
    return path.join(this.settings.dataDir, 'uploads');
  }

  job(id: string): UploadJobView | null {
    return this.jobs.get(id)?.view ?? null;
  }

  /** The job still validating or importing, if any. */
  activeJob(): UploadJobView | null {
    return [...this.jobs.values()].find((j) => j.finishedAt === null)?.view ?? null;
  }

  /** Receives the whole body, then validates and imports in the background; the job tells how it goes. */
  async accept(body: AsyncIterable<Buffer>, boundary: string, startedBy: string): Promise<UploadJobView> {
    if (this.busy) throw new UploadBusy('an upload or import is already running');
    this.busy = true;
    let folder: string | null = null;
    try {
      await mkdir(this.uploadsFolder, { recursive: true });
      folder = await mkdtemp(path.join(this.uploadsFolder, 'upload-'));
      const received = await receiveUpload(body, boundary, folder, this.settings.maxBytes);
      const view = this.createJob(startedBy, received.uploaded);
      void this.process(view, folder, received);
      return view;
    } catch (error) {
      if (folder) await rm(folder, { recursive: true, force: true });
      this.busy = false;
      throw error;
    }
  }

  /** Removes upload folders a stopped server left behind. */
  async removeStaleFolders(now = Date.now()): Promise<void> {
    const names = await readdir(this.uploadsFolder).catch(() => [] as string[]);
    for (const name of names) {
      const folder = path.join(this.uploadsFolder, name);
      const { mtimeMs } = await stat(folder);
      if (now - mtimeMs > STALE_FOLDER_MS) await rm(folder, { recursive: true, force: true });
    }
  }

  private createJob(startedBy: string, uploaded: string[]): UploadJobView {
    const now = Date.now();
    for (const [id, job] of this.jobs) if (job.finishedAt !== null && now - job.finishedAt > KEEP_FINISHED_MS) this.jobs.delete(id);
    const view: UploadJobView = {
      id: randomUUID(), startedBy, startedAt: new Date(now).toISOString(), uploaded, status: 'validating',
      phase: null, file: null, records: null, fraction: 0, batchId: null, counts: [], errorCount: 0, errors: [],
    };
    this.jobs.set(view.id, { view, finishedAt: null });
    return view;
  }

  private async process(view: UploadJobView, folder: string, received: ReceivedUpload): Promise<void> {
    let outcome: JobOutcome;
    try {
      outcome = await this.validateAndImport(view, folder, received);
    } catch (error) {
      logger().error({ event: 'upload-failed', err: error }, 'upload failed');
      const text = problemText('uploadFailed', { reason: (error as Error).message });
      outcome = { status: 'failed', errors: [{ file: '', line: null, column: null, value: null, ...text }], errorCount: 1 };
    }
    // Tidied up before the job reads as finished, so the page may start the next upload at once.
    await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    this.busy = false;
    Object.assign(view, { phase: null, file: null, records: null, fraction: 1 }, outcome);
    this.jobs.get(view.id)!.finishedAt = Date.now();
  }

  private async validateAndImport(view: UploadJobView, folder: string, received: ReceivedUpload): Promise<JobOutcome> {
    if (received.zip) {
      view.phase = 'unpacking';
      await unpackZip(received, folder, this.settings.maxUnpackedBytes);
    }
    const problems = [...received.problems, ...checkDataSetNames(received.csvNames)];
    if (problems.length > 0) return { status: 'failed', errors: problems, errorCount: problems.length };
    const result = await importDataSet(this.db, {
      folder: dataSetFolder(folder), secret: this.settings.secret(), startedBy: view.startedBy,
      onProgress: (progress) => {
        Object.assign(view, stepOf(progress, received.sizes), { phase: progress.phase, file: progress.file ?? null, records: progress.records ?? null });
      },
    });
    // The importer records the folder it read; the history should name what the admin uploaded.
    await setBatchSource(this.db, result.batchId, uploadSource(received.uploaded));
    logger().info({ event: 'upload-import', batchId: result.batchId, status: result.status, startedBy: view.startedBy }, 'upload imported');
    return { status: result.status, batchId: result.batchId, counts: result.counts, errors: result.errors, errorCount: result.errorCount };
  }
}
