// Deadline realism per case type, and the deadline scenario's figures (metrics.md, "Deadline
// realism" and "Deadline scenario"). Pure; every object passes through disclosure control.
import { discloseFigure } from '../access/disclosure-apply';
import type { DeadlineRealism, DeadlineScenario, DeadlineUnit as ApiDeadlineUnit } from '../graphql/generated';
import { apiEnum, type DeadlineModel } from '../graphql/models';
import { percentilesCont } from '../stats/percentiles';
import { totalCount, type ValueCount } from '../stats/grouped';
import { suggestedUnits } from '../stats/deadline-suggestion';
import { discloseTimeliness, rawTimeliness } from './figures';
import type { ScenarioCounts } from './case-type-queries';

/** Share of cases that should be decided within a realistic deadline. */
export const REALISM_TARGET = 0.85;
/** Fewer decided cases than this give no suggestion. */
export const REALISM_MIN_CASES = 5;

/** The deadline in days when it is counted in days or weeks; null for months (not a fixed number of days). */
export function deadlineDays(deadline: Pick<DeadlineModel, 'value' | 'unit'> | null): number | null {
  if (!deadline) return null;
  if (deadline.unit === 'days') return deadline.value;
  if (deadline.unit === 'weeks') return deadline.value * 7;
  return null;
}

/**
 * `days`: processing days of the type's cases decided in P; `minimalUnits`: per case, the fewest
 * whole units (of the deadline in force on P.to) that would have made it on time.
 */
export function realismFigure(
  days: readonly ValueCount[], minimalUnits: readonly ValueCount[], deadline: DeadlineModel | null, controlled: boolean,
): Omit<DeadlineRealism, '__typename'> {
  const decided = totalCount(days);
  const [p80, p90] = percentilesCont(days, [0.8, 0.9]);
  const suggestion = deadline ? suggestedUnits(minimalUnits, REALISM_TARGET, REALISM_MIN_CASES) : null;
  const raw = {
    p80: p80 ?? null, p90: p90 ?? null, deadlineDays: deadlineDays(deadline),
    suggested: suggestion && deadline ? { value: suggestion.value, unit: apiEnum<ApiDeadlineUnit>(deadline.unit) } : null,
    suggestedRate: suggestion?.rate ?? null,
  };
  return discloseFigure(raw, {
    counts: [], statistics: { p80: decided, p90: decided, suggested: decided, suggestedRate: decided },
  }, controlled);
}

export type ScenarioFigures = Omit<DeadlineScenario, '__typename' | 'caseType' | 'proposed'>;

/**
 * Actual timeliness (denominator: cases with an actual due date) and the scenario's (every decided
 * case gets `received_on + proposed`, so its denominator is every decided case), with the flips
 * among cases that had an actual due date.
 */
export function scenarioFigures(counts: ScenarioCounts, controlled: boolean): ScenarioFigures {
  const actual = discloseTimeliness(rawTimeliness(counts), controlled);
  const scenario = discloseTimeliness(
    rawTimeliness({ decided: counts.decided, withDueDate: counts.decided, onTime: counts.scenarioOnTime }), controlled,
  );
  const changes = discloseFigure({
    becameLate: counts.becameLate, becameOnTime: counts.becameOnTime,
    changedStatus: counts.becameLate + counts.becameOnTime, withoutActualDueDate: counts.decided - counts.withDueDate,
  }, {
    counts: ['becameLate', 'becameOnTime', 'changedStatus', 'withoutActualDueDate'],
    partitions: [{ total: 'changedStatus', parts: ['becameLate', 'becameOnTime'] }],
  }, controlled);
  return { actual, scenario, ...changes };
}
