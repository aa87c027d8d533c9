// Streams an upload's body to a temporary folder, file by file, never holding a file in memory:
// known CSV files under their own name, one zip as `upload.zip`, everything else counted and
// dropped. The caller removes the folder whatever happens.
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import path from 'node:path';
import type { ImportErrorRecord } from '../db/schema';
import { MultipartSplitter } from './multipart';
import { baseName, fileProblem, isKnownFile, kindOf } from './names';
import { problemText } from '../importer/problem-text';

/** Room for the multipart framing (boundaries, part headers) on top of the files' own bytes. */
export const FRAMING_ALLOWANCE = 1_000_000;

export class UploadTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`the upload is larger than the limit of ${maxBytes} bytes`);
  }
}

export interface ReceivedUpload {
  /** Every file name as uploaded (without folders), in order. */
  uploaded: string[];
  /** The uploaded CSV names, known or not. */
  csvNames: string[];
  /** The zip file on disk, if one was uploaded. */
  zip: { name: string; path: string } | null;
  /** Bytes of each CSV file written, by name. */
  sizes: Map<string, number>;
  problems: ImportErrorRecord[];
}

/** The folder the data set's CSV files end up in (also when they came in a zip). */
export const dataSetFolder = (folder: string) => path.join(folder, 'data');

/** `maxBytes` limits the parts' bytes (what the page adds up before sending), the framing aside. */
export async function receiveUpload(body: AsyncIterable<Buffer>, boundary: string, folder: string, maxBytes: number): Promise<ReceivedUpload> {
  await mkdir(dataSetFolder(folder), { recursive: true });
  const received: ReceivedUpload = { uploaded: [], csvNames: [], zip: null, sizes: new Map(), problems: [] };
  const splitter = new MultipartSplitter(boundary);
  let sink: { stream: WriteStream; name: string } | null = null;
  let total = 0;
  let fileBytes = 0;
  try {
    for await (const chunk of body) {
      total += chunk.length;
      if (total > maxBytes + FRAMING_ALLOWANCE) throw new UploadTooLarge(maxBytes);
      for (const event of splitter.feed(chunk)) {
        if (event.type === 'data') fileBytes += event.data.length;
        if (fileBytes > maxBytes) throw new UploadTooLarge(maxBytes);
        if (event.type === 'part') sink = openSink(event.filename, folder, received);
        else if (event.type === 'data' && sink) {
          received.sizes.set(sink.name, (received.sizes.get(sink.name) ?? 0) + event.data.length);
          if (!sink.stream.write(event.data)) await once(sink.stream, 'drain');
        } else if (event.type === 'end' && sink) {
          sink.stream.end();
          await finished(sink.stream);
          sink = null;
        }
      }
    }
    splitter.finish();
    return received;
  } finally {
    sink?.stream.destroy();
  }
}

/** Where a part's bytes go: a file for a known CSV or the zip, nowhere (null) for anything else. */
function openSink(filename: string | null, folder: string, received: ReceivedUpload): { stream: WriteStream; name: string } | null {
  if (filename === null) return null;
  const name = baseName(filename);
  received.uploaded.push(name);
  const kind = kindOf(name);
  if (kind === 'csv') {
    const repeated = received.csvNames.includes(name);
    received.csvNames.push(name);
    if (!isKnownFile(name) || repeated) return null;
    return { stream: createWriteStream(path.join(dataSetFolder(folder), name)), name };
  }
  if (kind === 'zip' && received.zip === null) {
    received.zip = { name, path: path.join(folder, 'upload.zip') };
    return { stream: createWriteStream(received.zip.path), name };
  }
  received.problems.push(fileProblem(name, problemText(kind === 'zip' ? 'oneZipOnly' : 'notCsvOrZip')));
  return null;
}
