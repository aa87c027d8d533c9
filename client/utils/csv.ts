/**
 * CSV for the "download" buttons: RFC 4180 with a comma separator and CRLF line ends, UTF-8 with
 * a byte-order mark so that Excel reads æ, ø and å correctly. A field is quoted when it holds a
 * comma, a quote, a line break or leading/trailing spaces; quotes are doubled. Text that a
 * spreadsheet would run as a formula (`=`, `+`, `@`, or `-` not starting a number) is prefixed
 * with an apostrophe.
 */

export type CsvValue = string | number | null | undefined;

export const CSV_BOM = '\uFEFF';
export const CSV_MIME = 'text/csv;charset=utf-8';

function neutralise(text: string): string {
  if (/^[=+@\t\r]/.test(text) || (/^-/.test(text) && !/^-\d/.test(text))) return `'${text}`;
  return text;
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : neutralise(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows (the first usually the header) as one CSV text, BOM first. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>): string {
  return CSV_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A file name from a title: lower case, ASCII letters, digits and dashes, `.csv`. */
export function csvFileName(title: string): string {
  const base = title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'tabel'}.csv`;
}
