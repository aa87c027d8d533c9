import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractZipEntry, listZipEntries, ZipError } from '../../server/upload/zip';
import { buildZip } from './zip-writer';

const dir = mkdtempSync(path.join(tmpdir(), 'tilsyn-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function zipFile(name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

const CASES = 'case_id,citizen_id\r\nC1,psn-1\r\n'.repeat(50);

describe('zip reader', () => {
  it('lists entries and unpacks stored and deflated ones byte for byte', async () => {
    const file = zipFile('ok.zip', buildZip([
      { path: 'export/', content: '' },
      { path: 'export/cases.csv', content: CASES, deflate: true },
      { path: 'departments.csv', content: 'department_id,name,parent_id\n' },
    ]));
    const entries = await listZipEntries(file);
    expect(entries.map((e) => [e.path, e.method, e.size])).toEqual([
      ['export/', 0, 0], ['export/cases.csv', 8, CASES.length], ['departments.csv', 0, 29],
    ]);
    const target = path.join(dir, 'cases.csv');
    expect(await extractZipEntry(file, entries[1]!, target, 1_000_000)).toBe(CASES.length);
    expect(readFileSync(target, 'utf8')).toBe(CASES);
    expect(await extractZipEntry(file, entries[2]!, path.join(dir, 'd.csv'), 1_000)).toBe(29);
  });

  it('stops unpacking at the limit (a zip bomb never fills the disk)', async () => {
    const file = zipFile('bomb.zip', buildZip([{ path: 'cases.csv', content: Buffer.alloc(1_000_000, 0x41), deflate: true }]));
    const [entry] = await listZipEntries(file);
    expect(entry!.compressedSize).toBeLessThan(5_000);
    await expect(extractZipEntry(file, entry!, path.join(dir, 'bomb.csv'), 100_000)).rejects.toThrow('larger than allowed when unpacked');
  });

  it('finds damage: a changed byte fails the checksum, a file that is not a zip is named as such', async () => {
    const bytes = buildZip([{ path: 'cases.csv', content: CASES }]);
    bytes[40] = bytes[40]! ^ 0xff; // inside the stored data (30-byte header + 9-byte name)
    const file = zipFile('damaged.zip', bytes);
    const [entry] = await listZipEntries(file);
    await expect(extractZipEntry(file, entry!, path.join(dir, 'x.csv'), 1_000_000)).rejects.toThrow('checksum mismatch');
    await expect(listZipEntries(zipFile('plain.zip', Buffer.from(CASES)))).rejects.toThrow(ZipError);
  });
});
