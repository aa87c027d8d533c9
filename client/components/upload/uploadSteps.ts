import type { UploadState } from '../../composables/useUpload';

export type StepKey = 'upload' | 'validating' | 'importing';
export type StepState = 'waiting' | 'active' | 'done' | 'failed';
export interface Step { key: StepKey; state: StepState }

const ORDER: readonly StepKey[] = ['upload', 'validating', 'importing'];

/** Which step is under way and how far (0–1), or null when nothing is; a finished job has none. */
export function currentStep(state: UploadState): { key: StepKey; fraction: number } | null {
  if (state.kind === 'uploading') return { key: 'upload', fraction: state.total > 0 ? state.loaded / state.total : 0 };
  if (state.kind === 'processing') return { key: state.job.status === 'importing' ? 'importing' : 'validating', fraction: state.job.fraction };
  return null;
}

/**
 * The three steps with their state. A failed job stopped at validation unless it had reached the
 * import (a batch is recorded only when the importer ran; its own errors then come from checking).
 */
export function uploadSteps(state: UploadState): Step[] {
  const stateAt = (active: number, failed: number | null): Step[] =>
    ORDER.map((key, i) => ({ key, state: i === failed ? 'failed' : i < active ? 'done' : i === active ? 'active' : 'waiting' }));
  switch (state.kind) {
    case 'uploading':
      return stateAt(0, null);
    case 'processing':
      return stateAt(state.job.status === 'importing' ? 2 : 1, null);
    case 'finished':
      return state.job.status === 'succeeded' ? stateAt(3, null) : stateAt(1, 1);
    case 'cancelled':
    case 'refused':
      return stateAt(0, 0);
    default:
      return stateAt(-1, null);
  }
}

/** A size in bytes as B, kB, MB or GB (1 kB = 1000 B), with the unit's i18n key. */
export function sizeParts(bytes: number): { key: 'bytes' | 'kilobytes' | 'megabytes' | 'gigabytes'; value: number } {
  if (bytes < 1000) return { key: 'bytes', value: bytes };
  if (bytes < 1e6) return { key: 'kilobytes', value: bytes / 1e3 };
  if (bytes < 1e9) return { key: 'megabytes', value: bytes / 1e6 };
  return { key: 'gigabytes', value: bytes / 1e9 };
}
