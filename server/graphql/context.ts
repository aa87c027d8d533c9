// Everything a resolver may use for one request; loaders are fresh per request.
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/client';
import { createOrganisationLoaders, type OrganisationLoaders } from '../organisation/loaders';
import { createCaseLoaders, type CaseLoaders } from '../cases/loaders';

export interface RequestContext {
  requestId: string;
  db: Database;
  loaders: OrganisationLoaders & CaseLoaders;
}

export function createRequestContext(db: Database): RequestContext {
  return {
    requestId: randomUUID(),
    db,
    loaders: { ...createOrganisationLoaders(db), ...createCaseLoaders(db) },
  };
}
