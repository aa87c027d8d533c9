// The published deadline in force for a case and the due date it gives (metrics.md, "Deadlines").
import { addDays, addMonthsClamped } from '../stats/calendar';

export type DeadlineUnit = 'days' | 'weeks' | 'months';
export interface DeadlineRule { effectiveFrom: string; value: number; unit: DeadlineUnit }

/** The row with the latest `effectiveFrom` ≤ `receivedOn`, or null when none was in force. */
export function deadlineInForce<T extends DeadlineRule>(rules: readonly T[], receivedOn: string): T | null {
  let best: T | null = null;
  for (const rule of rules) {
    if (rule.effectiveFrom <= receivedOn && (best === null || rule.effectiveFrom > best.effectiveFrom)) best = rule;
  }
  return best;
}

/** `receivedOn` plus the deadline: days and weeks as calendar days, months clamped to month end. */
export function dueDate(receivedOn: string, deadline: Pick<DeadlineRule, 'value' | 'unit'>): string {
  switch (deadline.unit) {
    case 'days': return addDays(receivedOn, deadline.value);
    case 'weeks': return addDays(receivedOn, deadline.value * 7);
    case 'months': return addMonthsClamped(receivedOn, deadline.value);
  }
}
