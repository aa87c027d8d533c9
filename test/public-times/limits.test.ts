// The request limit per client address and the per-import cache of the public table.
import { describe, expect, it } from 'vitest';
import { FixedWindowLimiter } from '../../server/public-times/rate-limit';
import { ImportKeyedCache } from '../../server/public-times/cache';

describe('FixedWindowLimiter', () => {
  it('lets `limit` requests through per window and address, then says how long to wait', () => {
    let now = 1_000_000;
    const limiter = new FixedWindowLimiter({ limit: 3, windowSeconds: 60 }, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(limiter.take('b').allowed).toBe(true);
    now += 59_500;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 500;
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('refuses a policy that limits nothing or everything', () => {
    expect(() => new FixedWindowLimiter({ limit: 0, windowSeconds: 60 })).toThrow(/positive whole number/);
    expect(() => new FixedWindowLimiter({ limit: 2.5, windowSeconds: 60 })).toThrow(/got 2.5 per 60 s/);
    expect(() => new FixedWindowLimiter({ limit: 5, windowSeconds: 0 })).toThrow(/positive window/);
  });

  it('keeps its memory bounded however many addresses call', () => {
    let now = 0;
    const limiter = new FixedWindowLimiter({ limit: 1, windowSeconds: 1 }, () => now);
    for (let i = 0; i < 25_000; i += 1) {
      limiter.take(`addr-${i}`);
      now += 1;
    }
    expect(limiter.size).toBeLessThanOrEqual(10_000);
  });
});

describe('ImportKeyedCache', () => {
  it('computes once per import key, shares a computation under way, and recomputes for a new key', async () => {
    const cache = new ImportKeyedCache<string>();
    let computed = 0;
    const compute = async () => `table ${++computed}`;
    const [first, second] = await Promise.all([cache.get('7', compute), cache.get('7', compute)]);
    expect([first, second, computed]).toEqual(['table 1', 'table 1', 1]);
    expect(await cache.get('8', compute)).toBe('table 2');
    expect(await cache.get('8', compute)).toBe('table 2');
  });

  it('does not keep a failure: the next request computes again', async () => {
    const cache = new ImportKeyedCache<string>();
    await expect(cache.get('1', async () => { throw new Error('database down'); })).rejects.toThrow('database down');
    expect(await cache.get('1', async () => 'ok')).toBe('ok');
  });
});
