// Everything a resolver may use for one request; loaders and the guard are fresh per request.
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/client';
import { createOrganisationLoaders, type OrganisationLoaders } from '../organisation/loaders';
import { createCaseLoaders, type CaseLoaders } from '../cases/loaders';
import { createContinuityLoaders, type ContinuityLoaders } from '../continuity/loaders';
import { createComplaintLoaders, type ComplaintLoaders } from '../complaints/loaders';
import { createTargetLoaders, type TargetLoaders } from '../targets/loaders';
import { createIndicatorLoaders, type IndicatorLoaders } from '../indicators/loaders';
import { createCitizenLoaders, type CitizenLoaders } from '../citizens/loaders';
import { createDeadlineLoaders, type DeadlineLoaders } from '../deadlines/loaders';
import { createReviewLoaders, type ReviewLoaders } from '../reviews/review-loaders';
import { createRoundLoaders, type RoundLoaders } from '../reviews/round-loaders';
import { Guard } from '../access/guard';
import type { Viewer } from '../access/viewer';
import { parsePurpose, PURPOSE_HEADER_NAME } from '../access/purpose';
import { guardSources } from '../access/sources';
import { databaseAccessLogWriter, recordPersonalDataRead, type AccessLogWriter, type PersonalDataRead } from '../access-log/service';
import { badInput } from './errors';
import { createPublicTimesRuntime, type PublicTimesRuntime } from '../public-times/runtime';

export interface RequestContext {
  requestId: string;
  db: Database;
  guard: Guard;
  loaders: OrganisationLoaders & CaseLoaders & DeadlineLoaders & ContinuityLoaders & ComplaintLoaders & TargetLoaders & IndicatorLoaders & CitizenLoaders & ReviewLoaders & RoundLoaders;
  /** Logs a read of personal data before it is returned; throws when it cannot (fail closed). */
  recordRead: (read: PersonalDataRead) => Promise<void>;
  /** Set by `recordRead`: an answer holding personal data is never kept by the response cache. */
  personalDataRead: boolean;
  settings: RequestSettings;
  /** The public table's cache and request limit (one per HTTP app). */
  publicTimes: PublicTimesRuntime;
  /** The client's address (Express `req.ip`, trust proxy honoured); null outside HTTP. */
  clientAddress: string | null;
}

/** Server settings resolvers need (from the configuration). */
export interface RequestSettings { accessLogRetentionDays: number }
export const DEFAULT_SETTINGS: RequestSettings = { accessLogRetentionDays: 180 };

export interface RequestIdentity {
  viewer: Viewer | null;
  /** The raw `X-Tilsyn-Purpose` header, if any. */
  purposeHeader?: string;
  requestId?: string;
  /** Tests replace the writer to prove that a failing log withholds the data. */
  accessLogWriter?: AccessLogWriter;
  settings?: RequestSettings;
  /** Shared across requests by the HTTP app; absent (tests), each request gets its own: no cache, no limit reached. */
  publicTimes?: PublicTimesRuntime;
  clientAddress?: string;
}

export function createRequestContext(db: Database, identity: RequestIdentity): RequestContext {
  const parsed = parsePurpose(identity.purposeHeader);
  const requestId = identity.requestId ?? randomUUID();
  const guard = new Guard(identity.viewer, parsed.ok ? parsed.purpose : null, guardSources(db));
  const write = identity.accessLogWriter ?? databaseAccessLogWriter(db);
  const context: RequestContext = {
    requestId,
    db,
    guard,
    loaders: {
      ...createOrganisationLoaders(db), ...createCaseLoaders(db), ...createDeadlineLoaders(db), ...createContinuityLoaders(db), ...createComplaintLoaders(db), ...createReviewLoaders(db),
      ...createRoundLoaders(db), ...createTargetLoaders(db), ...createIndicatorLoaders(db), ...createCitizenLoaders(db),
    },
    settings: identity.settings ?? DEFAULT_SETTINGS,
    publicTimes: identity.publicTimes ?? createPublicTimesRuntime(),
    clientAddress: identity.clientAddress ?? null,
    personalDataRead: false,
    // A malformed purpose only matters (and is reported) where personal data is read.
    recordRead: async (read) => {
      context.personalDataRead = true;
      if (!parsed.ok) throw badInput(PURPOSE_HEADER_NAME, parsed.problem);
      await recordPersonalDataRead(write, guard.signedIn(), guard.purpose, requestId, read);
    },
  };
  return context;
}
