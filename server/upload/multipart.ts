// A streaming multipart/form-data splitter (RFC 7578): fed the request body chunk by chunk, it
// returns the parts' headers and bytes as they arrive, so a file part can go straight to disk.
// Only what the upload needs: no nested multiparts, no transfer encodings inside parts.

export type MultipartEvent =
  | { type: 'part'; name: string | null; filename: string | null }
  | { type: 'data'; data: Buffer }
  | { type: 'end' };

export class MultipartError extends Error {}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');
const MAX_HEADER_BYTES = 16 * 1024;

/** The boundary of a `multipart/form-data; boundary=…` content type; null for any other type. */
export function multipartBoundary(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return null;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return match ? (match[1] ?? match[2]!) : null;
}

export class MultipartSplitter {
  private readonly delimiter: Buffer;
  // The body is read as if it began with CRLF, so the first boundary looks like every other one.
  private buffer: Buffer = CRLF;
  private state: 'preamble' | 'headers' | 'body' | 'done' = 'preamble';

  constructor(boundary: string) {
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  get done(): boolean {
    return this.state === 'done';
  }

  feed(chunk: Buffer): MultipartEvent[] {
    const events: MultipartEvent[] = [];
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    while (this.state !== 'done' && this.step(events));
    return events;
  }

  /** The body has ended: it must have ended with the closing boundary. */
  finish(): void {
    if (this.state !== 'done') throw new MultipartError('the upload ended before its last part was complete');
  }

  /** One step of the state machine; false when it needs more bytes. */
  private step(events: MultipartEvent[]): boolean {
    if (this.state === 'headers') return this.readHeaders(events);
    const at = this.buffer.indexOf(this.delimiter);
    if (at === -1) {
      // Keep a tail that may be the start of a delimiter split across chunks.
      const safe = Math.max(0, this.buffer.length - (this.delimiter.length - 1));
      if (this.state === 'body' && safe > 0) events.push({ type: 'data', data: this.buffer.subarray(0, safe) });
      this.buffer = this.buffer.subarray(safe);
      return false;
    }
    const after = at + this.delimiter.length;
    if (this.buffer.length < after + 2) {
      if (this.state === 'body' && at > 0) events.push({ type: 'data', data: this.buffer.subarray(0, at) });
      this.buffer = this.buffer.subarray(at);
      return false;
    }
    if (this.state === 'body') {
      if (at > 0) events.push({ type: 'data', data: this.buffer.subarray(0, at) });
      events.push({ type: 'end' });
    }
    const marker = this.buffer.subarray(after, after + 2).toString('latin1');
    if (marker === '--') {
      this.state = 'done';
      this.buffer = Buffer.alloc(0);
      return false;
    }
    if (marker !== '\r\n') throw new MultipartError('the upload is not valid multipart/form-data');
    this.buffer = this.buffer.subarray(after + 2);
    this.state = 'headers';
    return true;
  }

  private readHeaders(events: MultipartEvent[]): boolean {
    const at = this.buffer.indexOf(HEADER_END);
    // A part without headers starts straight with the blank line.
    const headerless = this.buffer.subarray(0, 2).equals(CRLF);
    if (at === -1 && !headerless) {
      if (this.buffer.length > MAX_HEADER_BYTES) throw new MultipartError('a part of the upload has too long headers');
      return false;
    }
    const end = headerless ? 0 : at;
    const headers = this.buffer.subarray(0, end).toString('utf8');
    this.buffer = this.buffer.subarray(end + (headerless ? 2 : 4));
    events.push({ type: 'part', ...dispositionOf(headers) });
    this.state = 'body';
    return true;
  }
}

/** `name` and `filename` of a part's Content-Disposition (browsers send UTF-8 and escape `"` as %22). */
function dispositionOf(headers: string): { name: string | null; filename: string | null } {
  const line = headers.split('\r\n').find((h) => /^content-disposition\s*:/i.test(h)) ?? '';
  const param = (key: string) => {
    const match = new RegExp(`;\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(line) ?? new RegExp(`;\\s*${key}=([^;\\s]+)`, 'i').exec(line);
    return match ? match[1]!.replace(/\\(.)/g, '$1').replace(/%22/g, '"') : null;
  };
  return { name: param('name'), filename: param('filename') };
}
