// Checking what a planner types for a review round, before anything touches the database. Pure:
// each function returns the cleaned plan or throws a BAD_USER_INPUT error naming the argument.
import { randomBytes } from 'node:crypto';
import { badInput } from '../graphql/errors';
import type { AllocationInput, FrameInput, ReviewPlanInput, ReviewRoundInput } from '../graphql/generated';
import type { PeriodModel } from '../graphql/models';
import type { AllocationMethod } from '../stats/allocation';
import type { reviewRounds } from '../db/review-schema';

type RoundRow = typeof reviewRounds.$inferSelect;

export interface FrameSpec {
  scopeId: string;
  kind: RoundRow['frameKind'];
  /** Set for `decided_in_period`, null for `open_at`. */
  period: PeriodModel | null;
  asOf: string;
  /** Sorted and without repeats; empty means every case type. */
  caseTypeIds: string[];
  excludeEarlierRounds: boolean;
  stratification: RoundRow['stratification'];
}

export interface PlanSpec { frame: FrameSpec; allocation: AllocationMethod }
export interface RoundSpec extends PlanSpec { name: string; seed: string; reserveShare: number }

/** A supervisory sample is read case by case; far beyond this is a typing error, not a plan. */
export const MAX_SAMPLE = 10_000;
export const MAX_NAME = 120;
export const MAX_SEED = 200;
export const DEFAULT_RESERVE_SHARE = 0.2;

function checkFrame(scopeId: string, input: FrameInput, stratification: ReviewPlanInput['strata']): FrameSpec {
  const kind = input.kind === 'DECIDED_IN_PERIOD' ? 'decided_in_period' : 'open_at';
  let period: PeriodModel | null = null;
  if (kind === 'decided_in_period') {
    if (!input.period) throw badInput('input.frame.period', 'is required for DECIDED_IN_PERIOD');
    if (input.period.from > input.period.to) {
      throw badInput('input.frame.period', `from (${input.period.from}) is after to (${input.period.to})`);
    }
    period = { from: input.period.from, to: input.period.to };
  }
  const caseTypeIds = [...new Set((input.caseTypes ?? []).map((id) => id.trim()))];
  if (caseTypeIds.some((id) => id === '')) throw badInput('input.frame.caseTypes', 'a case type id must not be empty');
  // Code-unit order, so the stored list does not depend on the server's locale.
  caseTypeIds.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    scopeId, kind, period, asOf: input.asOf, caseTypeIds,
    excludeEarlierRounds: input.excludeEarlierRounds ?? true,
    stratification: stratification === 'DEPARTMENT' ? 'department' : 'department_and_case_type',
  };
}

function wholeNumber(argument: string, value: number | null | undefined, method: string): number {
  if (value == null) throw badInput(argument, `is required for ${method}`);
  if (!Number.isInteger(value) || value < 1 || value > MAX_SAMPLE) {
    throw badInput(argument, `must be a whole number from 1 to ${MAX_SAMPLE.toLocaleString('en')}, got ${value}`);
  }
  return value;
}

function checkAllocation(input: AllocationInput): AllocationMethod {
  if (input.method === 'EQUAL') return { method: 'equal', perStratum: wholeNumber('input.allocation.perStratum', input.perStratum, 'EQUAL') };
  return { method: 'proportional', total: wholeNumber('input.allocation.total', input.total, 'PROPORTIONAL') };
}

export function checkPlanInput(input: ReviewPlanInput): PlanSpec {
  const scopeId = input.scope.trim();
  if (scopeId === '') throw badInput('input.scope', 'must name a department');
  return { frame: checkFrame(scopeId, input.frame, input.strata), allocation: checkAllocation(input.allocation) };
}

/** A generated seed: 128 random bits as hex, shown with the round so anyone can re-draw it. */
export function generateSeed(): string {
  return randomBytes(16).toString('hex');
}

export function checkRoundInput(input: ReviewRoundInput): RoundSpec {
  const name = input.name.trim();
  const nameLength = [...name].length;
  if (nameLength < 1 || nameLength > MAX_NAME) throw badInput('input.name', `must be 1–${MAX_NAME} characters, got ${nameLength}`);
  const plan = checkPlanInput(input);
  // The seed is used verbatim (metrics.md): no trimming, or a re-draw from the shown seed could differ.
  const seed = input.seed ?? generateSeed();
  const seedLength = [...seed].length;
  if (seedLength < 1 || seedLength > MAX_SEED) throw badInput('input.seed', `must be 1–${MAX_SEED} characters, got ${seedLength}`);
  if (/\p{Cc}/u.test(seed)) throw badInput('input.seed', 'must be printable (no control characters)');
  const reserveShare = input.reserveShare ?? DEFAULT_RESERVE_SHARE;
  if (!(Number.isFinite(reserveShare) && reserveShare >= 0 && reserveShare <= 1)) {
    throw badInput('input.reserveShare', `must be from 0 to 1, got ${reserveShare}`);
  }
  return { ...plan, name, seed, reserveShare };
}
