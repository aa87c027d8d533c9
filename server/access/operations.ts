// Who may call each root operation of schema.graphql. Every Query and Mutation field needs a
// rule here: the server refuses to start without one, and the role × operation test checks them.
// Finer filtering (which cases, disclosure control) happens in the services through the guard.
import type { Role } from './roles';
import type { Guard } from './guard';

export type OperationRule =
  | { anyone: true }
  | { roles: readonly Role[]; /** documents what the service narrows further */ narrowedBy?: 'case-scope' | 'disclosure-control' };

const signedIn: readonly Role[] = ['admin', 'director', 'manager', 'reviewer', 'committee'];
const figureReaders: readonly Role[] = ['director', 'manager', 'committee'];
const roundRunners: readonly Role[] = ['director', 'manager'];
const reviewers: readonly Role[] = ['director', 'manager', 'reviewer'];

export const OPERATION_RULES: Record<string, OperationRule> = {
  'Query.viewer': { anyone: true },
  'Query.departments': { roles: signedIn },
  'Query.department': { roles: signedIn },
  'Query.caseTypes': { roles: signedIn },
  'Query.dataStatus': { roles: ['admin', 'director', 'manager'] },
  'Query.case': { roles: ['director', 'manager', 'reviewer'], narrowedBy: 'case-scope' },
  'Query.figures': { roles: figureReaders, narrowedBy: 'disclosure-control' },
  'Query.users': { roles: ['admin'] },
  'Query.apiTokens': { roles: ['admin'] },
  'Query.accessLog': { roles: ['admin'] },
  'Query.deadlineScenario': { roles: figureReaders, narrowedBy: 'disclosure-control' },
  'Query.openCases': { roles: ['director', 'manager'], narrowedBy: 'case-scope' },
  'Query.caseworkerFigures': { roles: ['director', 'manager'], narrowedBy: 'case-scope' },
  // Public, no sign-in: only the published aggregate table (server/public-times), rate-limited.
  'Query.publicProcessingTimes': { anyone: true },
  'Query.publicationSettings': { roles: ['admin'] },
  'Mutation.addUser': { roles: ['admin'] },
  'Mutation.issueApiToken': { roles: ['admin'] },
  'Mutation.revokeApiToken': { roles: ['admin'] },
  'Mutation.purgeAccessLog': { roles: ['admin'] },
  // Supervisory review: managers only in their own subtrees, reviewers only their assigned cases.
  'Query.reviewRounds': { roles: reviewers, narrowedBy: 'case-scope' },
  'Query.reviewRound': { roles: reviewers, narrowedBy: 'case-scope' },
  'Query.reviewRoundPlan': { roles: roundRunners, narrowedBy: 'case-scope' },
  'Query.sampleSize': { roles: roundRunners },
  'Query.checklistTemplates': { roles: ['director', 'manager', 'reviewer', 'admin'] },
  'Query.reviewerCandidates': { roles: roundRunners },
  'Query.myReviews': { roles: reviewers },
  'Query.review': { roles: reviewers, narrowedBy: 'case-scope' },
  'Mutation.createReviewRound': { roles: roundRunners, narrowedBy: 'case-scope' },
  'Mutation.eliminateSampledCase': { roles: roundRunners, narrowedBy: 'case-scope' },
  'Mutation.assignReviewer': { roles: roundRunners, narrowedBy: 'case-scope' },
  'Mutation.saveReviewDraft': { roles: reviewers, narrowedBy: 'case-scope' },
  'Mutation.submitReview': { roles: reviewers, narrowedBy: 'case-scope' },
  'Mutation.reopenReview': { roles: roundRunners, narrowedBy: 'case-scope' },
  'Mutation.drawSecondReviews': { roles: roundRunners, narrowedBy: 'case-scope' },
  'Mutation.addFollowUpAction': { roles: roundRunners, narrowedBy: 'case-scope' },
  'Mutation.updateFollowUpAction': { roles: roundRunners, narrowedBy: 'case-scope' },
  'Mutation.closeReviewRound': { roles: roundRunners, narrowedBy: 'case-scope' },
  'Mutation.publishChecklistTemplate': { roles: ['admin'] },
  'Mutation.updatePublicationSettings': { roles: ['admin'] },
  // Targets: directors set them; whoever reads the figures reads the targets they are judged by.
  'Query.indicatorTargets': { roles: figureReaders },
  'Query.indicatorTargetHistory': { roles: ['director', 'manager'] },
  'Mutation.setIndicatorTarget': { roles: ['director'] },
  'Mutation.clearIndicatorTarget': { roles: ['director'] },
  // Citizens across departments: per-citizen lists and the citizen view are case-level (logged, purpose).
  'Query.crossDepartmentCitizens': { roles: ['director', 'manager'], narrowedBy: 'case-scope' },
  'Query.citizen': { roles: ['director', 'manager'], narrowedBy: 'case-scope' },
};

export function checkOperation(guard: Guard, operation: string): void {
  const rule = OPERATION_RULES[operation];
  if (!rule) throw new Error(`no access rule for ${operation}`);
  if ('anyone' in rule) return;
  guard.requireRole(rule.roles, operation);
}

type ResolverFn = (root: unknown, args: unknown, ctx: { guard: Guard }, info: unknown) => unknown;

/**
 * Wraps every root resolver so the rule is checked before it runs. Throws when the schema has a
 * root field without a rule (or a rule names a field the schema lacks), so nothing slips through.
 */
export function guardRootResolvers<R extends Record<string, unknown>>(resolvers: R, rootFields: Record<string, readonly string[]>): R {
  const expected = Object.entries(rootFields).flatMap(([type, fields]) => fields.map((f) => `${type}.${f}`));
  const missing = expected.filter((op) => !OPERATION_RULES[op]);
  const unknown = Object.keys(OPERATION_RULES).filter((op) => !expected.includes(op));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(`access rules out of step with schema.graphql: missing ${missing.join(', ') || 'none'}; unknown ${unknown.join(', ') || 'none'}`);
  }
  const guarded: Record<string, unknown> = { ...resolvers };
  for (const [type, fields] of Object.entries(rootFields)) {
    const original = (resolvers[type] ?? {}) as Record<string, ResolverFn>;
    const wrapped: Record<string, ResolverFn> = {};
    for (const field of fields) {
      const resolve = original[field];
      if (!resolve) throw new Error(`no resolver for ${type}.${field}`);
      wrapped[field] = (root, args, ctx, info) => {
        checkOperation(ctx.guard, `${type}.${field}`);
        return resolve(root, args, ctx, info);
      };
    }
    guarded[type] = wrapped;
  }
  return guarded as R;
}
