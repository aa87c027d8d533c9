// drawSecondReviews: the draw and its log entries in one transaction, under a lock on the round.
import type { RequestContext } from '../graphql/context';
import { badInput } from '../graphql/errors';
import type { SampledCaseModel } from './models';
import { parseRoundId, runnableRound } from './round-access';
import { recordRoundEvents } from './events';
import { drawSecondLevel } from './second-level';
import { recordCaseRead, requirePurpose } from './review-service';
import { casesEligibleForSecondLevel, lockRound, sampledCasesInOrder } from './second-level-queries';

export async function drawSecondReviews(ctx: RequestContext, rawRoundId: string, share: number): Promise<SampledCaseModel[]> {
  const roundId = parseRoundId(rawRoundId, 'roundId');
  const round = await runnableRound(ctx, roundId, 'Mutation.drawSecondReviews');
  if (!(Number.isFinite(share) && share > 0 && share <= 1)) throw badInput('share', `must be more than 0 and at most 1, got ${share}`);
  requirePurpose(ctx);
  const userId = ctx.guard.signedIn().userId;
  const rows = await ctx.db.transaction(async (tx) => {
    await lockRound(tx, roundId);
    const drawn = drawSecondLevel(round.seed, await casesEligibleForSecondLevel(tx, roundId), share);
    await recordRoundEvents(tx, drawn.map((caseId, index) => ({
      roundId, userId, kind: 'SECOND_LEVEL_DRAWN' as const, caseId, detail: { share, order: index + 1 },
    })));
    return sampledCasesInOrder(tx, roundId, drawn);
  });
  await recordCaseRead(ctx, 'Mutation.drawSecondReviews', rows.map((row) => row.caseId));
  return rows;
}
