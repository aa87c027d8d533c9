// What the review resolvers pass between each other (codegen `mappers`): stored rows, not API shapes.
import type { reviewRounds, reviewStrata, sampledCases, reviews, followUpActions } from '../db/review-schema';

export type ReviewRoundModel = typeof reviewRounds.$inferSelect;
/** A stratum without its stored frame (which can hold a million ids); drawn and reserve in hash order. */
export type StratumModel = Omit<typeof reviewStrata.$inferSelect, 'frameCaseIds'> & {
  drawnCaseIds: string[]; reserveCaseIds: string[];
};
export type SampledCaseModel = typeof sampledCases.$inferSelect;
export type ReviewModel = typeof reviews.$inferSelect;
export type FollowUpActionModel = typeof followUpActions.$inferSelect;

export type ChecklistRuleTypeRow = 'mandatory_safeguard' | 'procedural';
/** One item of `checklist_templates.items` (numbered from 1 by its place in the array). */
export interface ChecklistItemRow { text: string; legalReference: string | null; ruleType: ChecklistRuleTypeRow }
export interface ChecklistItemModel extends ChecklistItemRow { number: number }
export interface ChecklistTemplateModel {
  version: number; items: ChecklistItemModel[]; publishedAt: Date; publishedBy: string;
}
/** One element of `reviews.answers`. */
export interface ItemAnswerRow { itemNumber: number; answer: 'yes' | 'no' | 'not_relevant' | null; note: string | null }
