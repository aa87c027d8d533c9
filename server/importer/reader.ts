// Streams one CSV file of a data set: checks the header, parses and checks every record, and
// yields rows ready for staging. Never holds the file in memory; hashes the bytes on the way.
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { Transform, pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import type { ColumnSpec, FileSpec } from './files';
import { parseDate, parseEnum, parseId, parsePositiveInt, parseText, type Parsed } from './values';
import { citizenPseudonym } from './cpr';
import { checkRow, type RowValues } from './row-rules';
import type { ProblemList } from './problems';
import { problemText, type ProblemText } from './problem-text';

export interface StagedRow { line: number; valid: boolean; values: RowValues }
export interface FileDigest { sha256: string; bytes: number; records: number }

export interface ReadContext { secret: string; problems: ProblemList }

/** A transform that hashes and counts the raw bytes and decodes them as UTF-8 (BOM dropped). */
function hashingDecoder(digest: FileDigest): Transform {
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: false });
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      digest.bytes += chunk.length;
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      digest.sha256 = hash.digest('hex');
      done(null, decoder.decode());
    },
  });
}

export async function* readDataFile(path: string, spec: FileSpec, ctx: ReadContext, digest: FileDigest): AsyncGenerator<StagedRow> {
  const parser = parse({ skip_empty_lines: true, relax_column_count: true });
  pipeline(createReadStream(path), hashingDecoder(digest), parser, () => {});
  let line = 0;
  let positions: number[] | null = null;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      line += 1;
      if (line === 1) {
        positions = checkHeader(record, spec, ctx.problems);
        continue;
      }
      if (positions === null) continue;
      digest.records += 1;
      yield parseRecord(record, line, positions, spec, ctx);
    }
  } catch (error) {
    ctx.problems.add({
      file: spec.file, line: line + 1, column: null, value: null, ...problemText('csvUnreadable', { reason: (error as Error).message }),
    });
    return;
  }
  if (line === 0) {
    ctx.problems.add({ file: spec.file, line: 1, column: null, value: null, ...problemText('fileEmpty') });
  }
}

/** Maps each spec column to its position in the record; null when the header is unusable. */
function checkHeader(header: string[], spec: FileSpec, problems: ProblemList): number[] | null {
  const names = header.map((h) => h.trim());
  const expected = spec.columns.map((c) => c.name);
  let ok = true;
  names.forEach((name, index) => {
    const report = (text: ProblemText) => {
      problems.add({ file: spec.file, line: 1, column: name || `(column ${index + 1})`, value: name, ...text });
      ok = false;
    };
    if (!expected.includes(name)) report(problemText('columnUnknown', { file: spec.file, columns: expected.join(', ') }));
    else if (names.indexOf(name) !== index) report(problemText('columnTwice'));
  });
  for (const column of expected) {
    if (!names.includes(column)) {
      problems.add({ file: spec.file, line: 1, column, value: null, ...problemText('columnMissing') });
      ok = false;
    }
  }
  return ok ? expected.map((column) => names.indexOf(column)) : null;
}

function parseRecord(record: string[], line: number, positions: number[], spec: FileSpec, ctx: ReadContext): StagedRow {
  const file = spec.file;
  if (record.length !== positions.length) {
    ctx.problems.add({
      file, line, column: spec.columns[Math.min(record.length, positions.length - 1)]?.name ?? null, value: null,
      ...problemText('fieldCount', { fields: record.length, columns: positions.length }),
    });
    return { line, valid: false, values: {} };
  }
  const values: RowValues = {};
  const invalid = new Set<string>();
  spec.columns.forEach((column, index) => {
    const raw = record[positions[index]!] ?? '';
    const parsed = parseField(raw, column, ctx.secret);
    if (parsed.ok) {
      values[column.name] = parsed.value;
    } else {
      invalid.add(column.name);
      values[column.name] = column.kind.type === 'id' ? raw : null;
      ctx.problems.add({ file, line, column: column.name, value: raw, ...parsed.problem });
    }
  });
  const findings = checkRow(file, values, (c) => !invalid.has(c));
  for (const f of findings) ctx.problems.add({ file, line, ...f });
  return { line, valid: invalid.size === 0 && findings.length === 0, values };
}

function parseField(raw: string, column: ColumnSpec, secret: string): Parsed<string | number | null> {
  if (raw.includes('\uFFFD')) return { ok: false, problem: problemText('notUtf8') };
  if (raw === '') return column.optional ? { ok: true, value: null } : { ok: false, problem: problemText('valueRequired') };
  switch (column.kind.type) {
    case 'id': return parseId(raw);
    case 'citizen': {
      const parsed = parseId(raw);
      return parsed.ok ? { ok: true, value: citizenPseudonym(raw, secret) } : parsed;
    }
    case 'text': return parseText(raw);
    case 'date': return parseDate(raw);
    case 'positiveInt': return parsePositiveInt(raw);
    case 'enum': return parseEnum(raw, column.kind.values);
  }
}
