// Every problem an import can report, by code, with its English text. Each problem is stored with
// its code and values (ImportErrorRecord), so the upload page says it in the reader's language
// (client/i18n/upload/problems*.ts); the English text here is what the CLI, the logs and older
// pages print. Pure.

/** What a problem says: its code, the values its text names, and the English text. */
export interface ProblemText { code: ProblemCode; params: Record<string, string | number>; message: string }

const TEXTS = {
  folderUnreadable: () => 'the folder cannot be read (does it exist?)',
  notAFileOfTheFormat: (v: { files: string }) => `is not a file of the import format; the files are: ${v.files}`,
  fileMissing: () => 'the file is missing from the data set; it is required',
  fileUploadedTwice: () => 'was uploaded more than once; upload each file once',
  oneZipOnly: () => 'only one zip file can be uploaded at a time',
  notCsvOrZip: () => 'is neither a CSV file nor a zip file; upload the CSV files of the data set, or one zip file with them',
  csvAndZip: () => 'upload either the CSV files or one zip file with them, not both',
  zipUnreadable: (v: { reason: string }) => `the zip file cannot be read: ${v.reason}`,
  csvUnreadable: (v: { reason: string }) => `the file cannot be read as CSV here (${v.reason}); check quotes and separators`,
  fileEmpty: () => 'the file is empty: it has no header row',
  columnUnknown: (v: { file: string; columns: string }) => `is not a column of ${v.file}; the columns are: ${v.columns}`,
  columnTwice: () => 'appears twice in the header',
  columnMissing: () => 'is missing from the header',
  fieldCount: (v: { fields: number; columns: number }) => `has ${v.fields} fields, but the header has ${v.columns} columns`,
  notUtf8: () => 'contains characters that are not valid UTF-8: save the file as UTF-8',
  valueRequired: () => 'is empty, but a value is required',
  idTooLong: (v: { length: number }) => `is ${v.length} characters long; an id has at most 64`,
  idInvalid: () => 'is not a valid id: use only letters A–Z, a–z, digits and . _ : -',
  dateFormat: () => 'is not a date in the form YYYY-MM-DD',
  dateYear: () => 'has a year outside 1900–2199',
  dateNotReal: () => 'is not a real calendar date',
  notPositiveInteger: () => 'is not a positive whole number',
  notOneOf: (v: { allowed: string }) => `is not one of: ${v.allowed}`,
  textTooLong: (v: { length: number }) => `is ${v.length} characters long; at most 500 are allowed`,
  endReasonMissing: () => 'is empty, but end_date is set: give the reason the employment ended',
  endReasonWithoutEnd: () => 'is set, but end_date is empty: leave both empty while employed',
  beforeDate: (v: { other: string; date: string }) => `is before ${v.other} ${v.date}`,
  outcomeMissing: () => 'is empty, but the case is decided or closed: give its outcome',
  outcomeWithoutDates: () => 'is set, but the case has neither decided_on nor closed_on',
  withdrawnDecided: () => 'is withdrawn, but decided_on is set: a withdrawn case has no decision',
  withdrawnNotClosed: () => 'is empty, but the case is withdrawn: give the day it was closed',
  closedWithoutDecision: (v: { outcome: string }) => `is empty, but the outcome is ${v.outcome}: a case closed without a decision is withdrawn`,
  appealOutcomeMissing: () => 'is empty, but decided_on is set: a decided appeal has an outcome',
  appealPendingWithOutcome: (v: { outcome: string }) => `is empty, but the outcome is ${v.outcome}: a pending appeal has neither`,
  parentIsSelf: () => 'names the department itself as its parent',
  repeatedKey: (v: { firstLine: number; key: string }) => `repeats the key of line ${v.firstLine} (${v.key})`,
  unknownReference: (v: { noun: string; value: string; target: string }) =>
    `refers to ${v.noun} "${v.value}", which is neither in ${v.target} nor already imported`,
  employmentOverlap: (v: { owner: string; from: string; to?: string; line?: number }) => `this employment of ${v.owner}${overlapText(v)}`,
  assignmentOverlap: (v: { owner: string; from: string; to?: string; line?: number }) => `this assignment of case ${v.owner}${overlapText(v)}`,
  departmentCycle: (v: { id: string }) => `makes the department tree a cycle: ${v.id} is its own ancestor`,
  importFailed: (v: { reason: string }) => `the import failed: ${v.reason}`,
  importInterrupted: () => 'the import was interrupted; nothing of it was kept',
  uploadFailed: (v: { reason: string }) => `the upload failed: ${v.reason}`,
} satisfies Record<string, (values: never) => string>;

function overlapText(v: { from: string; to?: string; line?: number }): string {
  const period = v.to === undefined ? `from ${v.from} (still open)` : `from ${v.from} to ${v.to}`;
  return ` overlaps the period ${period}${v.line === undefined ? ' already imported' : ` on line ${v.line}`}`;
}

export type ProblemCode = keyof typeof TEXTS;
type ValuesOf<C extends ProblemCode> = Parameters<(typeof TEXTS)[C]> extends [infer V] ? V : Record<string, never>;

export const PROBLEM_CODES = Object.keys(TEXTS) as ProblemCode[];

/** The problem `code` with its values, and its English text. */
export function problemText<C extends ProblemCode>(code: C, ...values: Parameters<(typeof TEXTS)[C]> extends [] ? [] : [ValuesOf<C>]): ProblemText {
  return textOfStored(code, (values[0] ?? {}) as Record<string, string | number>)!;
}

/** The English text of a stored code and values (SQL checks return those); null for an unknown code. */
export function textOfStored(code: string, params: Record<string, string | number>): ProblemText | null {
  if (!Object.hasOwn(TEXTS, code)) return null;
  const text = TEXTS[code as ProblemCode] as (v: Record<string, string | number>) => string;
  return { code: code as ProblemCode, params, message: text(params) };
}
