// Per-request DataLoaders for the citizens-across-departments figure, keyed by (scope, period,
// as-of date) like the other figure families (`figureLoader` of server/figures): a scope and its
// children asked for in one request become one grouped query, never one per department.
import type { Database } from '../db/client';
import { figureLoader } from '../figures/figure-loader';
import { crossDepartmentRows } from './queries';

export function createCitizenLoaders(db: Database) {
  return {
    crossDepartmentRows: figureLoader(db, crossDepartmentRows),
  };
}
export type CitizenLoaders = ReturnType<typeof createCitizenLoaders>;
