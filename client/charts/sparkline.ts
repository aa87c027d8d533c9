/**
 * A trend line small enough for a table cell, as plain SVG (no chart library per cell): the
 * values spread evenly across the box, scaled between their own minimum and maximum. A missing
 * value (no data, or withheld) is a gap, never a zero.
 */

export interface SparklineBox {
  width: number;
  height: number;
  /** Room kept free at every edge, so the line and its dots are not cut off. */
  padding: number;
}

export interface SparklinePoint {
  x: number;
  y: number;
}

export interface Sparkline {
  /** The path's `d`: one `M…L…` run per stretch of consecutive values; empty when none. */
  path: string;
  /** Values with a gap on both sides: a run of one point draws nothing, so it is a dot. */
  dots: SparklinePoint[];
  /** The newest value (marked), or null when it is missing. */
  last: SparklinePoint | null;
}

export const SPARKLINE_BOX: SparklineBox = { width: 64, height: 20, padding: 2 };

/** Two decimals are plenty for a few dozen pixels and keep the markup short. */
const round = (value: number): number => Math.round(value * 100) / 100;

/** Where each value sits in the box (null for a missing value). */
export function sparklinePoints(values: ReadonlyArray<number | null>, box: SparklineBox = SPARKLINE_BOX): Array<SparklinePoint | null> {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const min = Math.min(...known);
  const max = Math.max(...known);
  const innerWidth = box.width - 2 * box.padding;
  const innerHeight = box.height - 2 * box.padding;
  const step = values.length > 1 ? innerWidth / (values.length - 1) : 0;
  return values.map((value, index) => {
    if (value === null || !Number.isFinite(value)) return null;
    const x = values.length > 1 ? box.padding + index * step : box.width / 2;
    // A flat line (all values equal) runs through the middle.
    const y = max === min ? box.height / 2 : box.padding + ((max - value) / (max - min)) * innerHeight;
    return { x: round(x), y: round(y) };
  });
}

/** The path, the lone dots and the newest point of a sparkline over `values` (oldest first). */
export function buildSparkline(values: ReadonlyArray<number | null>, box: SparklineBox = SPARKLINE_BOX): Sparkline {
  const points = sparklinePoints(values, box);
  const runs: SparklinePoint[][] = [];
  let run: SparklinePoint[] = [];
  for (const point of points) {
    if (point) run.push(point);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  const path = runs
    .filter((r) => r.length > 1)
    .map((r) => r.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(''))
    .join('');
  const dots = runs.filter((r) => r.length === 1).map((r) => r[0]!);
  return { path, dots, last: points.at(-1) ?? null };
}
