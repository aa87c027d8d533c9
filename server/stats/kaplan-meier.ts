// Kaplan–Meier time to decision. Open and closed-without-decision cases are censored rather than
// dropped, so a growing backlog shows up in the median instead of flattering it.

export interface KmObservation { t: number; events: number; censored: number }
export interface KmPoint { t: number; atRisk: number; events: number; survival: number }
export interface KmResult { cohort: number; events: number; censored: number; points: KmPoint[]; median: number | null; p80: number | null }

function checkWhole(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
}

/** Observations validated, summed per t, ascending by t. */
function groupByTime(observations: readonly KmObservation[]): KmObservation[] {
  const byTime = new Map<number, KmObservation>();
  for (const { t, events, censored } of observations) {
    checkWhole('t', t);
    checkWhole('events', events);
    checkWhole('censored', censored);
    const seen = byTime.get(t) ?? { t, events: 0, censored: 0 };
    byTime.set(t, { t, events: seen.events + events, censored: seen.censored + censored });
  }
  return [...byTime.values()].sort((a, b) => a.t - b.t);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

const SCALE_BITS = 80n;

/** num ÷ den as a double, via an exact scaled quotient: both may be far beyond Number's range. */
function ratio(num: bigint, den: bigint): number {
  return Number((num << SCALE_BITS) / den) / 2 ** Number(SCALE_BITS);
}

export function kaplanMeier(observations: readonly KmObservation[]): KmResult {
  const grouped = groupByTime(observations);
  const events = grouped.reduce((sum, o) => sum + o.events, 0);
  const censored = grouped.reduce((sum, o) => sum + o.censored, 0);
  const points: KmPoint[] = [];
  let median: number | null = null;
  let p80: number | null = null;
  // S as an exact fraction num/den, so that a product of exactly ½ is judged ≤ 0.5 exactly.
  let num = 1n;
  let den = 1n;
  let atRisk = events + censored;
  for (const o of grouped) {
    if (o.events > 0) {
      // Everyone with T ≥ t is at risk at t, including those censored at t.
      const g = gcd(atRisk - o.events, atRisk);
      num *= BigInt((atRisk - o.events) / g);
      den *= BigInt(atRisk / g);
      points.push({ t: o.t, atRisk, events: o.events, survival: ratio(num, den) });
      if (median === null && 2n * num <= den) median = o.t;
      if (p80 === null && 5n * num <= den) p80 = o.t;
    }
    atRisk -= o.events + o.censored;
  }
  return { cohort: events + censored, events, censored, points, median, p80 };
}
