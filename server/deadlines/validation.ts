// Checks of the deadline operations' arguments: each failure names its argument (BAD_USER_INPUT).
import { badInput } from '../graphql/errors';
import type { DeadlineUnit as ApiDeadlineUnit } from '../graphql/generated';
import type { PeriodModel } from '../graphql/models';
import type { DeadlineUnit } from './due-date';

/** The longest deadline that may be tried, per unit: ten years. */
export const MAX_DEADLINE: Record<DeadlineUnit, number> = { days: 3650, weeks: 520, months: 120 };

export function checkPeriod(period: PeriodModel): void {
  if (period.from > period.to) throw badInput('period', `from (${period.from}) is after to (${period.to})`);
}

/** A proposed deadline: a whole number of units from 1 up to ten years. */
export function checkDeadline(deadline: { value: number; unit: ApiDeadlineUnit }): { value: number; unit: DeadlineUnit } {
  const unit = deadline.unit.toLowerCase() as DeadlineUnit;
  const max = MAX_DEADLINE[unit];
  if (!Number.isInteger(deadline.value) || deadline.value < 1 || deadline.value > max) {
    throw badInput('deadline', `value must be a whole number of ${unit} from 1 to ${max}, got ${deadline.value}`);
  }
  return { value: deadline.value, unit };
}

/** Most open cases one page may hold. */
export const MAX_PAGE = 200;

export function checkPage(first: number | null | undefined, offset: number | null | undefined): { first: number; offset: number } {
  const page = { first: first ?? 50, offset: offset ?? 0 };
  if (page.first < 1 || page.first > MAX_PAGE) throw badInput('first', `must be from 1 to ${MAX_PAGE}, got ${page.first}`);
  if (page.offset < 0) throw badInput('offset', `must be 0 or more, got ${page.offset}`);
  return page;
}
