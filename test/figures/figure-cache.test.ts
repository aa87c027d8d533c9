// The figure cache: least-recently-used eviction by entries and rows, the data version read at
// most once per TTL, and a new version (a succeeded import) emptying it.
import { describe, expect, it } from 'vitest';
import { FigureCache } from '../../server/figures/figure-cache';

function clockedCache(versions: string[], options: { maxEntries?: number; maxRows?: number } = {}) {
  let now = 0;
  let reads = 0;
  const cache = new FigureCache(async () => versions[Math.min(reads++, versions.length - 1)]!, { ...options, versionTtlMs: 1000, now: () => now });
  return { cache, advance: (ms: number) => { now += ms; }, reads: () => reads };
}

describe('FigureCache', () => {
  it('keeps rows and drops the least recently used entry beyond maxEntries', () => {
    const { cache } = clockedCache(['1'], { maxEntries: 2 });
    cache.set('a', [1]);
    cache.set('b', [2]);
    expect(cache.get('a')).toEqual([1]);
    cache.set('c', [3]);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual([1]);
    expect(cache.get('c')).toEqual([3]);
  });

  it('drops entries until the rows fit in maxRows, and counts a replaced entry once', () => {
    const { cache } = clockedCache(['1'], { maxRows: 5 });
    cache.set('a', [1, 2, 3]);
    cache.set('a', [1, 2]);
    cache.set('b', [1, 2, 3]);
    expect(cache.size).toBe(2);
    cache.set('c', [1]);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(2);
  });

  it('reads the version at most once per TTL and empties itself when it changes', async () => {
    const { cache, advance, reads } = clockedCache(['7', '7', '8']);
    expect(await cache.dataVersion()).toBe('7');
    cache.set('a', [1]);
    advance(999);
    expect(await cache.dataVersion()).toBe('7');
    expect(reads()).toBe(1);
    advance(1);
    expect(await cache.dataVersion()).toBe('7');
    expect(cache.get('a')).toEqual([1]);
    advance(1000);
    expect(await cache.dataVersion()).toBe('8');
    expect(reads()).toBe(3);
    expect(cache.get('a')).toBeUndefined();
  });
});
