// Per-request DataLoaders for the complaints and appeals figures, keyed by (scope, period, as-of
// date) like the other figure families (`figureLoader` of server/figures): a scope and its
// children asked for in one request become one grouped query each.
import type { Database } from '../db/client';
import { figureLoader } from '../figures/figure-loader';
import { appealCounts, complaintCounts } from './queries';

export function createComplaintLoaders(db: Database) {
  return {
    complaintRows: figureLoader(db, complaintCounts),
    appealRows: figureLoader(db, appealCounts),
  };
}
export type ComplaintLoaders = ReturnType<typeof createComplaintLoaders>;
