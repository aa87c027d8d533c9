// Why a user reads personal data: the UI states it in the `X-Tilsyn-Purpose` header
// (`KIND` or `KIND:reference`, e.g. `REVIEW_ROUND:17`), and it is written to the access log.
export const PURPOSE_HEADER = 'x-tilsyn-purpose';
/** The header as people write it, for messages. */
export const PURPOSE_HEADER_NAME = 'X-Tilsyn-Purpose';
export const PURPOSE_KINDS = ['CASE_VIEW', 'REVIEW_ROUND', 'OVERDUE_LIST', 'CITIZEN_OVERVIEW', 'DATA_QUALITY', 'EXPORT'] as const;
export type PurposeKind = (typeof PURPOSE_KINDS)[number];

export interface Purpose { kind: PurposeKind; reference: string | null }

export type PurposeParse = { ok: true; purpose: Purpose | null } | { ok: false; problem: string };

const MAX_REFERENCE = 200;

function decodeReference(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A missing header is no purpose (case-level reads then refuse); a malformed one is an error. */
export function parsePurpose(header: string | undefined): PurposeParse {
  if (header === undefined || header.trim() === '') return { ok: true, purpose: null };
  const [kind, ...rest] = header.trim().split(':');
  // The client URI-encodes the reference (a header cannot carry every character).
  const reference = rest.length > 0 ? decodeReference(rest.join(':').trim()) : null;
  if (!(PURPOSE_KINDS as readonly string[]).includes(kind!)) {
    return { ok: false, problem: `${PURPOSE_HEADER_NAME} "${header.slice(0, 40)}" is not one of ${PURPOSE_KINDS.join(', ')}` };
  }
  if (reference !== null && (reference === '' || reference.length > MAX_REFERENCE || /[\u0000-\u001f]/.test(reference))) {
    return { ok: false, problem: `${PURPOSE_HEADER_NAME} reference must be 1–${MAX_REFERENCE} printable characters` };
  }
  return { ok: true, purpose: { kind: kind as PurposeKind, reference } };
}
