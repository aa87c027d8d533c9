import type { PublicProcessingTimesQuery } from '../gql/graphql';
import { INTL_LOCALE, type AppLocale } from '../i18n/format';

/** One published row: a department's figures for one case type. */
export type PublicRow = PublicProcessingTimesQuery['publicProcessingTimes']['rows'][number];

export interface DepartmentGroup {
  id: string;
  name: string;
  rows: PublicRow[];
}

/** The words of a text, lower-case, split at anything but letters and digits (so "§41" is "41"). */
export function searchWords(text: string): string[] {
  return text
    .toLocaleLowerCase('da')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * Whether a row matches what a citizen typed: every word of it must occur in the case type's name,
 * its legal basis or the department. A word of letters may occur anywhere ("handicap" finds
 * "børnehandicap"); a number must be a whole paragraph number, so "41" finds "§ 41" but not "§ 141".
 */
export function matchesSearch(row: PublicRow, query: string): boolean {
  const wanted = searchWords(query);
  if (wanted.length === 0) return true;
  const text = [row.caseTypeName, row.legalBasis ?? '', row.departmentName].join(' ');
  const words = searchWords(text);
  const joined = words.join(' ');
  return wanted.every((word) =>
    /^\d+$/.test(word) ? words.some((w) => w === word || (w.startsWith(word) && !/\d/.test(w[word.length]!))) : joined.includes(word),
  );
}

/** The rows by department, departments and case types in alphabetical order of the language. */
export function groupByDepartment(rows: readonly PublicRow[], locale: AppLocale): DepartmentGroup[] {
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  const groups = new Map<string, DepartmentGroup>();
  for (const row of rows) {
    let group = groups.get(row.departmentId);
    if (!group) {
      group = { id: row.departmentId, name: row.departmentName, rows: [] };
      groups.set(row.departmentId, group);
    }
    group.rows.push(row);
  }
  const sorted = [...groups.values()].sort((a, b) => collator.compare(a.name, b.name));
  for (const group of sorted) group.rows.sort((a, b) => collator.compare(a.caseTypeName, b.caseTypeName));
  return sorted;
}

/** The stable addresses of the open data (server/public-times/http.ts). */
export const OPEN_DATA_CSV = '/aabne-data/sagsbehandlingstider.csv';
export const OPEN_DATA_JSON = '/aabne-data/sagsbehandlingstider.json';
/** The public page's address (client/router.ts). */
export const PUBLIC_TIMES_PATH = '/sagsbehandlingstider';
/** The id of the explanation's heading, linked from the top of the page. */
export const ABOUT_HEADING_ID = 'time-about-heading';
