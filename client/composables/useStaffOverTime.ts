import { computed, type ComputedRef, type Ref } from 'vue';
import type { Granularity } from '../gql/graphql';
import { StaffOverTimeQuery } from '../graphql/continuity';
import type { StaffPeriodFigures } from '../utils/staffPeriods';
import { useQuery, type QueryResult } from './useQuery';
import type { ScopeVariables } from './useScopeVariables';

export interface StaffSeries {
  parts: ComputedRef<readonly StaffPeriodFigures[]>;
  loading: ComputedRef<boolean>;
  error: QueryResult<unknown>['error'];
  retry: () => void;
}

/**
 * `staffOverTime` for charts that each choose month or quarter: one request per granularity in
 * use (two charts on months share one), none for a granularity no chart shows.
 */
export function useStaffOverTime(
  variables: Ref<ScopeVariables | null>,
  choices: ReadonlyArray<Ref<Granularity>>,
): (granularity: Granularity) => StaffSeries {
  const inUse = (granularity: Granularity) => choices.some((choice) => choice.value === granularity);
  const queryFor = (granularity: Granularity) =>
    useQuery(StaffOverTimeQuery, () => (variables.value && inUse(granularity) ? { ...variables.value, granularity } : null));
  const queries = { MONTH: queryFor('MONTH'), QUARTER: queryFor('QUARTER') } as const;
  const series = (granularity: Granularity): StaffSeries => {
    const query = queries[granularity];
    return {
      parts: computed(() => query.data.value?.figures.staffOverTime ?? []),
      loading: computed(() => query.loading.value),
      error: query.error,
      retry: () => void query.refetch(),
    };
  };
  const cache = { MONTH: series('MONTH'), QUARTER: series('QUARTER') };
  return (granularity) => cache[granularity];
}
