// Per-request DataLoaders behind the fields of ReviewRound, Stratum and SampledCase (made in the
// request context): a list of rounds costs one query per field, whatever the number of rounds.
import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { reviews } from '../db/review-schema';
import type { ReviewModel, SampledCaseModel, StratumModel } from './models';
import { sampleOfRounds, strataOfRounds } from './sample-queries';
import {
  eliminationsOfRounds, eventsOfRounds, progressOfRounds, type EliminationRow, type EventRow, type ProgressRow,
} from './round-queries';

/** All rows per round id (possibly none), in the order the query returned them. */
function listsByRound<V extends { roundId: number }>(load: (ids: readonly number[]) => Promise<V[]>): DataLoader<number, V[]> {
  return new DataLoader(async (ids) => {
    const byRound = new Map<number, V[]>(ids.map((id) => [id, []]));
    for (const row of await load(ids)) byRound.get(row.roundId)?.push(row);
    return ids.map((id) => byRound.get(id)!);
  });
}

function progressByRound(db: Database): DataLoader<number, ProgressRow> {
  return new DataLoader(async (ids) => {
    const byRound = new Map((await progressOfRounds(db, ids)).map((row) => [row.roundId, row]));
    return ids.map((roundId) => byRound.get(roundId) ?? { roundId, sampled: 0, assigned: 0, submitted: 0, eliminated: 0 });
  });
}

export function createRoundLoaders(db: Database) {
  return {
    roundStrata: listsByRound<StratumModel>((ids) => strataOfRounds(db, ids)),
    roundSample: listsByRound<SampledCaseModel>((ids) => sampleOfRounds(db, ids)),
    /** Every review of the round, first and second level. */
    roundReviews: listsByRound<ReviewModel>((ids) => db.select().from(reviews).where(inArray(reviews.roundId, [...ids]))),
    roundProgress: progressByRound(db),
    roundEliminations: listsByRound<EliminationRow>((ids) => eliminationsOfRounds(db, ids)),
    roundEvents: listsByRound<EventRow>((ids) => eventsOfRounds(db, ids)),
  };
}
export type RoundLoaders = ReturnType<typeof createRoundLoaders>;
