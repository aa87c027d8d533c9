import { toValue, type MaybeRefOrGetter } from 'vue';
import type { TypedDocumentString } from '../gql/graphql';
import { PURPOSE_HEADER } from '../utils/purpose';
import { useMutation, type MutationResult } from './useMutation';

/**
 * A fetch that states a purpose on every request: mutations that answer with case-level data
 * (a review, sampled cases) must say why, like case-level reads. The purpose is read at each
 * request, so it may follow data that arrives later (a review's round).
 */
export function fetchWithPurpose(purpose: MaybeRefOrGetter<string>): typeof fetch {
  return (input, init) => {
    // executeGraphQL always passes its headers as a plain object.
    const headers = { ...(init?.headers as Record<string, string> | undefined), [PURPOSE_HEADER]: toValue(purpose) };
    return globalThis.fetch(input, { ...init, headers });
  };
}

/** `useMutation` with the purpose header (e.g. `REVIEW_ROUND:<round id>`). */
export function useReviewMutation<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  purpose: MaybeRefOrGetter<string>,
): MutationResult<TResult, TVariables> {
  return useMutation(document, { fetch: fetchWithPurpose(purpose) });
}
