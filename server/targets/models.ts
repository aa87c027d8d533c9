// What the target resolvers work with: ids, not objects (Department fields load through the loaders).
import type { IndicatorKey } from '../graphql/generated';

/** A target in force for `departmentId`, set on `setOnId` (itself, or the nearest ancestor with one). */
export interface IndicatorTargetModel {
  departmentId: string;
  indicator: IndicatorKey;
  value: number | null;
  low: number | null;
  high: number | null;
  setOnId: string;
  setBy: string;
  setAt: string;
}

/** One row of a department's target history (set or cleared). */
export interface IndicatorTargetChangeModel {
  departmentId: string;
  indicator: IndicatorKey;
  value: number | null;
  low: number | null;
  high: number | null;
  cleared: boolean;
  setBy: string;
  setAt: string;
}
