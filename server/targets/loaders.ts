// Per-request DataLoader of the targets in force, keyed by department: the indicators of a scope
// and of all its children (`children { indicators { target } }`) cost one query.
import type { Database } from '../db/client';
import { loaderOfLists } from '../graphql/batch';
import { targetsInForceFor } from './queries';

export function createTargetLoaders(db: Database) {
  return {
    targetsInForce: loaderOfLists((ids) => targetsInForceFor(db, ids), (t) => t.departmentId),
  };
}
export type TargetLoaders = ReturnType<typeof createTargetLoaders>;
