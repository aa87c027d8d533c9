// Pure pieces of the demo review round: which half-year it covers and what a review answers.
import type { ChecklistAnswer, DecisionAssessment, ItemAnswerInput, OverallAssessment } from '../graphql/generated';
import type { ChecklistRuleTypeRow } from '../reviews/models';

/** The last calendar half-year that ended before `today`, e.g. 2026-11-23 → 2026-01-01..2026-06-30 "1. halvår 2026". */
export function lastCompleteHalfYear(today: string): { from: string; to: string; label: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (month >= 7) return { from: `${year}-01-01`, to: `${year}-06-30`, label: `1. halvår ${year}` };
  return { from: `${year - 1}-07-01`, to: `${year - 1}-12-31`, label: `2. halvår ${year - 1}` };
}

const NOTE = 'Demo: forholdet er ikke dokumenteret i sagen.';

/**
 * One review's answers from the bytes of a hash: each item "no" with probability 1/16 (a byte
 * below 16), "not relevant" for procedural items with probability 1/8, otherwise "yes". The overall
 * assessment follows the answers: a breached mandatory safeguard is a significant deficiency and
 * the decision would be changed or remitted; only procedural deficiencies are minor.
 */
export function demoAnswers(hash: Uint8Array, rules: readonly ChecklistRuleTypeRow[]): {
  answers: ItemAnswerInput[]; overall: OverallAssessment; decision: DecisionAssessment;
} {
  const answers = rules.map((rule, i): ItemAnswerInput => {
    const byte = hash[i % hash.length]!;
    const answer: ChecklistAnswer = byte < 16 ? 'NO' : rule === 'procedural' && byte >= 224 ? 'NOT_RELEVANT' : 'YES';
    return { itemNumber: i + 1, answer, note: answer === 'NO' ? NOTE : null };
  });
  const breached = (kind: ChecklistRuleTypeRow) => answers.some((a, i) => a.answer === 'NO' && rules[i] === kind);
  if (breached('mandatory_safeguard')) {
    return { answers, overall: 'SIGNIFICANT_DEFICIENCIES', decision: hash[31]! % 2 === 0 ? 'CHANGED' : 'REMITTED' };
  }
  return { answers, overall: breached('procedural') ? 'MINOR_DEFICIENCIES' : 'IN_ORDER', decision: 'UPHELD' };
}
