import { effectScope, nextTick, ref } from 'vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { executeGraphQL, GraphQLRequestError, onUnauthenticated } from '../../client/composables/useGraphQL';
import { useQuery } from '../../client/composables/useQuery';
import { DepartmentsDocument, CommitteeReportDocument } from '../../client/gql/graphql';
import { purpose } from '../../client/utils/purpose';
import { jsonResponse } from './fixtures';

/** Waits until pending promises (the mocked fetch and the JSON body) have settled. */
async function flush() {
  for (let i = 0; i < 5; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await nextTick();
  }
}

function inScope<T>(fn: () => T) {
  const scope = effectScope();
  const result = scope.run(fn)!;
  return { result, stop: () => scope.stop() };
}

const DEPARTMENTS_ANSWER = {
  data: { departments: [{ id: 'SOC', name: 'Socialforvaltningen', depth: 0, parent: null }] },
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('executeGraphQL', () => {
  it('POSTs the query and variables as JSON to /graphql', async () => {
    const fetch = vi.fn(async () => jsonResponse(DEPARTMENTS_ANSWER));
    const data = await executeGraphQL(DepartmentsDocument, {}, { fetch });
    expect(data.departments[0]?.name).toBe('Socialforvaltningen');
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
    const body = JSON.parse(init.body as string);
    expect(body.query).toContain('query Departments');
    expect(body.variables).toEqual({});
  });

  it('turns an HTTP error without a GraphQL body into an http error with its status', async () => {
    const fetch = vi.fn(async () => new Response('Internal error', { status: 500 }));
    const error = await executeGraphQL(DepartmentsDocument, {}, { fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({ kind: 'http', status: 500, messages: [] });
  });

  it('calls a gateway error (the API behind the proxy is down) a network error', async () => {
    const fetch = vi.fn(async () => new Response('', { status: 502 }));
    await expect(executeGraphQL(DepartmentsDocument, {}, { fetch })).rejects.toMatchObject({ kind: 'network', status: 502 });
  });

  it('keeps the GraphQL errors of a 400 answer (e.g. a bad Date argument)', async () => {
    const fetch = vi.fn(async () =>
      jsonResponse({ errors: [{ message: 'Variable "$asOf" got invalid value "2026-02-30"' }] }, 400),
    );
    const error = await executeGraphQL(DepartmentsDocument, {}, { fetch }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'graphql', status: 400, messages: ['Variable "$asOf" got invalid value "2026-02-30"'] });
  });

  it('calls an answer without data a parse error', async () => {
    const fetch = vi.fn(async () => jsonResponse({ data: null }));
    await expect(executeGraphQL(DepartmentsDocument, {}, { fetch })).rejects.toMatchObject({ kind: 'parse' });
  });
});

describe('useQuery', () => {
  it('loads data (success)', async () => {
    const fetch = vi.fn(async () => jsonResponse(DEPARTMENTS_ANSWER));
    vi.stubGlobal('fetch', fetch);
    const { result, stop } = inScope(() => useQuery(DepartmentsDocument));
    expect(result.loading.value).toBe(true);
    expect(result.data.value).toBeNull();
    await flush();
    expect(result.loading.value).toBe(false);
    expect(result.error.value).toBeNull();
    expect(result.data.value?.departments.map((d) => d.id)).toEqual(['SOC']);
    stop();
  });

  it('turns GraphQL errors into a readable error state', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse({ data: null, errors: [{ message: 'Unknown scope "X"' }, { message: 'Second' }] })),
    );
    const { result, stop } = inScope(() => useQuery(DepartmentsDocument));
    await flush();
    expect(result.loading.value).toBe(false);
    expect(result.data.value).toBeNull();
    expect(result.error.value).toBeInstanceOf(GraphQLRequestError);
    expect(result.error.value?.kind).toBe('graphql');
    expect(result.error.value?.messages).toEqual(['Unknown scope "X"', 'Second']);
    expect(result.error.value?.message).toBe('Unknown scope "X"\nSecond');
    stop();
  });

  it('turns a network failure into a network error, and recovers on refetch', async () => {
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(jsonResponse(DEPARTMENTS_ANSWER));
    const { result, stop } = inScope(() => useQuery(DepartmentsDocument, {}, { fetch }));
    await flush();
    expect(result.error.value?.kind).toBe('network');
    expect(result.data.value).toBeNull();

    await result.refetch();
    expect(result.error.value).toBeNull();
    expect(result.data.value?.departments).toHaveLength(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    stop();
  });

  it('re-runs when reactive variables change in value, and skips while they are null', async () => {
    const bodies: Array<{ variables: { scope: string } }> = [];
    const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(init!.body as string) as { variables: { scope: string } };
      bodies.push(body);
      return jsonResponse({ data: { figures: { scope: { id: body.variables.scope, name: body.variables.scope }, children: [] } } });
    });
    const scopeId = ref<string | null>(null);
    const period = { from: '2025-11-24', to: '2026-11-23' };
    const { result, stop } = inScope(() =>
      useQuery(CommitteeReportDocument, () => (scopeId.value ? { scope: scopeId.value, period, asOf: '2026-11-23' } : null), {
        fetch,
      }),
    );
    await flush();
    expect(fetch).not.toHaveBeenCalled();
    expect(result.loading.value).toBe(false);

    scopeId.value = 'SOC';
    await flush();
    expect(result.data.value?.figures.scope.id).toBe('SOC');

    // A new but equal variables object does not refetch; a different scope does.
    scopeId.value = 'SOC';
    await flush();
    scopeId.value = 'BCH';
    await flush();
    expect(bodies.map((b) => b.variables.scope)).toEqual(['SOC', 'BCH']);
    expect(bodies[1]!.variables).toEqual({ scope: 'BCH', period, asOf: '2026-11-23' });
    expect(result.data.value?.figures.scope.id).toBe('BCH');
    stop();
  });

  it('keeps only the latest answer when variables change while a request is in flight', async () => {
    const resolvers: Array<(r: Response) => void> = [];
    const signals: AbortSignal[] = [];
    const fetch = vi.fn(
      (_url: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((resolve) => {
          signals.push(init!.signal!);
          resolvers.push(resolve);
        }),
    );
    const scopeId = ref('A');
    const { result, stop } = inScope(() =>
      useQuery(CommitteeReportDocument, () => ({ scope: scopeId.value, period: { from: '2026-01-01', to: '2026-12-31' }, asOf: '2026-12-31' }), {
        fetch,
      }),
    );
    await flush();
    scopeId.value = 'B';
    await flush();
    expect(signals[0]!.aborted).toBe(true);
    const answer = (id: string) => jsonResponse({ data: { figures: { scope: { id, name: id }, children: [] } } });
    resolvers[1]!(answer('B'));
    resolvers[0]!(answer('A'));
    await flush();
    expect(result.data.value?.figures.scope.id).toBe('B');
    expect(result.error.value).toBeNull();
    stop();
  });
});

