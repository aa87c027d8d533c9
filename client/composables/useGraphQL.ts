import type { TypedDocumentString } from '../gql/graphql';

/** Where the API is served: same origin, so the dev server proxies it and no CORS is needed. */
export const GRAPHQL_ENDPOINT = '/graphql';

/**
 * Why a request failed: the network (no answer), HTTP (an error status without GraphQL errors),
 * GraphQL (the server answered with `errors`) or parse (an answer that is not GraphQL JSON).
 */
export type RequestErrorKind = 'network' | 'http' | 'graphql' | 'parse';

export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';

  constructor(
    readonly kind: RequestErrorKind,
    /** The server's messages (GraphQL errors), for display; empty for other kinds. */
    readonly messages: readonly string[] = [],
    /** The HTTP status when there was an answer. */
    readonly status: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(messages.length > 0 ? messages.join('\n') : `GraphQL request failed (${kind}${status ? ` ${status}` : ''})`, options);
  }
}

interface GraphQLResponseBody<TResult> {
  data?: TResult | null;
  errors?: ReadonlyArray<{ message?: unknown }>;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Defaults to the global `fetch`; injectable for tests. */
  fetch?: typeof fetch;
  endpoint?: string;
}

function errorMessages(body: unknown): string[] | null {
  if (typeof body !== 'object' || body === null || !('errors' in body)) return null;
  const errors = (body as GraphQLResponseBody<unknown>).errors;
  if (!Array.isArray(errors) || errors.length === 0) return null;
  return errors.map((e) => (typeof e?.message === 'string' && e.message ? e.message : 'Unknown error'));
}

/** A gateway error (a proxy in front of an API that is down) means the API cannot be reached. */
function httpKind(status: number): RequestErrorKind {
  return status === 502 || status === 503 || status === 504 ? 'network' : 'http';
}

/**
 * Runs one typed operation: POSTs `{ query, variables }` as JSON (so Apollo's CSRF prevention is
 * satisfied) and resolves with `data`, or rejects with a {@link GraphQLRequestError}. An abort
 * through `signal` rejects with the fetch's `AbortError` unchanged.
 */
export async function executeGraphQL<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const doFetch = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await doFetch(options.endpoint ?? GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new GraphQLRequestError('network', [], null, { cause });
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new GraphQLRequestError(response.ok ? 'parse' : httpKind(response.status), [], response.status, { cause });
  }

  const messages = errorMessages(body);
  if (messages) throw new GraphQLRequestError('graphql', messages, response.status);
  if (!response.ok) throw new GraphQLRequestError(httpKind(response.status), [], response.status);
  const data = (body as GraphQLResponseBody<TResult> | null)?.data;
  if (data === undefined || data === null) throw new GraphQLRequestError('parse', [], response.status);
  return data;
}

/** Any thrown value as a request error, so views only ever handle one error type. */
export function toRequestError(error: unknown): GraphQLRequestError {
  return error instanceof GraphQLRequestError ? error : new GraphQLRequestError('network', [], null, { cause: error });
}
