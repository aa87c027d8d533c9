// Per-request DataLoaders for the staff and continuity figures, keyed by (scope, period, as-of
// date) like the deadline figures (`figureLoader` of server/figures):
// the keys of one request with the same period and as-of date — a scope, its children, the leaf
// departments of turnover versus continuity — become one query each, tagged by scope through
// department_closure, never one query per department.
import type { Database } from '../db/client';
import { loaderOfLists } from '../graphql/batch';
import { figureLoader } from '../figures/figure-loader';
import { staffRows } from './staff-queries';
import { citizenContactSums, continuityRows, leafDepartments } from './continuity-queries';

export function createContinuityLoaders(db: Database) {
  return {
    staffRows: figureLoader(db, staffRows),
    continuityRows: figureLoader(db, continuityRows),
    citizenContactSums: figureLoader(db, citizenContactSums),
    leafDepartments: loaderOfLists((scopes) => leafDepartments(db, scopes), (d) => d.scopeId),
  };
}
export type ContinuityLoaders = ReturnType<typeof createContinuityLoaders>;