describe('sessions, roles and purposes', () => {
  const headersOf = (fetch: ReturnType<typeof vi.fn>) => fetch.mock.calls[0]![1]!.headers as Record<string, string>;

  it('calls a 401 with UNAUTHENTICATED an unauthenticated error, and tells the listeners', async () => {
    const heard: GraphQLRequestError[] = [];
    const stop = onUnauthenticated((error) => heard.push(error));
    const fetch = vi.fn(async () =>
      jsonResponse({ errors: [{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }] }, 401),
    );
    const error = await executeGraphQL(DepartmentsDocument, {}, { fetch }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'unauthenticated', status: 401, codes: ['UNAUTHENTICATED'] });
    expect(heard).toEqual([error]);

    // A bare 401 (no GraphQL body) is the same; after `stop` nobody is told.
    stop();
    const bare = vi.fn(async () => new Response('', { status: 401 }));
    await expect(executeGraphQL(DepartmentsDocument, {}, { fetch: bare })).rejects.toMatchObject({ kind: 'unauthenticated' });
    expect(heard).toHaveLength(1);
  });

  it('calls FORBIDDEN a forbidden error, with HTTP 200 or 403, and tells nobody', async () => {
    const heard = vi.fn();
    const stop = onUnauthenticated(heard);
    for (const status of [200, 403]) {
      const fetch = vi.fn(async () =>
        jsonResponse({ data: null, errors: [{ message: 'Not for your role', extensions: { code: 'FORBIDDEN' } }] }, status),
      );
      const error = await executeGraphQL(DepartmentsDocument, {}, { fetch }).catch((e: unknown) => e);
      expect(error).toMatchObject({ kind: 'forbidden', status, codes: ['FORBIDDEN'], messages: ['Not for your role'] });
    }
    expect(heard).not.toHaveBeenCalled();
    stop();
  });

  it('sends the purpose of a read as X-Tilsyn-Purpose, and no header without one', async () => {
    const fetch = vi.fn(async () => jsonResponse(DEPARTMENTS_ANSWER));
    await executeGraphQL(DepartmentsDocument, {}, { fetch, purpose: purpose('CASE_VIEW', 'S-2026/17') });
    expect(headersOf(fetch)['X-Tilsyn-Purpose']).toBe('CASE_VIEW:S-2026%2F17');
    expect(purpose('OVERDUE_LIST')).toBe('OVERDUE_LIST');

    const plain = vi.fn(async () => jsonResponse(DEPARTMENTS_ANSWER));
    await executeGraphQL(DepartmentsDocument, {}, { fetch: plain });
    expect(headersOf(plain)).not.toHaveProperty('X-Tilsyn-Purpose');
  });

  it('passes a purpose through useQuery', async () => {
    const fetch = vi.fn(async () => jsonResponse(DEPARTMENTS_ANSWER));
    const { stop } = inScope(() => useQuery(DepartmentsDocument, {}, { fetch, purpose: 'DATA_QUALITY' }));
    await flush();
    expect(headersOf(fetch)['X-Tilsyn-Purpose']).toBe('DATA_QUALITY');
    stop();
  });
});
