// Stratified estimate of a checklist item's compliance rate for the whole scope. Strata are sampled
// at different rates (a minimum of one case, caps at N_h), so a pooled rate would over-weight small
// departments; weighting each stratum's rate by its frame size corrects that.

export interface StratumAnswers { frameSize: number; yes: number; no: number }

/** Normal quantile the spec fixes for this interval. */
const Z = 1.96;

function assertCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}

/**
 * p_st = Σ W_h p_h with W_h = N_h ÷ Σ N_h over the strata with answers (yes + no > 0);
 * SE = √(Σ W_h² (1 − n_h ÷ N_h) p_h (1 − p_h) ÷ n_h); interval ±1.96 SE clipped to [0, 1].
 * Null when no stratum has answers.
 */
export function stratifiedEstimate(
  strata: readonly StratumAnswers[],
): { estimate: number; standardError: number; lower: number; upper: number } | null {
  for (const stratum of strata) {
    assertCount('frameSize', stratum.frameSize);
    assertCount('yes', stratum.yes);
    assertCount('no', stratum.no);
    if (stratum.yes + stratum.no > stratum.frameSize) {
      throw new RangeError(`yes + no (${stratum.yes + stratum.no}) must not exceed frameSize (${stratum.frameSize})`);
    }
  }
  // A stratum without answers says nothing about the rate; it is left out and the weights renormalised.
  const answered = strata.filter((stratum) => stratum.yes + stratum.no > 0);
  if (answered.length === 0) return null;
  const frameTotal = answered.reduce((sum, stratum) => sum + stratum.frameSize, 0);
  let estimate = 0;
  let variance = 0;
  for (const { frameSize, yes, no } of answered) {
    const n = yes + no;
    const p = yes / n;
    const weight = frameSize / frameTotal;
    estimate += weight * p;
    // The finite population correction makes a census stratum (n_h = N_h) contribute no variance.
    variance += (weight * weight * (1 - n / frameSize) * p * (1 - p)) / n;
  }
  const standardError = Math.sqrt(variance);
  return {
    estimate,
    standardError,
    lower: Math.max(0, estimate - Z * standardError),
    upper: Math.min(1, estimate + Z * standardError),
  };
}
