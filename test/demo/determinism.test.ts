import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoFolders } from './fixtures';
import { EXPECTED_HEADERS, readDataSet } from './data-set-checker';

const folders = new DemoFolders();
beforeAll(() => folders.setUp());
afterAll(() => folders.tearDown());

async function bytesOf(dir: string): Promise<Map<string, Buffer>> {
  const files = (await readdir(dir)).sort();
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f))] as const)));
}

describe('demo generator determinism', () => {
  it('writes identical bytes for the same seed and options', async () => {
    const first = await folders.generate({ scale: 0.02 });
    const second = await folders.generate({ scale: 0.02 });
    const [a, b] = [await bytesOf(first.dir), await bytesOf(second.dir)];
    expect([...a.keys()]).toEqual(Object.keys(EXPECTED_HEADERS).sort());
    for (const [file, bytes] of a) expect(bytes.equals(b.get(file) as Buffer), file).toBe(true);
    expect(second.summary).toEqual(first.summary);
    for (const { file, rows } of first.summary.files) expect(rows, file).toBeGreaterThan(0);
  });

  it('gives different cases for a different seed', async () => {
    const one = readDataSet((await folders.generate({ scale: 0.02, seed: 'one' })).dir);
    const other = readDataSet((await folders.generate({ scale: 0.02, seed: 'other' })).dir);
    const rowsOf = (data: typeof one) => new Set((data['cases.csv'] ?? []).map((r) => Object.values(r).join()));
    const [a, b] = [rowsOf(one), rowsOf(other)];
    const shared = [...a].filter((row) => b.has(row)).length;
    expect(a.size).toBeGreaterThan(3000);
    expect(shared / a.size).toBeLessThan(0.01);
    // The organisation is fixed; only the simulated history differs.
    expect(other['case_types.csv']).toEqual(one['case_types.csv']);
  });

  it('keeps the history before an earlier until unchanged (a later until is a newer export)', async () => {
    const early = readDataSet((await folders.generate({ scale: 0.02, until: '2019-06-15' })).dir);
    const late = readDataSet((await folders.generate({ scale: 0.02 })).dir);
    const received = (data: typeof early) => (data['cases.csv'] ?? [])
      .filter((r) => (r.received_on ?? '') <= '2019-06-15')
      .map((r) => `${r.case_id}/${r.citizen_id}/${r.case_type_id}/${r.received_on}`);
    expect(received(early).length).toBeGreaterThan(600);
    expect(received(late)).toEqual(received(early));
    const decidedEarly = (data: typeof early) => (data['cases.csv'] ?? [])
      .filter((r) => r.decided_on && (r.decided_on ?? '') <= '2019-06-15').map((r) => `${r.case_id}/${r.decided_on}/${r.outcome}`);
    expect(decidedEarly(late)).toEqual(decidedEarly(early));
    // Assignments known then are the same, their end hidden where it lies after the earlier until.
    const heldBy = (data: typeof early) => (data['assignments.csv'] ?? [])
      .filter((a) => (a.assigned_from ?? '') <= '2019-06-15')
      .map((a) => `${a.case_id}/${a.caseworker_id}/${a.assigned_from}/${(a.assigned_to ?? '') > '2019-06-15' ? '' : a.assigned_to}`);
    expect(heldBy(early).length).toBeGreaterThan(600);
    expect(heldBy(late)).toEqual(heldBy(early));
  });
});
