import { onScopeDispose, readonly, ref, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref, type ShallowRef } from 'vue';
import type { TypedDocumentString } from '../gql/graphql';
import { executeGraphQL, toRequestError, type GraphQLRequestError, type RequestOptions } from './useGraphQL';

export interface QueryResult<TResult> {
  /** The last answer for the current variables; null while loading, after an error, or when skipped. */
  readonly data: Readonly<ShallowRef<TResult | null>>;
  /** A readable error when the last request failed. */
  readonly error: Readonly<ShallowRef<GraphQLRequestError | null>>;
  readonly loading: Readonly<Ref<boolean>>;
  /** Runs the query again with the current variables (e.g. a "try again" button). */
  refetch: () => Promise<void>;
}

export type QueryOptions = Pick<RequestOptions, 'fetch' | 'endpoint' | 'purpose'>;

/** Variables are optional exactly when the operation has none. */
type VariablesArgs<TVariables> = {} extends TVariables
  ? [variables?: MaybeRefOrGetter<TVariables | null>, options?: QueryOptions]
  : [variables: MaybeRefOrGetter<TVariables | null>, options?: QueryOptions];

/**
 * Runs a typed query now and again whenever its (reactive) variables change in value. Variables
 * that resolve to `null` skip the query (e.g. until a scope is known). Only the latest request
 * counts: an earlier one still in flight is aborted. Must be called in a component's setup or
 * another effect scope (a Pinia setup store), which aborts the request when it ends.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables, options]: VariablesArgs<TVariables>
): QueryResult<TResult> {
  const data = shallowRef<TResult | null>(null);
  const error = shallowRef<GraphQLRequestError | null>(null);
  const loading = ref(false);
  let controller: AbortController | null = null;
  let sequence = 0;

  // Serialised, so that a getter returning an equal new object does not refetch.
  const variablesKey = (): string | null => {
    const value = variables === undefined ? {} : toValue(variables);
    return value === null ? null : JSON.stringify(value);
  };

  async function run(key: string | null, keepData: boolean): Promise<void> {
    controller?.abort();
    controller = null;
    const id = ++sequence;
    error.value = null;
    if (!keepData) data.value = null;
    if (key === null) {
      loading.value = false;
      return;
    }
    const current = new AbortController();
    controller = current;
    loading.value = true;
    try {
      const result = await executeGraphQL(document, JSON.parse(key) as TVariables, {
        ...options,
        signal: current.signal,
      });
      if (id === sequence) data.value = result;
    } catch (cause) {
      if (id === sequence && !current.signal.aborted) {
        data.value = null;
        error.value = toRequestError(cause);
      }
    } finally {
      if (id === sequence) {
        loading.value = false;
        controller = null;
      }
    }
  }

  watch(variablesKey, (key) => run(key, false), { immediate: true });
  onScopeDispose(() => {
    sequence += 1;
    controller?.abort();
  });

  return {
    data,
    error,
    loading: readonly(loading),
    refetch: () => run(variablesKey(), true),
  };
}
