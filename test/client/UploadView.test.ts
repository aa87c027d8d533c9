// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory } from 'vue-router';
import App from '../../client/App.vue';
import { createAppRouter } from '../../client/router';
import { canUse, ROLES } from '../../client/utils/roleAccess';
import { createAppI18n, jsonResponse, pathOf, sessionFor } from './fixtures';

/** XMLHttpRequest as the upload uses it; the test drives its upload progress and its answer. */
class FakeXhr {
  static made: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = '';
  aborted = false;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() { FakeXhr.made.push(this); }
  open(method: string, url: string) { this.method = method; this.url = url; }
  setRequestHeader(name: string, value: string) { this.headers[name] = value; }
  send(body: FormData) { this.body = body; }
  abort() { this.aborted = true; this.onabort?.(); }
  progress(loaded: number, total: number) { this.upload.onprogress?.({ lengthComputable: true, loaded, total }); }
  answer(status: number, body: unknown) { this.status = status; this.responseText = JSON.stringify(body); this.onload?.(); }
}

const BATCH = {
  id: '7', startedAt: '2026-11-20T09:00:00.000Z', finishedAt: '2026-11-20T09:01:00.000Z', startedBy: 'demo-admin',
  source: 'upload: udtraek.zip', status: 'SUCCEEDED', errorCount: 0, files: [], counts: [],
};
const dataStatus = (imports: unknown[]) => ({
  dataStatus: { empty: false, lastImport: null, imports, counts: [], receivedRange: null, latestEvent: null, receivedPerMonth: [] },
});
const job = (over: Record<string, unknown>) => ({
  id: 'job-1', startedBy: 'test-admin', startedAt: '2026-11-24T10:00:00.000Z', uploaded: ['cases.csv'], status: 'validating',
  phase: null, file: null, records: null, fraction: 0, batchId: null, counts: [], errorCount: 0, errors: [], ...over,
});
const FAILED = job({
  status: 'failed', fraction: 1, batchId: 8, errorCount: 4,
  errors: [
    { file: 'cases.csv', line: 3, column: 'received_on', value: '2020-02-31', message: 'is not a real calendar date', code: 'dateNotReal', params: {} },
    { file: 'assignments.csv', line: 6, column: 'assigned_from', value: '2018-02-20', message: 'this assignment of case C1 overlaps the period from 2018-01-31 to 2018-02-28 on line 2', code: 'assignmentOverlap', params: { owner: 'C1', from: '2018-01-31', to: '2018-02-28', line: 2 } },
    { file: 'contacts.csv', line: null, column: null, value: null, message: 'the file is missing, "really"' },
  ],
});

/** The upload page signed in as an admin; `polls` are the answers to the job polls, in turn. */
async function start(options: { maxBytes?: number; polls?: unknown[]; active?: unknown } = {}) {
  const polls = [...(options.polls ?? [])];
  const graphql: string[] = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = pathOf(input);
    if (path === '/auth/session') return jsonResponse(sessionFor('admin', 'Anders Admin'));
    if (path === '/admin/uploads') return jsonResponse({ maxBytes: options.maxBytes ?? 5_000_000, active: options.active ?? null });
    if (path === '/admin/uploads/job-1') return jsonResponse(polls.shift());
    graphql.push(/query (\w+)/.exec(JSON.parse(init!.body as string).query)![1]!);
    if (graphql.at(-1) !== 'DataStatus') return jsonResponse({ errors: [{ message: `no answer for ${graphql.at(-1)}` }] });
    return jsonResponse({ data: dataStatus(graphql.filter((n) => n === 'DataStatus').length === 1 ? [BATCH] : [{ ...BATCH, id: '8', status: 'FAILED', errorCount: 3 }, BATCH]) });
  }));
  const pinia = createPinia();
  const router = createAppRouter(createMemoryHistory(), pinia);
  await router.push('/data/indlaes');
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [pinia, router, createAppI18n('da')] }, attachTo: document.body });
  await settle();
  return { wrapper, graphql };
}

