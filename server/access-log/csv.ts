// The access log as CSV (RFC 4180, UTF-8 with BOM so Excel reads æøå), safe against formula injection.
import type { AccessLogRow } from './queries';

export const CSV_HEADER = ['id', 'at', 'username', 'role', 'via', 'purpose', 'purpose_reference', 'operation', 'request_id', 'case_ids', 'citizen_pseudonyms'];

/** Quotes when needed; a cell a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CRLF-terminated line; `separator` is ';' for the exports meant for Danish spreadsheets. */
export function csvLine(cells: readonly (string | number | null)[], separator = ','): string {
  return `${cells.map(csvCell).join(separator)}\r\n`;
}

export function accessLogCsvLine(row: AccessLogRow): string {
  return csvLine([
    row.id, row.at.toISOString(), row.username, row.role, row.via, row.purpose, row.purposeReference,
    row.operation, row.requestId, row.caseIds.join(' '), row.citizenPseudonyms.join(' '),
  ]);
}
