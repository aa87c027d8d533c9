// The upload job as the page shows it: which step (validating, importing, finished) and how far,
// from the importer's progress reports. Reading files is weighted by their size in bytes.
import type { FileCounts, ImportErrorRecord } from '../db/schema';
import { FILE_SPECS } from '../importer/files';
import type { ImportProgress } from '../importer/service';

export type UploadStatus = 'validating' | 'importing' | 'succeeded' | 'failed';

export interface UploadJobView {
  id: string;
  startedBy: string;
  startedAt: string;
  /** The files as uploaded. */
  uploaded: string[];
  status: UploadStatus;
  /** What is being done now: `unpacking`, the importer's phase, or null when finished. */
  phase: 'unpacking' | ImportProgress['phase'] | null;
  file: string | null;
  records: number | null;
  /** How far the current step is, 0–1. */
  fraction: number;
  batchId: number | null;
  counts: FileCounts[];
  errorCount: number;
  errors: ImportErrorRecord[];
}

/** Reading ends at this share of validation, merging at this share of the import; the rest is the final checks and tidying. */
const MAIN_SHARE = 0.9;

/** The step and fraction an importer progress report means, given the bytes of each file read. */
export function stepOf(progress: ImportProgress, sizes: ReadonlyMap<string, number>): { status: UploadStatus; fraction: number } {
  const present = FILE_SPECS.map((s) => s.file).filter((f) => sizes.has(f));
  const before = (file: string | undefined) => present.slice(0, Math.max(0, present.indexOf(file ?? ''))) ;
  switch (progress.phase) {
    case 'reading': {
      const total = present.reduce((sum, f) => sum + sizes.get(f)!, 0);
      const done = before(progress.file).reduce((sum, f) => sum + sizes.get(f)!, 0);
      return { status: 'validating', fraction: total === 0 ? 0 : (MAIN_SHARE * done) / total };
    }
    case 'checking':
      return { status: 'validating', fraction: MAIN_SHARE };
    case 'merging':
      return { status: 'importing', fraction: present.length === 0 ? 0 : (MAIN_SHARE * before(progress.file).length) / present.length };
    case 'tidying':
      return { status: 'importing', fraction: MAIN_SHARE };
    case 'done':
      return { status: 'importing', fraction: 1 };
  }
}
