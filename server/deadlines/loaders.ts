// Per-request DataLoaders for the deadline figures (made in the request context).
import type { Database } from '../db/client';
import { figureLoader } from '../figures/figure-loader';
import { backlogCounts, processingDays, survivalTimes, timelinessCounts, timelinessCountsByMonth } from './queries';
import { caseTypeDeadlineCounts } from './case-type-queries';

export function createDeadlineLoaders(db: Database) {
  return {
    timeliness: figureLoader(db, timelinessCounts),
    timelinessByMonth: figureLoader(db, timelinessCountsByMonth),
    processingDays: figureLoader(db, processingDays),
    survival: figureLoader(db, survivalTimes),
    backlog: figureLoader(db, backlogCounts),
    caseTypeDeadlines: figureLoader(db, caseTypeDeadlineCounts),
  };
}
export type DeadlineLoaders = ReturnType<typeof createDeadlineLoaders>;
