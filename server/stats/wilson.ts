// Wilson score interval for a checklist item's compliance rate. Unlike the plain normal interval it
// stays inside [0, 1] and is not degenerate at 0 of n or n of n, which are common with small samples.

import { Z95 } from './funnel';

/** Two-sided 95 % normal quantile (z = 1.959964, as the supervision spec fixes it); defined once, in ./funnel. */
export { Z95 };

export interface Proportion {
  successes: number;
  trials: number;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

function assertCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}

/** Wilson interval for successes ÷ trials at normal quantile z; estimate and limits are null when trials = 0. */
export function wilsonInterval(successes: number, trials: number, z = Z95): Proportion {
  assertCount('successes', successes);
  assertCount('trials', trials);
  if (successes > trials) throw new RangeError(`successes (${successes}) must not exceed trials (${trials})`);
  if (!(z > 0) || !Number.isFinite(z)) throw new RangeError(`z must be positive, got ${z}`);
  if (trials === 0) return { successes, trials, estimate: null, lower: null, upper: null };
  const p = successes / trials;
  const z2n = (z * z) / trials;
  const denominator = 1 + z2n;
  const centre = (p + z2n / 2) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials));
  // At 0 of n and n of n the limit is exactly 0 or 1 algebraically; set it so rounding cannot nudge it.
  const lower = successes === 0 ? 0 : Math.max(0, centre - halfWidth);
  const upper = successes === trials ? 1 : Math.min(1, centre + halfWidth);
  return { successes, trials, estimate: p, lower, upper };
}
