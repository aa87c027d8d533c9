// Reads a zip file from disk through its central directory and streams chosen entries out
// (stored or deflated, checked against their CRC-32). No zip64, no encryption: an export of CSV
// files under 4 GB needs neither, and such archives are refused in words, not misread.
import { createReadStream, createWriteStream } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw, crc32 } from 'node:zlib';

export class ZipError extends Error {}

export interface ZipEntry {
  /** The path inside the archive, `/`-separated. */
  path: string;
  method: number;
  encrypted: boolean;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export async function listZipEntries(file: string): Promise<ZipEntry[]> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let at = tailLength - 22;
    while (at >= 0 && tail.readUInt32LE(at) !== END_OF_DIRECTORY) at -= 1;
    if (at < 0) throw new ZipError('the file is not a zip file');
    const count = tail.readUInt16LE(at + 10);
    const directorySize = tail.readUInt32LE(at + 12);
    const directoryOffset = tail.readUInt32LE(at + 16);
    if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipError('zip64 archives are not supported');
    if (directoryOffset + directorySize > size) throw new ZipError('the zip file is incomplete');
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    return parseDirectory(directory, count);
  } finally {
    await handle.close();
  }
}

function parseDirectory(directory: Buffer, count: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipError('the zip file\'s directory is damaged');
    const flags = directory.readUInt16LE(at + 8);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const name = directory.subarray(at + 46, at + 46 + nameLength);
    entries.push({
      // Bit 11: the name is UTF-8; older tools write their code page, read here as Latin-1.
      path: name.toString(flags & 0x800 ? 'utf8' : 'latin1'),
      method: directory.readUInt16LE(at + 10),
      encrypted: (flags & 1) === 1,
      crc: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Writes one entry to `target`, refusing to write more than `maxBytes` (a zip bomb stops there). */
export async function extractZipEntry(file: string, entry: ZipEntry, target: string, maxBytes: number): Promise<number> {
  if (entry.encrypted) throw new ZipError(`${entry.path} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError(`${entry.path} uses an unsupported compression method (${entry.method})`);
  if (entry.compressedSize === 0) {
    await writeFile(target, '');
    return 0;
  }
  const start = await dataStart(file, entry);
  let written = 0;
  let crc = 0;
  const check = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      written += chunk.length;
      if (written > maxBytes) return callback(new ZipError(`${entry.path} is larger than allowed when unpacked`));
      crc = crc32(chunk, crc);
      callback(null, chunk);
    },
  });
  const source = createReadStream(file, { start, end: start + entry.compressedSize - 1 });
  const stages = entry.method === 8 ? [source, createInflateRaw(), check] : [source, check];
  try {
    await pipeline([...stages, createWriteStream(target)]);
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError(`${entry.path} cannot be unpacked: ${(error as Error).message}`);
  }
  if ((crc >>> 0) !== entry.crc) throw new ZipError(`${entry.path} is damaged (checksum mismatch)`);
  return written;
}

async function dataStart(file: string, entry: ZipEntry): Promise<number> {
  const handle = await open(file, 'r');
  try {
    const header = Buffer.alloc(30);
    await handle.read(header, 0, 30, entry.localHeaderOffset);
    if (header.readUInt32LE(0) !== LOCAL_HEADER) throw new ZipError(`${entry.path} is damaged in the zip file`);
    return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    await handle.close();
  }
}
