// Due dates and processing times. Each case type's processing time is log-normal, its
// median calibrated so the target share of cases meets the latest deadline; earlier,
// shorter deadlines (before the 2018 extension) are therefore met less often.
import { addMonths, dayOf, type Day } from './calendar';
import { approximateDays, type CaseType, type DeadlineRule } from './case-types';
import { processingMultiplierOf } from './organisation';
import type { Random } from './random';

const SIGMA = 0.6;
const MAX_PROCESSING_DAYS = 1400;
/** A citizen with cases in several units waits longer: each unit waits on the other's papers. */
const CROSS_UNIT_SLOWDOWN = 1.6;

interface ParsedRule { from: Day; rule: DeadlineRule }

export class ProcessingModel {
  private readonly rules: ParsedRule[];
  private readonly medianDays: number;
  private readonly type: CaseType;

  constructor(type: CaseType) {
    this.type = type;
    this.rules = type.deadlines
      .map((rule) => ({ from: dayOf(rule.effectiveFrom), rule }))
      .sort((a, b) => a.from - b.from);
    const latest = this.rules[this.rules.length - 1];
    const referenceDays = latest ? approximateDays(latest.rule.value, latest.rule.unit) : (type.nominalDays ?? 60);
    this.medianDays = referenceDays * Math.exp(-SIGMA * probit(type.onTime));
  }

  /** The deadline in force on `received` added to it; null when no deadline was in force. */
  dueDate(received: Day): Day | null {
    let inForce: DeadlineRule | null = null;
    for (const { from, rule } of this.rules) if (from <= received) inForce = rule;
    if (!inForce) return null;
    if (inForce.unit === 'months') return addMonths(received, inForce.value);
    return received + inForce.value * (inForce.unit === 'weeks' ? 7 : 1);
  }

  processingDays(received: Day, random: Random, crossUnit = false): number {
    const median = this.medianDays * processingMultiplierOf(this.type.departmentId, received) * (crossUnit ? CROSS_UNIT_SLOWDOWN : 1);
    return Math.min(MAX_PROCESSING_DAYS, Math.round(random.logNormal(median, SIGMA)));
  }
}

/** Inverse of the standard normal distribution function (Acklam's approximation). */
export function probit(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239] as const;
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572] as const;
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783] as const;
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416] as const;
  const tail = (q: number) =>
    (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
    ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}
