// Sends a kept answer (response-cache.ts) to a figure-only query instead of running it, and keeps
// the answers of those that ran without errors and without reading personal data. Every mutation
// empties the cache of this process at once; other processes see a write through the content
// version within a second.
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import type { RequestContext } from './context';
import type { Viewer } from '../access/viewer';
import { responseCacheOf } from './response-cache';

/**
 * Query fields whose answer follows from the variables, the viewer's access and the content
 * version alone. Case-level reads are not here, and one that reads personal data anyway (it is
 * logged) is never kept.
 */
const CACHEABLE_FIELDS: ReadonlySet<string> = new Set([
  '__typename', 'figures', 'departments', 'department', 'caseTypes', 'indicatorTargets', 'deadlineScenario', 'caseworkerFigures',
]);

/**
 * Mutations that change no figure: a review draft counts only once submitted (autosave would
 * otherwise empty the cache every few seconds while anyone reviews), and API tokens are not data.
 */
const CONTENT_NEUTRAL_MUTATIONS: ReadonlySet<string> = new Set(['saveReviewDraft', 'issueApiToken', 'revokeApiToken']);

/** Whether a mutation may change an answer the cache keeps: all but the content-neutral ones. */
export function mayChangeContent(operation: OperationDefinitionNode | undefined): boolean {
  if (operation?.operation !== 'mutation') return false;
  return !operation.selectionSet.selections.every((s) => s.kind === 'Field' && CONTENT_NEUTRAL_MUTATIONS.has(s.name.value));
}

export function isCacheableOperation(operation: OperationDefinitionNode | undefined): boolean {
  if (operation?.operation !== 'query') return false;
  return operation.selectionSet.selections.every((s) => s.kind === 'Field' && CACHEABLE_FIELDS.has(s.name.value));
}

/** What decides what a viewer may see: the role, a manager's departments, a reviewer's own assignments. */
export function accessFingerprint(viewer: Viewer | null): string {
  if (!viewer) return 'anonymous';
  if (viewer.role === 'manager') return `manager:${[...viewer.departmentIds].sort().join(',')}`;
  if (viewer.role === 'reviewer') return `reviewer:${viewer.userId}`;
  return viewer.role;
}

/** JSON with object keys sorted, so the same variables in another order give the same key. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function responseCachePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let key: string | null = null;
      let version = '';
      let hit = false;
      return {
        async responseForOperation({ operation, request, contextValue, queryHash }) {
          const cache = responseCacheOf(contextValue.db);
          if (!cache || !isCacheableOperation(operation)) return null;
          // Not knowing the version (the database just went away) means running the query as usual,
          // so the caller gets its DATABASE_UNAVAILABLE rather than a failure of the cache.
          const known = await cache.contentVersion().catch(() => null);
          if (known === null) return null;
          version = known;
          key = [queryHash, request.operationName ?? '', canonicalJson(request.variables ?? {}), accessFingerprint(contextValue.guard.viewer), version].join('\u0000');
          const data = cache.get(key);
          if (!data) return null;
          hit = true;
          return { http: { headers: new HeaderMap(), status: undefined }, body: { kind: 'single', singleResult: { data } } };
        },
        async willSendResponse({ operation, response, contextValue }) {
          const cache = responseCacheOf(contextValue.db);
          if (!cache) return;
          if (mayChangeContent(operation)) cache.written();
          if (!key || hit || response.body.kind !== 'single' || contextValue.personalDataRead) return;
          const { data, errors } = response.body.singleResult;
          // An answer computed while something was written is not kept under the version before it.
          if (errors || !data || !cache.isCurrent(version)) return;
          cache.set(key, data, Buffer.byteLength(JSON.stringify(data)));
        },
      };
    },
  };
}
