/** Why a case-level read is made; the server logs it and refuses case-level reads without one. */
export type PurposeKind = 'CASE_VIEW' | 'REVIEW_ROUND' | 'OVERDUE_LIST' | 'CITIZEN_OVERVIEW' | 'DATA_QUALITY' | 'EXPORT';

/** Sent with GraphQL requests that set `purpose` (see `RequestOptions`). */
export const PURPOSE_HEADER = 'X-Tilsyn-Purpose';

/**
 * The purpose header's value, `<KIND>[:<reference>]`; the reference (a case or round id) is
 * URI-encoded, so any text fits in a header and plain ids stay as they are.
 */
export function purpose(kind: PurposeKind, reference?: string): string {
  return reference === undefined || reference === '' ? kind : `${kind}:${encodeURIComponent(reference)}`;
}
