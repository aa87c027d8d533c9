import type { TypedDocumentString } from '../gql/graphql';
import { PURPOSE_HEADER } from '../utils/purpose';

/** Where the API is served: same origin, so the dev server proxies it and no CORS is needed. */
export const GRAPHQL_ENDPOINT = '/graphql';

/**
 * Why a request failed: the network (no answer), HTTP (an error status without GraphQL errors),
 * GraphQL (the server answered with `errors`), parse (an answer that is not GraphQL JSON),
 * unauthenticated (no valid session: HTTP 401 or code `UNAUTHENTICATED`) or forbidden (the
 * role may not do this: code `FORBIDDEN`).
 */
export type RequestErrorKind = 'network' | 'http' | 'graphql' | 'parse' | 'unauthenticated' | 'forbidden';

export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';

  constructor(
    readonly kind: RequestErrorKind,
    /** The server's messages (GraphQL errors), for display; empty for other kinds. */
    readonly messages: readonly string[] = [],
    /** The HTTP status when there was an answer. */
    readonly status: number | null = null,
    options?: { cause?: unknown },
    /** The GraphQL errors' `extensions.code`s (e.g. `UNAUTHENTICATED`, `FORBIDDEN`), where given. */
    readonly codes: readonly string[] = [],
  ) {
    super(messages.length > 0 ? messages.join('\n') : `GraphQL request failed (${kind}${status ? ` ${status}` : ''})`, options);
  }
}

interface GraphQLResponseBody<TResult> {
  data?: TResult | null;
  errors?: ReadonlyArray<{ message?: unknown; extensions?: { code?: unknown } }>;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Defaults to the global `fetch`; injectable for tests. */
  fetch?: typeof fetch;
  endpoint?: string;
  /** Why the data is read (case-level reads must say); see `purpose()` in utils/purpose.ts. */
  purpose?: string;
}

type Listener = (error: GraphQLRequestError) => void;
const unauthenticatedListeners = new Set<Listener>();

/**
 * Calls `listener` whenever a request fails for want of a valid session (the session store
 * then treats the session as expired). Returns the function that stops listening.
 */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

function graphQLErrors(body: unknown): { messages: string[]; codes: string[] } | null {
  if (typeof body !== 'object' || body === null || !('errors' in body)) return null;
  const errors = (body as GraphQLResponseBody<unknown>).errors;
  if (!Array.isArray(errors) || errors.length === 0) return null;
  return {
    messages: errors.map((e) => (typeof e?.message === 'string' && e.message ? e.message : 'Unknown error')),
    codes: errors.flatMap((e) => (typeof e?.extensions?.code === 'string' ? [e.extensions.code] : [])),
  };
}

function graphQLKind(status: number, codes: readonly string[]): RequestErrorKind {
  if (status === 401 || codes.includes('UNAUTHENTICATED')) return 'unauthenticated';
  if (status === 403 || codes.includes('FORBIDDEN')) return 'forbidden';
  return 'graphql';
}

/** A gateway error (a proxy in front of an API that is down) means the API cannot be reached. */
function httpKind(status: number): RequestErrorKind {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
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
  try {
    return await request(document, variables, options);
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.kind === 'unauthenticated') {
      for (const listener of [...unauthenticatedListeners]) listener(error);
    }
    throw error;
  }
}

async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions,
): Promise<TResult> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (options.purpose) headers[PURPOSE_HEADER] = options.purpose;
  let response: Response;
  try {
    response = await doFetch(options.endpoint ?? GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers,
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

  const errors = graphQLErrors(body);
  if (errors) {
    const kind = graphQLKind(response.status, errors.codes);
    throw new GraphQLRequestError(kind, errors.messages, response.status, undefined, errors.codes);
  }
  if (!response.ok) throw new GraphQLRequestError(httpKind(response.status), [], response.status);
  const data = (body as GraphQLResponseBody<TResult> | null)?.data;
  if (data === undefined || data === null) throw new GraphQLRequestError('parse', [], response.status);
  return data;
}

/** Any thrown value as a request error, so views only ever handle one error type. */
export function toRequestError(error: unknown): GraphQLRequestError {
  return error instanceof GraphQLRequestError ? error : new GraphQLRequestError('network', [], null, { cause: error });
}
