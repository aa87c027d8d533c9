// The response cache's store and keys, without a database: LRU by entries and bytes, a new content
// version or a local write empties it, and the key parts (operation, variables, access).
import { describe, expect, it } from 'vitest';
import { parse, type OperationDefinitionNode } from 'graphql';
import { ResponseCache } from '../../server/graphql/response-cache';
import { accessFingerprint, canonicalJson, isCacheableOperation, mayChangeContent } from '../../server/graphql/response-cache-plugin';
import { testViewer } from '../helpers/api';

function store(versions: string[], options: { maxEntries?: number; maxBytes?: number } = {}) {
  let reads = 0;
  let now = 0;
  const cache = new ResponseCache(async () => versions[Math.min(reads++, versions.length - 1)]!, { ...options, versionTtlMs: 1_000, now: () => now });
  return { cache, tick: (ms: number) => { now += ms; }, reads: () => reads };
}

describe('ResponseCache', () => {
  it('drops the least recently used answer beyond the entry bound', async () => {
    const { cache } = store(['v1'], { maxEntries: 2 });
    await cache.contentVersion();
    cache.set('a', { a: 1 }, 10);
    cache.set('b', { b: 1 }, 10);
    expect(cache.get('a')).toEqual({ a: 1 }); // a is now the most recently used
    cache.set('c', { c: 1 }, 10);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([{ a: 1 }, undefined, { c: 1 }]);
  });

  it('keeps at most maxBytes, and never an answer larger than a tenth of it', async () => {
    const { cache } = store(['v1'], { maxBytes: 1_000 });
    await cache.contentVersion();
    cache.set('huge', { x: 1 }, 101);
    expect(cache.get('huge')).toBeUndefined();
    for (let i = 0; i < 11; i += 1) cache.set(`k${i}`, { i }, 100);
    expect(cache.size).toBe(10);
    expect(cache.keptBytes).toBe(1_000);
    expect(cache.get('k0')).toBeUndefined();
    // Replacing an entry counts its bytes once.
    cache.set('k5', { i: 5 }, 50);
    expect(cache.keptBytes).toBe(950);
  });

  it('reads the version at most once per TTL and empties itself when it changes', async () => {
    const { cache, tick, reads } = store(['v1', 'v2']);
    const first = await cache.contentVersion();
    cache.set('a', { a: 1 }, 1);
    tick(999);
    expect(await cache.contentVersion()).toBe(first);
    expect(reads()).toBe(1);
    expect(cache.get('a')).toEqual({ a: 1 });
    tick(1);
    const second = await cache.contentVersion();
    expect(second).not.toBe(first);
    expect(cache.isCurrent(first)).toBe(false);
    expect(cache.get('a')).toBeUndefined();
  });

  it('empties itself and moves to a new version at once after a local write', async () => {
    const { cache, reads } = store(['v1']);
    const before = await cache.contentVersion();
    cache.set('a', { a: 1 }, 1);
    cache.written();
    expect(cache.get('a')).toBeUndefined();
    const after = await cache.contentVersion();
    expect(after).not.toBe(before);
    expect(reads()).toBe(2); // the write made it read the database version again, within the TTL
    expect(cache.isCurrent(after)).toBe(true);
  });
});

const operation = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;

describe('what is kept, and under which key', () => {
  it('keeps queries of figure-only fields, and nothing case-level or written', () => {
    expect(isCacheableOperation(operation('{ figures(scope: "A", period: {from: "2024-01-01", to: "2024-12-31"}, asOf: "2024-12-31") { asOf } departments { id } }'))).toBe(true);
    expect(isCacheableOperation(operation('{ figures(scope: "A", period: {from: "2024-01-01", to: "2024-12-31"}, asOf: "2024-12-31") { asOf } openCases(scope: "A", asOf: "2024-12-31") { total } }'))).toBe(false);
    expect(isCacheableOperation(operation('{ viewer { username } }'))).toBe(false);
    expect(isCacheableOperation(operation('{ ...F } fragment F on Query { departments { id } }'))).toBe(false);
    expect(isCacheableOperation(operation('mutation { signOut }'))).toBe(false);
    expect(isCacheableOperation(undefined)).toBe(false);
  });

  it('is emptied by every mutation except a review draft or an API token', () => {
    expect(mayChangeContent(operation('mutation { submitReview(id: "1") { id } }'))).toBe(true);
    expect(mayChangeContent(operation('mutation { setIndicatorTarget(input: {}) { value } }'))).toBe(true);
    expect(mayChangeContent(operation('mutation { saveReviewDraft(input: {}) { id } }'))).toBe(false);
    expect(mayChangeContent(operation('mutation { revokeApiToken(id: "1") { id } }'))).toBe(false);
    expect(mayChangeContent(operation('mutation { saveReviewDraft(input: {}) { id } submitReview(id: "1") { id } }'))).toBe(true);
    expect(mayChangeContent(operation('{ departments { id } }'))).toBe(false);
  });

  it('writes variables with sorted keys, at every depth, leaving out undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: null }], c: 'x' }, z: undefined })).toBe('{"a":{"c":"x","d":[2,{"e":null,"f":1}]},"b":1}');
    expect(canonicalJson({ period: { from: 1, to: 2 } })).toBe(canonicalJson({ period: { to: 2, from: 1 } }));
  });

  it('tells apart what each viewer may see, and nothing more', () => {
    expect(accessFingerprint(testViewer('director', [], 1))).toBe(accessFingerprint(testViewer('director', [], 2)));
    expect(accessFingerprint(testViewer('committee'))).not.toBe(accessFingerprint(testViewer('director')));
    expect(accessFingerprint(testViewer('manager', ['B', 'A'], 1))).toBe(accessFingerprint(testViewer('manager', ['A', 'B'], 2)));
    expect(accessFingerprint(testViewer('manager', ['A'], 1))).not.toBe(accessFingerprint(testViewer('manager', ['B'], 1)));
    expect(accessFingerprint(testViewer('reviewer', [], 1))).not.toBe(accessFingerprint(testViewer('reviewer', [], 2)));
    expect(accessFingerprint(null)).toBe('anonymous');
  });
});
