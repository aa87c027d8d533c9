// CSV output: RFC 4180 quoting, `\n` line endings, empty field for null. Rows are gathered
// in a string buffer and handed to a file stream in large chunks; callers await `flush()`
// between batches so a slow disk holds the generator back (backpressure).
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

const CHUNK_CHARS = 1 << 20;
const NEEDS_QUOTING = /[",\r\n]/;

export function csvField(value: string | null): string {
  if (value === null) return '';
  if (!NEEDS_QUOTING.test(value) && value.trim() === value) return value;
  return `"${value.replaceAll('"', '""')}"`;
}

export function csvLine(fields: readonly (string | null)[]): string {
  return `${fields.map(csvField).join(',')}\n`;
}

export class CsvFileWriter {
  rows = 0;
  private buffer = '';
  private failure: Error | null = null;
  private readonly stream: WriteStream;

  constructor(path: string, header: readonly string[]) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.stream.on('error', (error) => { this.failure = error; });
    this.buffer = csvLine(header);
  }

  write(fields: readonly (string | null)[]): void {
    this.buffer += csvLine(fields);
    this.rows++;
    if (this.buffer.length >= CHUNK_CHARS) this.push();
  }

  /** Hands buffered rows to the stream and waits while the stream is over its high-water mark. */
  async flush(): Promise<void> {
    this.push();
    this.throwIfFailed();
    if (this.stream.writableNeedDrain) await once(this.stream, 'drain'); // rejects on a stream error
    this.throwIfFailed();
  }

  async close(): Promise<void> {
    this.push();
    this.throwIfFailed();
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
    this.throwIfFailed();
  }

  /** Stops writing after a failure elsewhere; the caller removes the file. */
  abort(): void {
    this.buffer = '';
    this.stream.destroy();
  }

  private push(): void {
    if (this.buffer.length === 0) return;
    this.stream.write(this.buffer);
    this.buffer = '';
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}
