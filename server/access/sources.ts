// Where the guard looks things up: the department closure, and the cases assigned for review.
import type { Database } from '../db/client';
import { subtreeDepartmentIds } from '../organisation/queries';
import type { GuardSources } from './guard';

export function guardSources(db: Database): GuardSources {
  return {
    subtreeOf: async (roots) => new Set(await subtreeDepartmentIds(db, roots)),
    // Review rounds and their reviewer assignments come with the supervisory review (issue 6);
    // until a case is assigned to a reviewer, a reviewer may read no case.
    reviewCasesOf: async () => new Set<string>(),
  };
}
