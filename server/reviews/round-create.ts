// createReviewRound: checks everything, then in one transaction stores the round, its frame per
// stratum and the drawn sample with its reserve. Every step is one set-based statement: the frame
// stored (and counted) with INSERT … SELECT, the allocation from the stored sizes, the draw as a
// (parallel) SELECT of a few hundred rows, and their insert; never a round trip per case.
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
import { insertFrame, setAllocations } from './frame-queries';
import { insertSample } from './sample-queries';
import { drawSample } from './sample-draw';
import { IMPORT_LOCK } from '../importer/service';
import { newestChecklistVersion, roundsWhere } from './round-queries';
import { recordRoundEvents } from './events';

/**
 * The frame is read twice (store, draw) and must be the same both times. An import
 * (which takes IMPORT_LOCK exclusively) waits until the round is drawn; so does any other change
 * to sampled_cases (another round being created, an elimination using a reserve case), because
 * the lock mode taken on it conflicts with every writer and with itself.
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

/** The round row; its frame size is set once the frame is stored (setAllocations). */
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

async function drawRound(tx: Executor, spec: RoundSpec, userId: number): Promise<number> {
  await holdFrameStill(tx);
  const roundId = await insertRound(tx, spec, userId);
  // Collecting a million case ids per stratum stays in memory (the default 4 MB spills).
  await tx.execute(sql`set local work_mem = '64MB'`);
  const strata = allocateStrata(await insertFrame(tx, roundId, spec.frame), spec.allocation);
  // Thrown inside the transaction: the round row and nothing else is rolled back with it.
  if (strata.length === 0) throw emptyFrame(spec.frame);
  await setAllocations(tx, roundId, strata);
  const needs = strata.map((s) => ({ ...s, reserve: reserveSize(s.allocated, spec.reserveShare) }));
  const drawn = await drawSample(tx, spec.frame, spec.seed, needs);
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
  return (await roundsWhere(ctx.db, eq(reviewRounds.id, roundId)))[0]!;
}
