import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MultipartError, MultipartSplitter, multipartBoundary, type MultipartEvent } from '../../server/upload/multipart';

const BOUNDARY = '----TilsynBoundary7MA4YWxk';

/** A body as a browser sends it: a field, then two files (one with a CRLF and a near-boundary inside). */
const BODY = Buffer.from([
  'preamble to ignore',
  `--${BOUNDARY}`,
  'Content-Disposition: form-data; name="note"',
  '',
  'hello',
  `--${BOUNDARY}`,
  'Content-Disposition: form-data; name="files"; filename="cases.csv"',
  'Content-Type: text/csv',
  '',
  'case_id,x\r\nC1,--TilsynBoundary\r\n--',
  `--${BOUNDARY}`,
  'Content-Disposition: form-data; name="files"; filename="export/da\u00e6 %22q%22.csv"',
  '',
  '',
  `--${BOUNDARY}--`,
  'epilogue',
].join('\r\n'));

/** The parts as { filename: content }, from the body fed in the given chunks. */
function parts(chunks: Buffer[]): Array<[string | null, string | null, string]> {
  const splitter = new MultipartSplitter(BOUNDARY);
  const out: Array<[string | null, string | null, string]> = [];
  let data: Buffer[] = [];
  const events: MultipartEvent[] = chunks.flatMap((c) => splitter.feed(c));
  for (const event of events) {
    if (event.type === 'part') { out.push([event.name, event.filename, '']); data = []; }
    if (event.type === 'data') data.push(event.data);
    if (event.type === 'end') out[out.length - 1]![2] = Buffer.concat(data).toString('utf8');
  }
  splitter.finish();
  return out;
}

const EXPECTED = [
  ['note', null, 'hello'],
  ['files', 'cases.csv', 'case_id,x\r\nC1,--TilsynBoundary\r\n--'],
  ['files', 'export/da\u00e6 "q".csv', ''],
];

describe('MultipartSplitter', () => {
  it('splits a body given whole into its parts, names and bytes', () => {
    expect(parts([BODY])).toEqual(EXPECTED);
  });

  it('gives the same parts whichever way the body is cut into chunks', () => {
    for (let cut = 1; cut < BODY.length; cut += 1) expect(parts([BODY.subarray(0, cut), BODY.subarray(cut)])).toEqual(EXPECTED);
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: BODY.length - 1 }), { maxLength: 12 }), (cuts) => {
      const sorted = [0, ...new Set(cuts)].sort((a, b) => a - b);
      const chunks = sorted.map((at, i) => BODY.subarray(at, sorted[i + 1] ?? BODY.length));
      expect(parts(chunks)).toEqual(EXPECTED);
    }));
  });

  it('refuses a body that stops before the closing boundary', () => {
    const splitter = new MultipartSplitter(BOUNDARY);
    splitter.feed(BODY.subarray(0, 200));
    expect(() => splitter.finish()).toThrow(MultipartError);
  });

  it('refuses a boundary followed by anything but CRLF or --', () => {
    const splitter = new MultipartSplitter('b');
    expect(() => splitter.feed(Buffer.from('--bXX\r\n'))).toThrow(MultipartError);
  });
});

describe('multipartBoundary', () => {
  it('reads the boundary, quoted or not, and only from multipart/form-data', () => {
    expect(multipartBoundary('multipart/form-data; boundary=----WebKitFormBoundaryAbc')).toBe('----WebKitFormBoundaryAbc');
    expect(multipartBoundary('Multipart/Form-Data; charset=utf-8; boundary="a b"')).toBe('a b');
    expect(multipartBoundary('application/json')).toBeNull();
    expect(multipartBoundary('multipart/form-data')).toBeNull();
    expect(multipartBoundary(undefined)).toBeNull();
  });
});
