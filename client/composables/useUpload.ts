import { computed, onScopeDispose, readonly, ref, shallowRef } from 'vue';

/** The server's upload endpoints (server/upload/http.ts has the contract). */
export const UPLOADS_URL = '/admin/uploads';
const POLL_MS = 500;
/** Polls that may fail in a row (a server restarting, a flaky network) before the page gives up. */
const POLL_FAILURES = 5;

/** A problem of a refused upload (server ImportErrorRecord); `code` and `params` word it in the reader's language. */
export interface UploadError {
  file: string; line: number | null; column: string | null; value: string | null; message: string;
  code?: string; params?: Record<string, string | number>;
}
export interface UploadCounts { file: string; inserted: number; updated: number; unchanged: number; removed: number }

/** The server's upload job (server/upload/progress.ts UploadJobView). */
export interface UploadJob {
  id: string;
  status: 'validating' | 'importing' | 'succeeded' | 'failed';
  phase: 'unpacking' | 'reading' | 'checking' | 'merging' | 'tidying' | 'done' | null;
  file: string | null;
  records: number | null;
  fraction: number;
  batchId: number | null;
  counts: UploadCounts[];
  errorCount: number;
  errors: UploadError[];
}

export type RefusalReason = 'too-large' | 'import-running' | 'forbidden' | 'signed-out' | 'bad-request' | 'network' | 'lost' | 'server';

export type UploadState =
  | { kind: 'idle' }
  | { kind: 'uploading'; loaded: number; total: number }
  | { kind: 'processing'; job: UploadJob }
  | { kind: 'finished'; job: UploadJob }
  | { kind: 'cancelled' }
  | { kind: 'refused'; reason: RefusalReason; status: number | null; message: string | null; bytes: number | null };

const isFinished = (job: UploadJob) => job.status === 'succeeded' || job.status === 'failed';

function refusalOf(status: number, body: { error?: string; message?: string } | null, bytes: number): UploadState {
  const known: Record<string, RefusalReason> = { 'too-large': 'too-large', 'import-running': 'import-running', 'signed-out': 'signed-out', 'bad-request': 'bad-request' };
  const reason = known[body?.error ?? ''] ?? (status === 403 ? 'forbidden' : status === 401 ? 'signed-out' : 'server');
  return { kind: 'refused', reason, status, message: body?.message ?? null, bytes };
}

function parseJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Uploading a data set: the files go up with XMLHttpRequest (its upload events give the progress),
 * then the job is polled until the server has validated and imported it. `maxBytes` comes from
 * the server; an upload over it is refused before a byte is sent.
 */
export function useUpload() {
  const state = shallowRef<UploadState>({ kind: 'idle' });
  const maxBytes = ref<number | null>(null);
  const settingsFailed = ref(false);
  let request: XMLHttpRequest | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  async function loadSettings(): Promise<void> {
    try {
      const res = await fetch(UPLOADS_URL, { credentials: 'same-origin' });
      if (!res.ok) throw new Error(String(res.status));
      const body = (await res.json()) as { maxBytes: number; active: UploadJob | null };
      maxBytes.value = body.maxBytes;
      if (body.active && state.value.kind === 'idle') follow(body.active);
    } catch {
      settingsFailed.value = true;
    }
  }

  function follow(job: UploadJob, failures = 0): void {
    state.value = isFinished(job) ? { kind: 'finished', job } : { kind: 'processing', job };
    if (isFinished(job) || disposed) return;
    timer = setTimeout(async () => {
      try {
        const res = await fetch(`${UPLOADS_URL}/${job.id}`, { credentials: 'same-origin' });
        if (!res.ok) throw new Error(String(res.status));
        follow((await res.json()) as UploadJob);
      } catch {
        if (failures + 1 >= POLL_FAILURES) state.value = { kind: 'refused', reason: 'lost', status: null, message: null, bytes: null };
        else follow(job, failures + 1);
      }
    }, POLL_MS);
  }

  function start(files: readonly File[]): void {
    const total = files.reduce((sum, f) => sum + f.size, 0);
    if (maxBytes.value !== null && total > maxBytes.value) {
      state.value = { kind: 'refused', reason: 'too-large', status: null, message: null, bytes: total };
      return;
    }
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    const xhr = new XMLHttpRequest();
    request = xhr;
    state.value = { kind: 'uploading', loaded: 0, total };
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) state.value = { kind: 'uploading', loaded: event.loaded, total: event.total };
    };
    xhr.onload = () => {
      request = null;
      const body = parseJson(xhr.responseText);
      if (xhr.status === 202 && body) follow(body as UploadJob);
      else state.value = refusalOf(xhr.status, body, total);
    };
    xhr.onerror = () => {
      request = null;
      state.value = { kind: 'refused', reason: 'network', status: null, message: null, bytes: null };
    };
    xhr.onabort = () => {
      request = null;
      state.value = { kind: 'cancelled' };
    };
    xhr.open('POST', UPLOADS_URL);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.send(form);
  }

  /** Stops the upload while the files are being sent; the server then keeps nothing. */
  function cancel(): void {
    request?.abort();
  }

  function reset(): void {
    state.value = { kind: 'idle' };
  }

  onScopeDispose(() => {
    disposed = true;
    request?.abort();
    if (timer) clearTimeout(timer);
  });

  return { state: computed(() => state.value), maxBytes: readonly(maxBytes), settingsFailed: readonly(settingsFailed), loadSettings, start, cancel, reset };
}
