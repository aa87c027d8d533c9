// sampleSize: the planned sizes of metrics.md by margin of error and by tolerable deviation rate,
// pure arithmetic in server/stats; here only the arguments are checked, naming the one at fault.
import type { SampleSize, SampleSizeInput } from '../graphql/generated';
import { badInput } from '../graphql/errors';
import { sampleSizeByMargin, sampleSizeByTolerableRate } from '../stats/sample-size';

/** A frame larger than any municipality's case history is a typing error. */
const MAX_FRAME = 100_000_000;

function checkInput(input: SampleSizeInput): void {
  const { frameSize, margin, expectedRate, tolerableRate, expectedDeviations } = input;
  if (!Number.isInteger(frameSize) || frameSize < 0 || frameSize > MAX_FRAME) {
    throw badInput('input.frameSize', `must be a whole number from 0 to ${MAX_FRAME.toLocaleString('en')}, got ${frameSize}`);
  }
  if (margin != null && !(margin > 0 && margin < 1)) throw badInput('input.margin', `must be more than 0 and less than 1, got ${margin}`);
  if (expectedRate != null && !(expectedRate >= 0 && expectedRate <= 1)) throw badInput('input.expectedRate', `must be from 0 to 1, got ${expectedRate}`);
  if (tolerableRate != null && !(tolerableRate > 0 && tolerableRate <= 1)) {
    throw badInput('input.tolerableRate', `must be more than 0 and at most 1, got ${tolerableRate}`);
  }
  if (expectedDeviations != null && !(Number.isInteger(expectedDeviations) && expectedDeviations >= 0)) {
    throw badInput('input.expectedDeviations', `must be a whole number, 0 or more, got ${expectedDeviations}`);
  }
}

/** The pure functions throw RangeError starting with the name of the value at fault. */
function asInputError<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RangeError) throw badInput(`input.${error.message.split(' ')[0]}`, error.message);
    throw error;
  }
}

export function sampleSize(input: SampleSizeInput): SampleSize {
  checkInput(input);
  const { frameSize, margin, expectedRate, tolerableRate, expectedDeviations } = input;
  const byMargin = margin == null ? null
    : asInputError(() => sampleSizeByMargin({ margin, frameSize, ...(expectedRate == null ? {} : { expectedRate }) }));
  const byRate = tolerableRate == null ? { binomial: null, hypergeometric: null }
    : asInputError(() => sampleSizeByTolerableRate({ tolerableRate, expectedDeviations: expectedDeviations ?? 0, frameSize }));
  return { frameSize, byMargin, binomial: byRate.binomial, hypergeometric: byRate.hypergeometric };
}
