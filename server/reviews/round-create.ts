// createReviewRound: checks everything, then in one transaction stores the round, its strata and
// the drawn sample with its reserve. One (parallel) pass over the frame counts it per stratum and
// hashes every case (framePass); the allocation is made from those counts, the sample taken from the
// pass's candidates, and the rows inserted; never a round trip per case. The frame's case ids are
// stored right after the commit (frame-store.ts), so the manager does not wait for them.
import { eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../graphql/context';
import type { ReviewRoundInput } from '../graphql/generated';
import { badInput } from '../graphql/errors';
import type { Executor } from '../db/client';
import { reviewRounds } from '../db/review-schema';
import { reserveSize } from '../stats/hash-order';
import type { ReviewRoundModel } from './models';
import { checkRoundInput, type FrameSpec, type RoundSpec } from './plan-input';
import { allocateStrata, checkPlanAccess } from './plan-service';
import { insertStrata } from './frame-queries';
import { insertSample } from './sample-queries';
import { framePass, hashInputOf } from './frame-pass';
import { PASS_CUTOFF, sampleFromPass } from './sample-draw';
import { announceRoundDrawn } from './frame-store';
import { IMPORT_LOCK } from '../db/locks';
import { newestChecklistVersion, roundsWhere } from './round-queries';
import { recordRoundEvents } from './events';

/**
 * The frame may be read more than once (the pass, a short stratum drawn again) and must be the same
 * each time. An import (which takes IMPORT_LOCK exclusively) waits until the round is drawn; so does
 * any other change to sampled_cases (another round being created, an elimination using a reserve
 * case), because the lock mode taken on it conflicts with every writer and with itself.
 */
async function holdFrameStill(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock_shared(${IMPORT_LOCK}::bigint)`);
  await tx.execute(sql`lock table sampled_cases in share row exclusive mode`);
}

function emptyFrame(frame: FrameSpec): Error {
  const when = frame.kind === 'decided_in_period'
    ? `was decided from ${frame.period!.from} to ${frame.period!.to} (as known on ${frame.asOf})`
    : `was open on ${frame.asOf}`;
  const types = frame.caseTypeIds.length > 0 ? ` of case type ${frame.caseTypeIds.join(', ')}` : '';
  const earlier = frame.excludeEarlierRounds ? ' and not drawn in an earlier round' : '';
  return badInput('input.frame', `no case in department "${frame.scopeId}" or below${types} ${when}${earlier}: the frame is empty`);
}

/** The round row; its frame size is set with its strata (insertStrata). */
async function insertRound(tx: Executor, spec: RoundSpec, userId: number): Promise<number> {
  const checklistVersion = await newestChecklistVersion(tx);
  if (checklistVersion === null) throw new Error('no checklist template is published');
  const { frame, allocation } = spec;
  const [round] = await tx.insert(reviewRounds).values({
    name: spec.name, scopeId: frame.scopeId, frameKind: frame.kind, periodFrom: frame.period?.from ?? null,
    periodTo: frame.period?.to ?? null, asOf: frame.asOf, caseTypeIds: frame.caseTypeIds,
    excludeEarlierRounds: frame.excludeEarlierRounds, stratification: frame.stratification,
    allocationMethod: allocation.method, allocationSize: allocation.method === 'equal' ? allocation.perStratum : allocation.total,
    seed: spec.seed, reserveShare: spec.reserveShare, checklistVersion,
    frameSize: 0, createdBy: userId,
    // The time the frame was read (under the locks), not the transaction's start: Verify counts the
    // reserve cases earlier rounds used before this moment (see EarlierRounds in frame-queries.ts).
    createdAt: sql`clock_timestamp()`,
  }).returning({ id: reviewRounds.id });
  return round!.id;
}

/** The most any stratum can need: the whole sample (or the per-stratum size) and its reserve. */
function mostNeeded(spec: RoundSpec): number {
  const size = Math.max(1, spec.allocation.method === 'equal' ? spec.allocation.perStratum : spec.allocation.total);
  return size + reserveSize(size, spec.reserveShare);
}

async function drawRound(tx: Executor, spec: RoundSpec, userId: number): Promise<number> {
  await holdFrameStill(tx);
  const roundId = await insertRound(tx, spec, userId);
  const input = await hashInputOf(tx);
  const pass = await framePass(tx, spec.frame, spec.seed, input, PASS_CUTOFF, mostNeeded(spec));
  const strata = allocateStrata(pass.strata, spec.allocation);
  // Thrown inside the transaction: the round row and nothing else is rolled back with it.
  if (strata.length === 0) throw emptyFrame(spec.frame);
  await insertStrata(tx, roundId, strata);
  const needs = strata.map((s) => ({ ...s, reserve: reserveSize(s.allocated, spec.reserveShare) }));
  const drawn = await sampleFromPass(tx, spec.frame, spec.seed, input, needs, pass);
  await insertSample(tx, roundId, drawn);
  await recordRoundEvents(tx, [{
    roundId, userId, kind: 'CREATED',
    detail: { frameSize: strata.reduce((sum, s) => sum + s.frameSize, 0), strata: strata.length, sampledWithReserve: drawn.length },
  }]);
  return roundId;
}

export async function createReviewRound(ctx: RequestContext, input: ReviewRoundInput): Promise<ReviewRoundModel> {
  const spec = checkRoundInput(input);
  await checkPlanAccess(ctx, spec.frame);
  const userId = ctx.guard.signedIn().userId;
  const roundId = await ctx.db.transaction((tx) => drawRound(tx, spec, userId));
  announceRoundDrawn(roundId);
  return (await roundsWhere(ctx.db, eq(reviewRounds.id, roundId)))[0]!;
}
