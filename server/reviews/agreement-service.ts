// ReviewRound.agreement: per pair of first and second reviewer, percent agreement and Cohen's κ
// over the items both answered (metrics.md "Agreement"), for a batch of rounds.
import type { Executor } from '../db/client';
import type { ReviewerAgreement } from '../graphql/generated';
import { agreement, type ReviewAnswer } from '../stats/agreement';
import { answerPairs, casesPerPair } from './agreement-queries';

const pairKey = (r: { roundId: number; firstId: number; secondId: number }) => `${r.roundId}:${r.firstId}:${r.secondId}`;

/** One list per round id (in key order), pairs by first then second reviewer's name. */
export async function agreementOfRounds(db: Executor, roundIds: readonly number[]): Promise<ReviewerAgreement[][]> {
  const [pairs, answers] = [await casesPerPair(db, roundIds), await answerPairs(db, roundIds)];
  // The SQL counts each (answer, answer) combination; agreement() takes the pairs one by one.
  const expanded = new Map<string, [ReviewAnswer, ReviewAnswer][]>();
  for (const row of answers) {
    const list = expanded.get(pairKey(row)) ?? [];
    for (let i = 0; i < row.count; i += 1) list.push([row.a, row.b]);
    expanded.set(pairKey(row), list);
  }
  const compare = (a: string, b: string) => a.localeCompare(b, 'da');
  return roundIds.map((roundId) => pairs
    .filter((p) => p.roundId === roundId)
    .sort((x, y) => compare(x.first, y.first) || compare(x.second, y.second) || x.firstId - y.firstId || x.secondId - y.secondId)
    .map((p) => {
      const result = agreement(expanded.get(pairKey(p)) ?? []);
      return {
        firstReviewer: p.first, secondReviewer: p.second, cases: p.cases,
        items: result.items, percentAgreement: result.percentAgreement, kappa: result.kappa,
      };
    }));
}
