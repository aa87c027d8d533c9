// The demo municipality's supervisory review: one round in Borgercenter Handicap over the last
// complete half-year, drawn, assigned and two-thirds reviewed, with two follow-up actions, so the
// Ledelsestilsyn pages, the round report and the overview's review indicator show something at
// once. It goes through the same services as the pages (every rule applies), as the demo
// accounts, marked as done by the system in the access log. Answers are derived from a hash of
// the case id: the same demo data set always gives the same results.
import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { users } from '../db/access-schema';
import { assignments } from '../db/schema';
import { reviewRounds, reviews } from '../db/review-schema';
import { createRequestContext, type RequestContext } from '../graphql/context';
import type { Viewer } from '../access/viewer';
import { DEMO_MANAGER_DEPARTMENT, DEMO_REVIEWER_CASEWORKER } from '../access/demo-users';
import { createReviewRound } from '../reviews/round-create';
import { assignReviewer } from '../reviews/assignment';
import { submitReview } from '../reviews/review-mutations';
import { addFollowUpAction } from '../reviews/follow-up-service';
import { allTemplates } from '../reviews/checklist-queries';
import { numberedItems } from '../reviews/checklist';
import { sampleOfRounds } from '../reviews/sample-queries';
import { addDays, todayInCopenhagen } from '../stats/calendar';
import { demoAnswers, lastCompleteHalfYear } from './demo-review-answers';

async function viewerOf(db: Database, username: string): Promise<Viewer | null> {
  const [user] = await db.select().from(users).where(eq(users.username, username));
  if (!user) return null;
  const departmentIds = user.role === 'manager' ? [DEMO_MANAGER_DEPARTMENT] : [];
  return { userId: user.id, username, displayName: user.displayName, role: user.role, departmentIds, via: 'system' };
}

function contextFor(db: Database, viewer: Viewer, roundId?: number): RequestContext {
  return createRequestContext(db, { viewer, purposeHeader: roundId === undefined ? 'REVIEW_ROUND' : `REVIEW_ROUND:${roundId}` });
}

/** Cases the demo reviewer once held as caseworker: those go to the director instead (no self-review). */
async function heldByReviewer(db: Database, caseIds: readonly string[]): Promise<Set<string>> {
  const rows = await db.selectDistinct({ caseId: assignments.caseId }).from(assignments)
    .where(and(eq(assignments.caseworkerId, DEMO_REVIEWER_CASEWORKER), inArray(assignments.caseId, [...caseIds])));
  return new Set(rows.map((r) => r.caseId));
}

async function assignAll(db: Database, manager: Viewer, roundId: number, caseIds: readonly string[]): Promise<void> {
  const held = await heldByReviewer(db, caseIds);
  const ctx = contextFor(db, manager, roundId);
  const toReviewer = caseIds.filter((id) => !held.has(id));
  const toDirector = caseIds.filter((id) => held.has(id));
  if (toReviewer.length > 0) await assignReviewer(ctx, { roundId: String(roundId), caseIds: toReviewer, username: 'demo-tilsyn' });
  if (toDirector.length > 0) await assignReviewer(ctx, { roundId: String(roundId), caseIds: toDirector, username: 'demo-direktor' });
}

/** Submits two reviews of every three, each as the reviewer it was assigned to. */
async function reviewTwoThirds(db: Database, roundId: number, reviewers: Map<number, Viewer>): Promise<void> {
  const [template] = await allTemplates(db);
  const rules = numberedItems(template!.items).map((item) => item.ruleType);
  const rows = await db.select().from(reviews).where(eq(reviews.roundId, roundId)).orderBy(reviews.id);
  for (const [index, review] of rows.entries()) {
    if (index % 3 === 2) continue;
    const viewer = reviewers.get(review.reviewerId)!;
    const hash = createHash('sha256').update(`demo-review:${review.caseId}`).digest();
    await submitReview(contextFor(db, viewer, roundId), { reviewId: String(review.id), ...demoAnswers(hash, rules) });
  }
}

async function addDemoActions(db: Database, manager: Viewer, roundId: number, today: string): Promise<void> {
  const ctx = contextFor(db, manager, roundId);
  await addFollowUpAction(ctx, {
    roundId: String(roundId), itemNumber: 4, text: 'Gennemgå skabelonen for partshøring med teamet, så partshøring altid dokumenteres.',
    responsible: 'Teamleder, Borgercenter Handicap', dueOn: addDays(today, 30),
  });
  await addFollowUpAction(ctx, {
    roundId: String(roundId), itemNumber: 7, text: 'Faglig sparring om begrundelser: henvis til de konkrete oplysninger i sagen.',
    responsible: 'Faglig koordinator', dueOn: addDays(today, 60),
  });
}

/** Seeds the round once: only on a database without any review round. */
export async function seedDemoSupervision(db: Database, now: Date, log: (line: string) => void): Promise<void> {
  const [{ rounds }] = await db.select({ rounds: sql<number>`count(*)::int` }).from(reviewRounds) as [{ rounds: number }];
  if (rounds > 0) return;
  const [manager, reviewer, director] = await Promise.all(['demo-leder', 'demo-tilsyn', 'demo-direktor'].map((u) => viewerOf(db, u)));
  if (!manager || !reviewer || !director) return;
  const today = todayInCopenhagen(now);
  const period = lastCompleteHalfYear(today);
  const round = await createReviewRound(contextFor(db, manager), {
    name: `Ledelsestilsyn ${period.label}`, scope: DEMO_MANAGER_DEPARTMENT,
    frame: { kind: 'DECIDED_IN_PERIOD', period: { from: period.from, to: period.to }, asOf: today },
    strata: 'DEPARTMENT', allocation: { method: 'PROPORTIONAL', total: 30 }, seed: `demo-${period.label}`,
  });
  const sample = (await sampleOfRounds(db, [round.id])).map((c) => c.caseId);
  await assignAll(db, manager, round.id, sample);
  await reviewTwoThirds(db, round.id, new Map([[reviewer.userId, reviewer], [director.userId, director]]));
  await addDemoActions(db, manager, round.id, today);
  log(`Demo: review round "${round.name}" drawn (${sample.length} cases), two thirds reviewed.`);
}
