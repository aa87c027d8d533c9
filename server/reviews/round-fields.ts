// What the fields of ReviewRound, Stratum and SampledCase show, narrowed to the viewer (see
// round-reads.ts) and with case-level reads logged; data comes from the per-request loaders.
import type { RequestContext } from '../graphql/context';
import type {
  Elimination, EliminationReason, ResolversTypes, ReviewRoundEvent, ReviewRoundStatus, SampledCaseStatus,
} from '../graphql/generated';
import { apiEnum, type CaseModel } from '../graphql/models';
import { loadAll } from '../graphql/batch';
import type { ReviewModel, ReviewRoundModel, SampledCaseModel, StratumModel } from './models';
import { recordRoundRead, roundById, visibleCasesOf } from './round-reads';

/** IN_REVIEW until every sampled case is submitted (first level) or eliminated; CLOSED once closed. */
export async function statusOf(ctx: RequestContext, round: ReviewRoundModel): Promise<ReviewRoundStatus> {
  if (round.closedAt) return 'CLOSED';
  const progress = await ctx.loaders.roundProgress.load(round.id);
  return progress.submitted < progress.sampled ? 'IN_REVIEW' : 'FOLLOW_UP';
}

export function frameOf(round: ReviewRoundModel): ResolversTypes['ReviewFrame'] {
  return {
    kind: round.frameKind === 'decided_in_period' ? 'DECIDED_IN_PERIOD' : 'OPEN_AT',
    period: round.periodFrom && round.periodTo ? { from: round.periodFrom, to: round.periodTo } : null,
    asOf: round.asOf, caseTypes: round.caseTypeIds, excludeEarlierRounds: round.excludeEarlierRounds, size: round.frameSize,
  };
}

async function casesOf(ctx: RequestContext, caseIds: readonly string[]): Promise<CaseModel[]> {
  const cases = await loadAll(ctx.loaders.case, caseIds);
  return cases.map((c, i) => {
    if (!c) throw new Error(`case ${caseIds[i]} of a review round is no longer in the data`);
    return c;
  });
}

export async function sampleOf(ctx: RequestContext, round: ReviewRoundModel): Promise<SampledCaseModel[]> {
  const visible = await visibleCasesOf(ctx, round);
  const rows = (await ctx.loaders.roundSample.load(round.id)).filter((row) => visible.has(row.caseId));
  await recordRoundRead(ctx, 'ReviewRound.sample', round.id, `${round.id}`, rows.map((row) => row.caseId));
  return rows;
}

/** A stratum's drawn cases or its reserve, in hash order. */
export async function stratumCases(ctx: RequestContext, stratum: StratumModel, which: 'drawn' | 'reserve'): Promise<CaseModel[]> {
  const visible = await visibleCasesOf(ctx, await roundById(ctx, stratum.roundId));
  const ids = (which === 'drawn' ? stratum.drawnCaseIds : stratum.reserveCaseIds).filter(visible.has);
  await recordRoundRead(ctx, `Stratum.${which}`, stratum.roundId, `${stratum.roundId}/${stratum.stratumKey}`, ids);
  return casesOf(ctx, ids);
}

export async function sampledCaseOf(ctx: RequestContext, row: SampledCaseModel): Promise<CaseModel> {
  return (await casesOf(ctx, [row.caseId]))[0]!;
}

/** The case's review at a level; someone who may not run the round sees only their own. */
export async function reviewOfSampled(ctx: RequestContext, row: SampledCaseModel, level: ReviewModel['level']): Promise<ReviewModel | null> {
  const review = (await ctx.loaders.roundReviews.load(row.roundId)).find((r) => r.caseId === row.caseId && r.level === level);
  if (!review) return null;
  if (review.reviewerId === ctx.guard.signedIn().userId) return review;
  return (await visibleCasesOf(ctx, await roundById(ctx, row.roundId))).all ? review : null;
}

export async function sampledCaseStatus(ctx: RequestContext, row: SampledCaseModel): Promise<SampledCaseStatus> {
  if (row.eliminatedAt) return 'ELIMINATED';
  const review = (await ctx.loaders.roundReviews.load(row.roundId)).find((r) => r.caseId === row.caseId && r.level === 'first');
  if (!review) return 'UNASSIGNED';
  if (review.status === 'submitted') return 'SUBMITTED';
  return review.savedAt ? 'IN_PROGRESS' : 'ASSIGNED';
}

export async function eliminationsOf(ctx: RequestContext, round: ReviewRoundModel): Promise<Elimination[]> {
  const visible = await visibleCasesOf(ctx, round);
  return (await ctx.loaders.roundEliminations.load(round.id)).filter((e) => visible.has(e.caseId)).map((e) => ({
    caseId: e.caseId, reason: apiEnum<EliminationReason>(e.reason), note: e.note,
    replacementCaseId: e.replacementCaseId, at: e.at.toISOString(), by: e.by,
  }));
}

/** The log, oldest first; someone who may not run the round sees entries of their cases and round-wide ones. */
export async function eventsOf(ctx: RequestContext, round: ReviewRoundModel): Promise<ReviewRoundEvent[]> {
  const visible = await visibleCasesOf(ctx, round);
  return (await ctx.loaders.roundEvents.load(round.id)).filter((e) => e.caseId === null || visible.has(e.caseId)).map((e) => ({
    at: e.at.toISOString(), by: e.by, kind: e.kind, caseId: e.caseId, detail: e.detail == null ? null : JSON.stringify(e.detail),
  }));
}
