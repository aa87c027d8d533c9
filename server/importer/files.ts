// The import format as data: every file, its columns, which may be empty, and its key
// (../shared/spec/data-format.md). The reader, staging and merge are driven by this table.

export type ColumnKind =
  | { type: 'id' }
  | { type: 'citizen' }
  | { type: 'text' }
  | { type: 'date' }
  | { type: 'positiveInt' }
  | { type: 'enum'; values: readonly string[]; pgType: string };

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  /** May the field be empty? */
  optional?: boolean;
}

export interface FileSpec {
  file: string;
  /** The target table, also the entity name (file name without `.csv`). */
  table: string;
  optional: boolean;
  columns: ColumnSpec[];
  key: string[];
  /**
   * `upsert`: rows are upserted by key. `replacePerCase`: a case named in the file gets exactly
   * the file's rows (files without an id of their own).
   */
  mode: 'upsert' | 'replacePerCase';
  /** A row repeating another exactly is the same row (contacts), not a duplicate key. */
  dedupeExactRepeats?: boolean;
}

const id = { type: 'id' } as const;
const date = { type: 'date' } as const;
const text = { type: 'text' } as const;
const oneOf = (pgType: string, values: readonly string[]) => ({ type: 'enum', values, pgType }) as const;

export const END_REASONS = ['resigned', 'retired', 'dismissed', 'transferred', 'other'] as const;
export const CASE_OUTCOMES = ['granted', 'partially_granted', 'refused', 'dismissed', 'withdrawn'] as const;
export const CHANNELS = ['meeting', 'phone', 'letter', 'email', 'digital'] as const;
export const COMPLAINT_CATEGORIES = ['processing_time', 'service', 'status_information', 'decision', 'other'] as const;
export const APPEAL_OUTCOMES = ['upheld', 'changed', 'remitted', 'dismissed'] as const;
export const DEADLINE_UNITS = ['days', 'weeks', 'months'] as const;

/** In dependency order: a file only refers to files before it. */
export const FILE_SPECS: readonly FileSpec[] = [
  {
    file: 'departments.csv', table: 'departments', optional: false, mode: 'upsert', key: ['department_id'],
    columns: [{ name: 'department_id', kind: id }, { name: 'name', kind: text }, { name: 'parent_id', kind: id, optional: true }],
  },
  {
    file: 'case_types.csv', table: 'case_types', optional: false, mode: 'upsert', key: ['case_type_id'],
    columns: [
      { name: 'case_type_id', kind: id }, { name: 'name', kind: text }, { name: 'department_id', kind: id },
      { name: 'legal_basis', kind: text, optional: true },
    ],
  },
  {
    file: 'deadlines.csv', table: 'deadlines', optional: false, mode: 'upsert', key: ['case_type_id', 'effective_from'],
    columns: [
      { name: 'case_type_id', kind: id }, { name: 'effective_from', kind: date },
      { name: 'deadline_value', kind: { type: 'positiveInt' } }, { name: 'deadline_unit', kind: oneOf('deadline_unit', DEADLINE_UNITS) },
    ],
  },
  {
    file: 'caseworkers.csv', table: 'caseworkers', optional: false, mode: 'upsert', key: ['caseworker_id'],
    columns: [{ name: 'caseworker_id', kind: id }, { name: 'display_name', kind: text }],
  },
  {
    file: 'employments.csv', table: 'employments', optional: false, mode: 'upsert', key: ['caseworker_id', 'start_date'],
    columns: [
      { name: 'caseworker_id', kind: id }, { name: 'department_id', kind: id }, { name: 'start_date', kind: date },
      { name: 'end_date', kind: date, optional: true }, { name: 'end_reason', kind: oneOf('end_reason', END_REASONS), optional: true },
    ],
  },
  {
    file: 'cases.csv', table: 'cases', optional: false, mode: 'upsert', key: ['case_id'],
    columns: [
      { name: 'case_id', kind: id }, { name: 'citizen_id', kind: { type: 'citizen' } }, { name: 'case_type_id', kind: id },
      { name: 'department_id', kind: id }, { name: 'received_on', kind: date },
      { name: 'decided_on', kind: date, optional: true }, { name: 'closed_on', kind: date, optional: true },
      { name: 'outcome', kind: oneOf('case_outcome', CASE_OUTCOMES), optional: true },
    ],
  },
  {
    file: 'assignments.csv', table: 'assignments', optional: false, mode: 'replacePerCase', key: ['case_id', 'assigned_from'],
    columns: [
      { name: 'case_id', kind: id }, { name: 'caseworker_id', kind: id }, { name: 'assigned_from', kind: date },
      { name: 'assigned_to', kind: date, optional: true },
    ],
  },
  {
    file: 'contacts.csv', table: 'contacts', optional: true, mode: 'replacePerCase', dedupeExactRepeats: true,
    key: ['case_id', 'caseworker_id', 'contact_on', 'channel'],
    columns: [
      { name: 'case_id', kind: id }, { name: 'caseworker_id', kind: id }, { name: 'contact_on', kind: date },
      { name: 'channel', kind: oneOf('contact_channel', CHANNELS) },
    ],
  },
  {
    file: 'complaints.csv', table: 'complaints', optional: true, mode: 'upsert', key: ['complaint_id'],
    columns: [
      { name: 'complaint_id', kind: id }, { name: 'department_id', kind: id }, { name: 'case_id', kind: id, optional: true },
      { name: 'received_on', kind: date }, { name: 'category', kind: oneOf('complaint_category', COMPLAINT_CATEGORIES) },
    ],
  },
  {
    file: 'appeals.csv', table: 'appeals', optional: true, mode: 'replacePerCase', key: ['case_id', 'appealed_on'],
    columns: [
      { name: 'case_id', kind: id }, { name: 'appealed_on', kind: date }, { name: 'decided_on', kind: date, optional: true },
      { name: 'outcome', kind: oneOf('appeal_outcome', APPEAL_OUTCOMES), optional: true },
    ],
  },
];

export function fileSpec(file: string): FileSpec {
  const spec = FILE_SPECS.find((s) => s.file === file);
  if (!spec) throw new Error(`no file spec for ${file}`);
  return spec;
}

/** The staging column type: dates and numbers typed, everything else text (enums cast at merge). */
export function stagingType(kind: ColumnKind): 'date' | 'int' | 'text' {
  if (kind.type === 'date') return 'date';
  if (kind.type === 'positiveInt') return 'int';
  return 'text';
}
