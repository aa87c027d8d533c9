// An independent reading of /work/shared/spec/data-format.md: parses a data-set folder and
// lists every rule a row breaks. Written without the generator's code on purpose.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export type Row = Record<string, string>;
export type DataSet = Record<string, Row[]>;

export const EXPECTED_HEADERS: Record<string, string[]> = {
  'departments.csv': ['department_id', 'name', 'parent_id'],
  'case_types.csv': ['case_type_id', 'name', 'department_id', 'legal_basis'],
  'deadlines.csv': ['case_type_id', 'effective_from', 'deadline_value', 'deadline_unit'],
  'caseworkers.csv': ['caseworker_id', 'display_name'],
  'employments.csv': ['caseworker_id', 'department_id', 'start_date', 'end_date', 'end_reason'],
  'cases.csv': ['case_id', 'citizen_id', 'case_type_id', 'department_id', 'received_on', 'decided_on', 'closed_on', 'outcome'],
  'assignments.csv': ['case_id', 'caseworker_id', 'assigned_from', 'assigned_to'],
  'contacts.csv': ['case_id', 'caseworker_id', 'contact_on', 'channel'],
  'complaints.csv': ['complaint_id', 'department_id', 'case_id', 'received_on', 'category'],
  'appeals.csv': ['case_id', 'appealed_on', 'decided_on', 'outcome'],
};

const ID = /^[A-Za-z0-9._:-]{1,64}$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Reads every file; header problems are reported, rows keyed by column name. */
export function readDataSet(dir: string, problems: string[] = []): DataSet {
  const files = readdirSync(dir).filter((f) => f.endsWith('.csv')).sort();
  const expected = Object.keys(EXPECTED_HEADERS).sort();
  if (files.join() !== expected.join()) problems.push(`files ${files.join()} instead of ${expected.join()}`);
  const data: DataSet = {};
  for (const file of expected) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (text.includes('\r')) problems.push(`${file}: carriage return found`);
    const records = parse(text, { skip_empty_lines: true }) as string[][];
    const [header = [], ...body] = records;
    if (header.join() !== (EXPECTED_HEADERS[file] ?? []).join()) problems.push(`${file}: header ${header.join()}`);
    data[file] = body.map((fields, i) => {
      if (fields.length !== header.length) problems.push(`${file} line ${i + 2}: ${fields.length} fields`);
      return Object.fromEntries(header.map((column, c) => [column, fields[c] ?? '']));
    });
  }
  return data;
}

export interface RuleContext { data: DataSet; until: string; problems: string[] }

/** Rule helpers bound to one file, so each problem names file, line, column and value. */
export function rulesFor(context: RuleContext, file: string) {
  const say = (row: number, message: string) => context.problems.push(`${file} line ${row + 2}: ${message}`);
  return {
    say,
    id(row: number, record: Row, column: string, optional = false) {
      const value = record[column] ?? '';
      if (optional && value === '') return;
      if (!ID.test(value)) say(row, `${column} "${value}" is not an id`);
    },
    date(row: number, record: Row, column: string, optional = false) {
      const value = record[column] ?? '';
      if (optional && value === '') return;
      if (!isIsoDate(value)) say(row, `${column} "${value}" is not a date`);
      else if (value > context.until) say(row, `${column} ${value} is after until ${context.until}`);
    },
    oneOf(row: number, record: Row, column: string, allowed: readonly string[], optional = false) {
      const value = record[column] ?? '';
      if (optional && value === '') return;
      if (!allowed.includes(value)) say(row, `${column} "${value}" not in ${allowed.join('|')}`);
    },
    reference(row: number, record: Row, column: string, known: Set<string>, optional = false) {
      const value = record[column] ?? '';
      if (optional && value === '') return;
      if (!known.has(value)) say(row, `${column} "${value}" refers to nothing`);
    },
    uniqueKey(columns: string[]) {
      const seen = new Set<string>();
      (context.data[file] ?? []).forEach((record, row) => {
        const key = columns.map((c) => record[c]).join('\u0000');
        if (seen.has(key)) say(row, `duplicate key ${columns.join('+')} = ${key.replaceAll('\u0000', '/')}`);
        seen.add(key);
      });
    },
  };
}

/** Periods grouped by `groupColumn` must not overlap; an empty end means "still running". */
export function checkNoOverlaps(context: RuleContext, file: string, groupColumn: string, from: string, to: string): void {
  const groups = new Map<string, Row[]>();
  for (const record of context.data[file] ?? []) {
    const key = record[groupColumn] ?? '';
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  for (const [key, periods] of groups) {
    periods.sort((a, b) => ((a[from] ?? '') < (b[from] ?? '') ? -1 : 1));
    for (let i = 1; i < periods.length; i++) {
      const previousEnd = (periods[i - 1] as Row)[to] ?? '';
      const nextStart = (periods[i] as Row)[from] ?? '';
      if (previousEnd === '' || previousEnd >= nextStart) context.problems.push(`${file}: periods of ${key} overlap at ${nextStart}`);
    }
  }
}
