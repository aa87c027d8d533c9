import { computed, onScopeDispose, readonly, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import type { AccessLogFilterInput, AccessLogQuery as AccessLogAnswer } from '../gql/graphql';
import { AccessLogQuery } from '../graphql/accessLog';
import { ACCESS_LOG_PAGE_SIZE } from '../utils/accessLog';
import { executeGraphQL, toRequestError, type GraphQLRequestError } from './useGraphQL';
import { useQuery } from './useQuery';

export type AccessLogEntry = AccessLogAnswer['accessLog']['entries'][number];

/**
 * The access log for a filter: the first page through `useQuery` (refetched when the filter
 * changes), further pages appended by `loadMore` (offset + `hasMore`). A new first page drops the
 * pages loaded after it.
 */
export function useAccessLog(filter: MaybeRefOrGetter<AccessLogFilterInput>) {
  const first = useQuery(AccessLogQuery, () => ({ filter: toValue(filter), first: ACCESS_LOG_PAGE_SIZE, offset: 0 }));
  const more = shallowRef<AccessLogEntry[]>([]);
  const moreHasMore = ref<boolean | null>(null);
  const loadingMore = ref(false);
  const moreError = shallowRef<GraphQLRequestError | null>(null);
  let controller: AbortController | null = null;

  function dropMore(): void {
    controller?.abort();
    controller = null;
    more.value = [];
    moreHasMore.value = null;
    loadingMore.value = false;
    moreError.value = null;
  }

  watch(first.data, dropMore);
  onScopeDispose(() => controller?.abort());

  const entries = computed<AccessLogEntry[]>(() => [...(first.data.value?.accessLog.entries ?? []), ...more.value]);
  const hasMore = computed(() => moreHasMore.value ?? first.data.value?.accessLog.hasMore ?? false);

  async function loadMore(): Promise<void> {
    if (loadingMore.value || !hasMore.value) return;
    const current = new AbortController();
    controller = current;
    loadingMore.value = true;
    moreError.value = null;
    try {
      const page = await executeGraphQL(
        AccessLogQuery,
        { filter: toValue(filter), first: ACCESS_LOG_PAGE_SIZE, offset: entries.value.length },
        { signal: current.signal },
      );
      if (current.signal.aborted) return;
      more.value = [...more.value, ...page.accessLog.entries];
      moreHasMore.value = page.accessLog.hasMore;
    } catch (cause) {
      if (!current.signal.aborted) moreError.value = toRequestError(cause);
    } finally {
      if (controller === current) {
        controller = null;
        loadingMore.value = false;
      }
    }
  }

  return {
    /** True once the first page has arrived (then `entries` may still be empty). */
    loaded: computed(() => first.data.value !== null),
    entries,
    hasMore,
    loading: first.loading,
    error: first.error,
    refetch: first.refetch,
    loadingMore: readonly(loadingMore),
    moreError,
    loadMore,
  };
}
