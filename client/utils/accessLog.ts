import type { AccessLogFilterInput } from '../gql/graphql';

/** The access log's search form, as typed (empty strings are "any"). */
export interface AccessLogFilter {
  citizen: string;
  user: string;
  caseId: string;
  from: string;
  to: string;
}

/** How many entries one page (and each "show more") fetches. */
export const ACCESS_LOG_PAGE_SIZE = 50;

/** Where the CSV export is served (same origin; a plain download link carries the session cookie). */
export const ACCESS_LOG_CSV_PATH = '/admin/access-log.csv';

export function emptyAccessLogFilter(): AccessLogFilter {
  return { citizen: '', user: '', caseId: '', from: '', to: '' };
}

/** The filter with its fields trimmed, in a stable order. */
function trimmed(filter: AccessLogFilter): AccessLogFilter {
  return {
    citizen: filter.citizen.trim(),
    user: filter.user.trim(),
    caseId: filter.caseId.trim(),
    from: filter.from.trim(),
    to: filter.to.trim(),
  };
}

/** The API's filter: only the fields that were filled in. */
export function toFilterInput(filter: AccessLogFilter): AccessLogFilterInput {
  const f = trimmed(filter);
  const input: AccessLogFilterInput = {};
  if (f.citizen) input.citizenPseudonym = f.citizen;
  if (f.user) input.username = f.user;
  if (f.caseId) input.caseId = f.caseId;
  if (f.from) input.from = f.from;
  if (f.to) input.to = f.to;
  return input;
}

/** The CSV export of the same search: `/admin/access-log.csv?citizen=…&user=…&case=…&from=…&to=…`, non-empty only. */
export function accessLogCsvHref(filter: AccessLogFilter): string {
  const f = trimmed(filter);
  const params = new URLSearchParams();
  const pairs: [string, string][] = [
    ['citizen', f.citizen],
    ['user', f.user],
    ['case', f.caseId],
    ['from', f.from],
    ['to', f.to],
  ];
  for (const [name, value] of pairs) if (value) params.set(name, value);
  const query = params.toString();
  return query ? `${ACCESS_LOG_CSV_PATH}?${query}` : ACCESS_LOG_CSV_PATH;
}
