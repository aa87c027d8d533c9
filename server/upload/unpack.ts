// The CSV files of an uploaded zip, unpacked into the data-set folder. Folders inside the zip
// are ignored (an export is often zipped with its folder), as are files that are not CSV, the
// way the importer ignores them in a folder.
import path from 'node:path';
import type { ReceivedUpload } from './receive';
import { dataSetFolder } from './receive';
import { baseName, fileProblem, isKnownFile, kindOf } from './names';
import { problemText } from '../importer/problem-text';
import { extractZipEntry, listZipEntries, ZipError } from './zip';

/** Fills `received.csvNames`, `sizes` and `problems` from the zip, writing at most `maxBytes` unpacked. */
export async function unpackZip(received: ReceivedUpload, folder: string, maxBytes: number): Promise<void> {
  const zip = received.zip!;
  if (received.uploaded.length > 1) {
    received.problems.push(fileProblem(zip.name, problemText('csvAndZip')));
    return;
  }
  try {
    const entries = (await listZipEntries(zip.path))
      .filter((e) => !e.path.endsWith('/') && !e.path.startsWith('__MACOSX/') && kindOf(baseName(e.path)) === 'csv');
    let budget = maxBytes;
    for (const entry of entries) {
      const name = baseName(entry.path);
      const repeated = received.csvNames.includes(name);
      received.csvNames.push(name);
      if (!isKnownFile(name) || repeated) continue;
      const written = await extractZipEntry(zip.path, entry, path.join(dataSetFolder(folder), name), budget);
      received.sizes.set(name, written);
      budget -= written;
    }
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    received.problems.push(fileProblem(zip.name, problemText('zipUnreadable', { reason: error.message })));
  }
}
