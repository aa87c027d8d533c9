// Which of a round's cases the viewer may see one by one, and the access log of those reads.
// Whoever may run the round sees all of them; anyone else (a reviewer) only the cases assigned to
// them. Each case-level field is logged once per request, with every case id it returned, before
// any of them leaves the server.
import DataLoader from 'dataloader';
import type { RequestContext } from '../graphql/context';
import type { ReviewModel, ReviewRoundModel } from './models';
import { mayRunRoundsIn } from './round-access';
import { recordCaseRead } from './review-service';
import { badInput } from '../graphql/errors';
import { PURPOSE_HEADER_NAME } from '../access/purpose';

/** `all` for whoever may run the round; otherwise `has` admits the viewer's assigned cases only. */
export interface CaseFilter { all: boolean; has: (caseId: string) => boolean }

export async function visibleCasesOf(ctx: RequestContext, round: ReviewRoundModel): Promise<CaseFilter> {
  if (await mayRunRoundsIn(ctx, round.scopeId)) return { all: true, has: () => true };
  const mine = new Set((await ownReviews(ctx, round.id)).map((r) => r.caseId));
  return { all: false, has: (caseId) => mine.has(caseId) };
}

/** The viewer's own reviews (either level) in the round. */
export async function ownReviews(ctx: RequestContext, roundId: number): Promise<ReviewModel[]> {
  const userId = ctx.guard.signedIn().userId;
  return (await ctx.loaders.roundReviews.load(roundId)).filter((r) => r.reviewerId === userId);
}

/** The round of a stratum or sampled case (loaded once per request). */
export async function roundById(ctx: RequestContext, roundId: number): Promise<ReviewRoundModel> {
  const round = await ctx.loaders.reviewRoundById.load(roundId);
  if (!round) throw new Error(`review round ${roundId} is missing`);
  return round;
}

interface ReadKey { key: string; caseIds: readonly string[] }

// One DataLoader per request and field: the fields resolved in the same tick (every stratum of
// every round in a list) share one access-log row.
const readLoaders = new WeakMap<RequestContext, Map<string, DataLoader<ReadKey, void, string>>>();

function readLoader(ctx: RequestContext, operation: string): DataLoader<ReadKey, void, string> {
  const perField = readLoaders.get(ctx) ?? new Map<string, DataLoader<ReadKey, void, string>>();
  readLoaders.set(ctx, perField);
  let loader = perField.get(operation);
  if (!loader) {
    loader = new DataLoader<ReadKey, void, string>(async (keys) => {
      await recordCaseRead(ctx, operation, keys.flatMap((k) => k.caseIds));
      return keys.map(() => undefined);
    }, { cacheKeyFn: (k) => k.key });
    perField.set(operation, loader);
  }
  return loader;
}

/**
 * Logs that `operation` (e.g. `ReviewRound.sample`) returns these case ids of round `roundId`; `key`
 * names what was read (a round, a stratum) so a repeat in the same request is not logged twice.
 * Nothing to log when nothing is returned; refused (and nothing returned) without a purpose, with a
 * purpose naming another round (the log would point the auditor to the wrong round), or without a
 * working log.
 */
export async function recordRoundRead(ctx: RequestContext, operation: string, roundId: number, key: string, caseIds: readonly string[]): Promise<void> {
  if (caseIds.length === 0) return;
  const purpose = ctx.guard.purpose;
  if (purpose?.kind === 'REVIEW_ROUND' && purpose.reference !== null && purpose.reference !== String(roundId)) {
    throw badInput(PURPOSE_HEADER_NAME, `names review round ${purpose.reference}, but this reads the cases of round ${roundId}: `
      + `state REVIEW_ROUND:${roundId}, or REVIEW_ROUND without a round`);
  }
  await readLoader(ctx, operation).load({ key, caseIds });
}
