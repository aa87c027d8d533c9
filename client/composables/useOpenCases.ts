import { onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import type { OpenCaseFilter, OpenCasesQuery as OpenCasesResult } from '../gql/graphql';
import { OpenCasesQuery } from '../graphql/cases';
import { purpose } from '../utils/purpose';
import { executeGraphQL, toRequestError, type GraphQLRequestError, type RequestOptions } from './useGraphQL';

export type OpenCase = OpenCasesResult['openCases']['cases'][number];

/** How many cases one "show more" fetches. */
export const OPEN_CASES_PAGE_SIZE = 50;

export interface OpenCasesVariables {
  scope: string;
  asOf: string;
  filter: OpenCaseFilter;
}

/**
 * The open cases of a scope, a page at a time: `more()` appends the next page. Case-level, so
 * every request says why (`OVERDUE_LIST`); the server logs it. New variables start over; an
 * earlier request still in flight is aborted.
 */
export function useOpenCases(
  variables: MaybeRefOrGetter<OpenCasesVariables | null>,
  options: Pick<RequestOptions, 'fetch'> & { pageSize?: number } = {},
) {
  const pageSize = options.pageSize ?? OPEN_CASES_PAGE_SIZE;
  const cases = shallowRef<OpenCase[]>([]);
  const total = ref<number | null>(null);
  const hasMore = ref(false);
  const loading = ref(false);
  const error = shallowRef<GraphQLRequestError | null>(null);
  let controller: AbortController | null = null;

  async function load(offset: number): Promise<void> {
    const vars = toValue(variables);
    controller?.abort();
    controller = null;
    error.value = null;
    if (offset === 0) {
      cases.value = [];
      total.value = null;
      hasMore.value = false;
    }
    if (vars === null) {
      loading.value = false;
      return;
    }
    const current = new AbortController();
    controller = current;
    loading.value = true;
    try {
      const data = await executeGraphQL(
        OpenCasesQuery,
        { ...vars, first: pageSize, offset },
        { fetch: options.fetch, signal: current.signal, purpose: purpose('OVERDUE_LIST') },
      );
      if (current.signal.aborted) return;
      cases.value = offset === 0 ? data.openCases.cases : [...cases.value, ...data.openCases.cases];
      total.value = data.openCases.total;
      hasMore.value = data.openCases.hasMore;
    } catch (cause) {
      if (!current.signal.aborted) error.value = toRequestError(cause);
    } finally {
      if (controller === current) {
        loading.value = false;
        controller = null;
      }
    }
  }

  watch(() => JSON.stringify(toValue(variables)), () => load(0), { immediate: true });
  onScopeDispose(() => controller?.abort());

  return {
    cases,
    total,
    hasMore,
    loading,
    error,
    /** Fetches the next page and appends it. */
    more: () => load(cases.value.length),
    /** Starts over (e.g. "try again"). */
    reload: () => load(0),
  };
}
