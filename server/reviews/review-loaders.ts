// Per-request DataLoaders of the review form, results, agreement and follow-up (made in the request
// context), so a list of reviews or rounds costs one query per kind, not one per row.
import DataLoader from 'dataloader';
import type { Database } from '../db/client';
import type { ReviewerAgreement } from '../graphql/generated';
import type { ReviewResultsModel } from './result-build';
import type { ChecklistTemplateModel, FollowUpActionModel, ReviewRoundModel } from './models';
import { templateModel } from './checklist';
import { templatesByVersions } from './checklist-queries';
import { reviewersByIds, roundsByIds, type ReviewerRow } from './review-queries';
import { actionsOfRounds } from './follow-up-queries';
import { agreementOfRounds } from './agreement-service';
import { resultsOfRounds } from './result-service';

function byNumber<V>(load: (keys: readonly number[]) => Promise<V[]>, keyOf: (row: V) => number): DataLoader<number, V | null> {
  return new DataLoader(async (keys) => {
    const byKey = new Map((await load(keys)).map((row) => [keyOf(row), row] as const));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A batch function that answers every key (in key order) itself. */
function perKey<V>(load: (keys: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
  return new DataLoader(load);
}

export function createReviewLoaders(db: Database) {
  return {
    reviewRoundById: byNumber<ReviewRoundModel>((ids) => roundsByIds(db, ids), (r) => r.id),
    checklistByVersion: byNumber<ChecklistTemplateModel>(async (versions) => (await templatesByVersions(db, versions)).map(templateModel), (t) => t.version),
    reviewerById: byNumber<ReviewerRow>((ids) => reviewersByIds(db, ids), (u) => u.id),
    roundResults: perKey<ReviewResultsModel>((ids) => resultsOfRounds(db, ids)),
    roundAgreement: perKey<ReviewerAgreement[]>((ids) => agreementOfRounds(db, ids)),
    roundActions: perKey<FollowUpActionModel[]>((ids) => actionsOfRounds(db, ids)),
  };
}
export type ReviewLoaders = ReturnType<typeof createReviewLoaders>;
