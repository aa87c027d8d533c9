// ReviewRound.results for a batch of rounds (the roundResults DataLoader): the rounds asked for and
// their previous rounds are counted together, in four queries whatever the number of rounds.
import type { Executor } from '../db/client';
import { numberedItems } from './checklist';
import { templatesByVersions } from './checklist-queries';
import { roundsByIds } from './review-queries';
import { caseCounts, itemCounts, previousRounds, strataOfRounds } from './result-queries';
import { buildResults, withPrevious, type ReviewResultsModel } from './result-build';

export async function resultsOfRounds(db: Executor, roundIds: readonly number[]): Promise<ReviewResultsModel[]> {
  const previous = new Map((await previousRounds(db, roundIds)).map((p) => [p.roundId, p.previousId]));
  const all = [...new Set([...roundIds, ...[...previous.values()].filter((id): id is number => id !== null)])];
  const rounds = await roundsByIds(db, all);
  const templates = await templatesByVersions(db, [...new Set(rounds.map((r) => r.checklistVersion))]);
  const strata = await strataOfRounds(db, all);
  const items = await itemCounts(db, all);
  const cases = await caseCounts(db, all);
  const built = new Map(rounds.map((round) => [round.id, buildResults({
    items: numberedItems(templates.find((t) => t.version === round.checklistVersion)!.items),
    strata: strata.filter((s) => s.roundId === round.id),
    itemCounts: items.filter((c) => c.roundId === round.id),
    caseCounts: cases.filter((c) => c.roundId === round.id),
  })]));
  return roundIds.map((id) => {
    const previousId = previous.get(id) ?? null;
    const current = built.get(id);
    if (!current) throw new Error(`review round ${id} does not exist`);
    return withPrevious(current, previousId, previousId === null ? null : built.get(previousId) ?? null);
  });
}
