import { computed, readonly, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { CrossDepartmentCitizensQuery } from '../graphql/citizens';
import { purpose } from '../utils/purpose';
import type { RequestOptions } from './useGraphQL';
import { useQuery } from './useQuery';
import type { ScopeVariables } from './useScopeVariables';

/** How many citizens one page of the list shows. */
export const CITIZEN_LIST_PAGE_SIZE = 25;

/**
 * The cross-department citizens of a scope and period, a page at a time. Personal data: every
 * request says why (`CITIZEN_OVERVIEW`); the server logs it. A new selection starts at page one.
 */
export function useCitizenList(
  variables: MaybeRefOrGetter<ScopeVariables | null>,
  options: Pick<RequestOptions, 'fetch'> & { pageSize?: number } = {},
) {
  const pageSize = options.pageSize ?? CITIZEN_LIST_PAGE_SIZE;
  const page = ref(0);
  /** The last total for this selection, kept while the next page loads so the pager stays put. */
  const total = ref<number | null>(null);
  // Made before the query, so that the query sees page one in the same update as the new selection.
  watch(
    () => JSON.stringify(toValue(variables)),
    () => {
      page.value = 0;
      total.value = null;
    },
  );
  const query = useQuery(
    CrossDepartmentCitizensQuery,
    () => {
      const vars = toValue(variables);
      return vars ? { ...vars, first: pageSize, offset: page.value * pageSize } : null;
    },
    { fetch: options.fetch, purpose: purpose('CITIZEN_OVERVIEW') },
  );
  watch(query.data, (data) => {
    if (data) total.value = data.crossDepartmentCitizens.total;
  });
  const citizens = computed(() => query.data.value?.crossDepartmentCitizens.citizens ?? []);
  const pageCount = computed(() => (total.value === null ? 0 : Math.ceil(total.value / pageSize)));
  /** The 1-based positions of the first and last citizen shown. */
  const range = computed(() => ({ from: page.value * pageSize + 1, to: page.value * pageSize + citizens.value.length }));

  return {
    ...query,
    page,
    pageCount,
    total: readonly(total),
    citizens,
    range,
    next: () => {
      if (page.value + 1 < pageCount.value) page.value += 1;
    },
    previous: () => {
      if (page.value > 0) page.value -= 1;
    },
  };
}
