// Writing the access log before personal data leaves the server (fail closed), and reading it back.
import { GraphQLError } from 'graphql';
import type { Database } from '../db/client';
import type { Viewer } from '../access/viewer';
import type { Purpose } from '../access/purpose';
import { PURPOSE_HEADER_NAME, PURPOSE_KINDS } from '../access/purpose';
import { appendAccessLog, type AccessLogEntry } from './queries';

export interface PersonalDataRead {
  /** The API operation, e.g. `Query.case`. */
  operation: string;
  caseIds: readonly string[];
  citizenPseudonyms: readonly string[];
}

/** Writes one access-log row; injectable so tests can make it fail. */
export type AccessLogWriter = (entry: AccessLogEntry) => Promise<void>;

export function databaseAccessLogWriter(db: Database): AccessLogWriter {
  return (entry) => appendAccessLog(db, entry);
}

export function purposeRequired(): GraphQLError {
  return new GraphQLError(
    `State why you read personal data: send the header ${PURPOSE_HEADER_NAME} with one of ${PURPOSE_KINDS.join(', ')} (optionally ":reference").`,
    { extensions: { code: 'BAD_USER_INPUT', argument: PURPOSE_HEADER_NAME } },
  );
}

/**
 * Records the read; throws (and the caller returns nothing) when there is no purpose or the log
 * cannot be written. Callers skip reads that return nothing.
 */
export async function recordPersonalDataRead(
  write: AccessLogWriter, viewer: Viewer, purpose: Purpose | null, requestId: string, read: PersonalDataRead,
): Promise<void> {
  if (!purpose) throw purposeRequired();
  try {
    await write({
      userId: viewer.userId, username: viewer.username, role: viewer.role, via: viewer.via,
      purpose: purpose.kind, purposeReference: purpose.reference, operation: read.operation, requestId,
      caseIds: [...new Set(read.caseIds)], citizenPseudonyms: [...new Set(read.citizenPseudonyms)],
    });
  } catch (error) {
    throw new GraphQLError('The access log could not be written, so the data is withheld. Try again later.', {
      extensions: { code: 'ACCESS_LOG_UNAVAILABLE' },
      originalError: error instanceof Error ? error : undefined,
    });
  }
}