async function settle() {
  for (let i = 0; i < 10; i += 1) {
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

type Wrapper = Awaited<ReturnType<typeof start>>['wrapper'];
const text = (wrapper: Wrapper, selector: string) => wrapper.get(selector).text().replace(/\s+/g, ' ');
const steps = (wrapper: Wrapper) => wrapper.findAll('.upload-step').map((li) => li.text().replace(/\s+/g, ' '));
const rowTexts = (wrapper: Wrapper, selector: string) => wrapper.findAll(selector).map((tr) => tr.findAll('th, td').map((c) => c.text().replace(/\s+/g, ' ')).join(' | '));
const button = (wrapper: Wrapper, label: string) => wrapper.findAll('button').find((b) => b.text() === label)!;

async function choose(wrapper: Wrapper, files: File[]) {
  const input = wrapper.get('input[type=file]');
  Object.defineProperty(input.element, 'files', { value: files, configurable: true });
  await input.trigger('change');
}

/** Waits (real time) until the page shows `selector`: the job is polled every half second. */
async function until(wrapper: Wrapper, selector: string) {
  await vi.waitFor(async () => { await flushPromises(); expect(wrapper.find(selector).exists()).toBe(true); }, { timeout: 5_000, interval: 50 });
}

afterEach(() => {
  FakeXhr.made = [];
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('the upload page', () => {
  it('shows the chosen files, the history, and the upload, validation and failure with the error table', async () => {
    const { wrapper, graphql } = await start({
      polls: [job({ status: 'validating', phase: 'reading', file: 'cases.csv', records: 20_000, fraction: 0.3 }), FAILED],
    });
    expect(wrapper.get('main h1').text()).toBe('Indlæs data');
    expect(text(wrapper, '.upload-form .field__hint')).toContain('Højst 5 MB i alt.');
    expect(wrapper.findAll('.data-table tbody tr')).toHaveLength(1); // the history: one import
    await choose(wrapper, [new File(['a'.repeat(1500)], 'cases.csv'), new File(['b'.repeat(500)], 'departments.csv')]);
    expect(rowTexts(wrapper, '.upload-files tbody tr, .upload-files tfoot tr')).toEqual([
      'cases.csv | 1,5 kB', 'departments.csv | 500 B', 'I alt | 2 kB',
    ]);

    await wrapper.get('form.upload-form').trigger('submit');
    const xhr = FakeXhr.made[0]!;
    expect(FakeXhr.made).toHaveLength(1);
    expect([xhr.method, xhr.url, xhr.headers['X-Requested-With']]).toEqual(['POST', '/admin/uploads', 'XMLHttpRequest']);
    expect((xhr.body!.getAll('files') as File[]).map((f) => f.name)).toEqual(['cases.csv', 'departments.csv']);
    xhr.progress(500, 2000);
    await settle();
    expect(steps(wrapper)).toEqual(['● Sender filerne (i gang)', '○ Kontrollerer data (venter)', '○ Indlæser i databasen (venter)']);
    expect(text(wrapper, '.upload-progress__label')).toBe('Sender filerne: 25 %');
    expect(wrapper.get('progress').attributes('value')).toBe('0.25');
    expect(text(wrapper, '.upload-progress__detail')).toBe('500 B af 2 kB sendt');
    expect(button(wrapper, 'Annullér').exists()).toBe(true);

    xhr.answer(202, job({}));
    await until(wrapper, '.upload-step--active:nth-child(2)');
    await vi.waitFor(() => expect(text(wrapper, '.upload-progress__detail')).toBe('Læser cases.csv: 20.000 poster …'), { timeout: 3_000 });
    expect(text(wrapper, '.upload-progress__label')).toBe('Kontrollerer data: 30 %');

    await until(wrapper, '.upload-errors');
    expect(steps(wrapper)).toEqual(['✓ Sender filerne (færdig)', '✕ Kontrollerer data (stoppet)', '○ Indlæser i databasen (venter)']);
    expect(wrapper.find('progress').exists()).toBe(false);
    expect(text(wrapper, '.upload-errors h2')).toBe('✕ Data blev ikke indlæst – intet er ændret');
    expect(wrapper.findAll('.upload-errors__table th[scope=col]').map((th) => th.text())).toEqual(['Fil', 'Linje', 'Kolonne', 'Værdi', 'Fejl']);
    expect(wrapper.findAll('.upload-errors__table tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()))).toEqual([
      ['cases.csv', '3', 'received_on', '2020-02-31', 'er ikke en dato, der findes i kalenderen'],
      ['assignments.csv', '6', 'assigned_from', '2018-02-20', 'denne tildeling af sag C1 overlapper perioden fra 2018-01-31 til 2018-02-28 på linje 2'],
      ['contacts.csv', '–', '–', '–', 'the file is missing, "really"'],
    ]);
    // Only the importer's own English (no code this page knows) is marked as English.
    expect(wrapper.findAll('.upload-errors__table tbody td[lang=en]').map((td) => td.text())).toEqual(['the file is missing, "really"']);
    expect(text(wrapper, '.upload-errors')).toContain('Yderligere 1 fejl er ikke vist.');
    await settle();
    expect(graphql.filter((n) => n === 'DataStatus')).toHaveLength(2); // the history was fetched again
    expect(wrapper.findAll('.data-table tbody tr').length).toBeGreaterThanOrEqual(2);

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => { blobs.push(blob as Blob); return 'blob:x'; });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await button(wrapper, 'Hent fejlene som CSV').trigger('click');
    expect(await blobs[0]!.text()).toBe('\uFEFFFil,Linje,Kolonne,Værdi,Fejl\r\n'
      + 'cases.csv,3,received_on,2020-02-31,"er ikke en dato, der findes i kalenderen"\r\n'
      + 'assignments.csv,6,assigned_from,2018-02-20,denne tildeling af sag C1 overlapper perioden fra 2018-01-31 til 2018-02-28 på linje 2\r\n'
      + 'contacts.csv,,,,"the file is missing, ""really"""\r\n');
  }, 20_000);

  it('reports a successful import with its counts', async () => {
    const counts = [
      { file: 'departments.csv', inserted: 4, updated: 0, unchanged: 0, removed: 0 },
      { file: 'cases.csv', inserted: 1200, updated: 3, unchanged: 10, removed: 0 },
    ];
    const { wrapper } = await start({ polls: [job({ status: 'succeeded', fraction: 1, batchId: 9, counts })] });
    await choose(wrapper, [new File(['x'], 'udtraek.zip')]);
    await wrapper.get('form.upload-form').trigger('submit');
    FakeXhr.made[0]!.answer(202, job({ status: 'importing', phase: 'merging', file: 'cases.csv', fraction: 0.5 }));
    await settle();
    expect(text(wrapper, '.upload-progress__label')).toBe('Indlæser i databasen: 50 %');
    expect(text(wrapper, '.upload-progress__detail')).toBe('Skriver cases.csv …');
    await until(wrapper, '.upload-succeeded');
    expect(steps(wrapper)).toEqual(['✓ Sender filerne (færdig)', '✓ Kontrollerer data (færdig)', '✓ Indlæser i databasen (færdig)']);
    expect(text(wrapper, '.upload-succeeded p')).toBe('Import 9 er gennemført: 1.204 nye, 3 ændrede og 10 uændrede poster, 0 fjernede.');
    expect(rowTexts(wrapper, '.upload-counts tbody tr')).toEqual(['departments.csv | 4 | 0 | 0 | 0', 'cases.csv | 1.200 | 3 | 10 | 0']);
  }, 20_000);

  it('cancels while sending, asks for a file when none is chosen, and refuses too much before sending', async () => {
    const { wrapper } = await start({ maxBytes: 1000 });
    await wrapper.get('form.upload-form').trigger('submit');
    expect(text(wrapper, '.field__error')).toBe('Vælg mindst én fil.');
    expect(FakeXhr.made).toHaveLength(0);

    await choose(wrapper, [new File(['a'.repeat(600)], 'cases.csv')]);
    await wrapper.get('form.upload-form').trigger('submit');
    FakeXhr.made[0]!.progress(100, 700);
    await settle();
    await button(wrapper, 'Annullér').trigger('click');
    await settle();
    expect(FakeXhr.made[0]!.aborted).toBe(true);
    expect(text(wrapper, '[role=alert]')).toBe('Indlæsningen blev annulleret. Intet er ændret.');
    expect(steps(wrapper)[0]).toBe('✕ Sender filerne (stoppet)');

    await choose(wrapper, [new File(['a'.repeat(600)], 'cases.csv'), new File(['b'.repeat(600)], 'assignments.csv')]);
    await wrapper.get('form.upload-form').trigger('submit');
    expect(FakeXhr.made).toHaveLength(1);
    expect(text(wrapper, '[role=alert]')).toBe('Filerne fylder 1,2 kB, men der kan højst indlæses 1 kB ad gangen.');
  });

  it('explains a refusal by the server in words', async () => {
    const { wrapper } = await start();
    await choose(wrapper, [new File(['a'], 'cases.csv')]);
    await wrapper.get('form.upload-form').trigger('submit');
    FakeXhr.made[0]!.answer(409, { error: 'import-running' });
    await settle();
    expect(text(wrapper, '[role=alert]')).toBe('Der er allerede en indlæsning i gang. Vent, til den er færdig, og prøv igen.');
  });

  it('follows an upload already running when the page is opened (a reload, another tab)', async () => {
    const { wrapper } = await start({
      active: job({ status: 'importing', phase: 'tidying', fraction: 0.9 }),
      polls: [job({ status: 'succeeded', fraction: 1, batchId: 4, counts: [] })],
    });
    expect(text(wrapper, '.upload-progress__detail')).toBe('Rydder op efter indlæsningen …');
    expect(wrapper.get('form.upload-form button[type=submit]').attributes('disabled')).toBeDefined();
    await until(wrapper, '.upload-succeeded');
    expect(FakeXhr.made).toHaveLength(0);
  }, 20_000);

  it('is for admins only', () => {
    expect(ROLES.filter((role) => canUse(role, 'upload'))).toEqual(['admin']);
  });
});
