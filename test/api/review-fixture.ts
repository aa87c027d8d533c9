// Review rounds built directly in the database (rows as createReviewRound would write them), so the
// review form, results and follow-up can be tested with hand-made samples and known answers.
import { addUser } from '../../server/access/users';
import type { Role } from '../../server/access/roles';
import type { Viewer } from '../../server/access/viewer';
import type { Database } from '../../server/db/client';
import { reviewRounds, reviewStrata, reviews, sampledCases } from '../../server/db/review-schema';
import type { ItemAnswerRow } from '../../server/reviews/models';
import type { RequestIdentity } from '../../server/graphql/context';

export async function makeUser(db: Database, username: string, role: Role, departmentIds: string[] = []): Promise<Viewer> {
  const user = await addUser(db, { username, role, displayName: username.toUpperCase(), departmentIds });
  return { userId: user.id, username, displayName: username.toUpperCase(), role, departmentIds, via: 'session' };
}

export const as = (viewer: Viewer, roundId?: number): RequestIdentity =>
  ({ viewer, purposeHeader: roundId === undefined ? 'REVIEW_ROUND' : `REVIEW_ROUND:${roundId}` });

export interface StratumSpec {
  key: string;
  departmentId: string;
  /** The stratum's frame; only its size matters for the results. */
  frameSize: number;
  /** The sampled cases in draw order (eliminated ones listed in `eliminated`). */
  sample: string[];
  eliminated?: string[];
}

export interface RoundSpec {
  scopeId: string;
  createdBy: number;
  seed?: string;
  createdAt?: Date;
  checklistVersion?: number;
  strata: StratumSpec[];
}

export async function insertRound(db: Database, spec: RoundSpec): Promise<number> {
  const frameSize = spec.strata.reduce((sum, s) => sum + s.frameSize, 0);
  const [round] = await db.insert(reviewRounds).values({
    name: `Runde ${spec.seed ?? 'SEED'}`, scopeId: spec.scopeId, frameKind: 'decided_in_period', periodFrom: '2024-01-01', periodTo: '2024-03-31',
    asOf: '2024-04-10', excludeEarlierRounds: true, stratification: 'department', allocationMethod: 'proportional', allocationSize: 10,
    seed: spec.seed ?? 'SEED', reserveShare: 0.2, checklistVersion: spec.checklistVersion ?? 1, frameSize, createdBy: spec.createdBy,
    ...(spec.createdAt ? { createdAt: spec.createdAt } : {}),
  }).returning({ id: reviewRounds.id });
  const roundId = round!.id;
  for (const s of spec.strata) {
    const others = Array.from({ length: s.frameSize - s.sample.length }, (_, i) => `${s.key}-F${i + 1}`);
    await db.insert(reviewStrata).values({
      roundId, stratumKey: s.key, departmentId: s.departmentId, frameSize: s.frameSize, allocated: s.sample.length,
      frameCaseIds: [...s.sample, ...others].sort(),
    });
    await db.insert(sampledCases).values(s.sample.map((caseId, i) => ({
      roundId, caseId, stratumKey: s.key, position: i + 1, fromReserve: false,
      ...(s.eliminated?.includes(caseId) ? { eliminatedAt: new Date(), eliminationReason: 'transferred' as const, eliminatedBy: spec.createdBy } : {}),
    })));
  }
  return roundId;
}

type Answer = ItemAnswerRow['answer'];
const CODE: Record<string, Answer> = { y: 'yes', n: 'no', '-': 'not_relevant', '.': null };

/** Answers from a string, one character per item: y yes, n no (with a note), - not relevant, . unanswered. */
export function answers(code: string): ItemAnswerRow[] {
  return [...code].flatMap((c, i) => (CODE[c] === null ? [] : [{
    itemNumber: i + 1, answer: CODE[c]!, note: CODE[c] === 'no' ? `Punkt ${i + 1} mangler` : null,
  }]));
}

export interface ReviewSpec {
  roundId: number; caseId: string; reviewerId: number; level?: 'first' | 'second';
  status?: 'draft' | 'submitted'; answers?: ItemAnswerRow[];
  overall?: 'in_order' | 'minor_deficiencies' | 'significant_deficiencies'; decision?: 'upheld' | 'changed' | 'remitted';
}

export async function insertReview(db: Database, spec: ReviewSpec): Promise<number> {
  const submitted = spec.status === 'submitted';
  const [row] = await db.insert(reviews).values({
    roundId: spec.roundId, caseId: spec.caseId, reviewerId: spec.reviewerId, level: spec.level ?? 'first',
    status: spec.status ?? 'draft', answers: spec.answers ?? [], overall: spec.overall ?? null, decision: spec.decision ?? null,
    savedAt: submitted ? new Date() : null, submittedAt: submitted ? new Date() : null,
  }).returning({ id: reviews.id });
  return row!.id;
}
