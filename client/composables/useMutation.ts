import { onScopeDispose, readonly, ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import type { TypedDocumentString } from '../gql/graphql';
import { executeGraphQL, toRequestError, type GraphQLRequestError, type RequestOptions } from './useGraphQL';

export interface MutationResult<TResult, TVariables> {
  /** Resolves with the answer, or with null when it failed (see `error`) or was superseded. */
  run: (variables: TVariables) => Promise<TResult | null>;
  readonly pending: Readonly<Ref<boolean>>;
  /** Why the last run failed; null while running and after a success. */
  readonly error: Readonly<ShallowRef<GraphQLRequestError | null>>;
  /** Forgets the last error (e.g. when the user starts over). */
  reset: () => void;
}

/**
 * Runs a typed mutation on demand, one at a time: a new run aborts a previous one still in
 * flight. Must be called in a component's setup (or another effect scope), which aborts it on exit.
 */
export function useMutation<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  options: Pick<RequestOptions, 'fetch' | 'endpoint'> = {},
): MutationResult<TResult, TVariables> {
  const pending = ref(false);
  const error = shallowRef<GraphQLRequestError | null>(null);
  let controller: AbortController | null = null;

  async function run(variables: TVariables): Promise<TResult | null> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    pending.value = true;
    error.value = null;
    try {
      return await executeGraphQL(document, variables, { ...options, signal: current.signal });
    } catch (cause) {
      if (!current.signal.aborted) error.value = toRequestError(cause);
      return null;
    } finally {
      if (controller === current) {
        controller = null;
        pending.value = false;
      }
    }
  }

  onScopeDispose(() => controller?.abort());

  return { run, pending: readonly(pending), error, reset: () => (error.value = null) };
}
