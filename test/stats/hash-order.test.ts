import { describe, expect, it } from 'vitest';
import { drawStratum, nextReplacement, reserveSize, sampleHash } from '../../server/stats/hash-order';

// Vectors from coreutils: printf '%s' '<seed>:<case id>' | sha256sum
describe('sample hash', () => {
  it('matches sha256sum of seed + ":" + case id', () => {
    expect(sampleHash('seed-2026', 'C-000123')).toBe('d5c68f82958e0c53e65e70d3d37b8c1cffc0331a8e9b831f616efb439b07f709');
  });

  it('hashes the UTF-8 bytes of a non-ASCII seed', () => {
    // 'ø' is the two bytes c3 b8 in the input to sha256sum
    expect(sampleHash('tilsyn-ø-2026', 'C-000123')).toBe('19f3cc9ff3a303b165a1a0f1d3ed2a96d653cabf7e0b24f639ec4360a02a1379');
  });

  it('uses the seed verbatim, colons and spaces included', () => {
    expect(sampleHash('a:b', 'C-1')).toBe('b4b2f1d670880e3050f874c7dcdf2cbfd22c52f9306e5d1dda5b45cbd6a31c08');
    expect(sampleHash('', 'C-1')).toBe('ddf01f6fea675a7891c0f00c470846df8bf5bebb48e4562bc4bd463648e358f3');
    expect(sampleHash(' seed ', 'C-1')).toBe('c7382d6ae36d4ef99e43dae5d89953a69485ba541f64f67cedc00e2fbc5aaba8');
    expect(sampleHash('seed-2026', '')).toBe('1b68456c1408b71787d1f1321ffc2f8b008e4061de90d5acf51e248dd56a08ef');
  });
});

describe('reserve size', () => {
  it('is ⌈share × n⌉ without floating-point noise', () => {
    expect(reserveSize(15, 0.2)).toBe(3);
    // 0.28 × 25 is 7.000000000000001 and 0.07 × 100 is 7.000000000000001 in doubles: both must give 7
    expect(reserveSize(25, 0.28)).toBe(7);
    expect(reserveSize(100, 0.07)).toBe(7);
    expect(reserveSize(5, 0.2)).toBe(1);
    // 0.2 × 1 = 0.2 → 1
    expect(reserveSize(1, 0.2)).toBe(1);
    expect(reserveSize(10, 0)).toBe(0);
    expect(reserveSize(0, 0.2)).toBe(0);
    // 0.15 × 7 = 1.05 → 2
    expect(reserveSize(7, 0.15)).toBe(2);
  });

  it('rejects bad input', () => {
    expect(() => reserveSize(-1, 0.2)).toThrow(/allocated/);
    expect(() => reserveSize(3, 1.5)).toThrow(/reserveShare/);
    expect(() => reserveSize(3, Number.NaN)).toThrow(RangeError);
  });
});

describe('draw within a stratum', () => {
  // sha256sum of 'round-7:C-i', sorted ascending:
  //   18a2e246… C-4, 3f1e50c5… C-7, 7fc39aab… C-1, a792b513… C-2, c375ea26… C-6, d13069e0… C-3, d37fa873… C-8, f9bb6e46… C-5
  const ids = ['C-1', 'C-2', 'C-3', 'C-4', 'C-5', 'C-6', 'C-7', 'C-8'];

  it('draws the first n_h by hash and the next ⌈share × n_h⌉ as the reserve', () => {
    // n_h = 3, ⌈0.5 × 3⌉ = 2
    expect(drawStratum(ids, 'round-7', 3, 0.5)).toEqual({ drawn: ['C-4', 'C-7', 'C-1'], reserve: ['C-2', 'C-6'] });
  });

  it('does not depend on the input order', () => {
    expect(drawStratum([...ids].reverse(), 'round-7', 3, 0.5)).toEqual({ drawn: ['C-4', 'C-7', 'C-1'], reserve: ['C-2', 'C-6'] });
  });

  it('gives a shorter reserve when the stratum runs out', () => {
    // n_h = 6 → reserve ⌈3⌉ = 3, but only C-8 and C-5 are left
    expect(drawStratum(ids, 'round-7', 6, 0.5)).toEqual({ drawn: ['C-4', 'C-7', 'C-1', 'C-2', 'C-6', 'C-3'], reserve: ['C-8', 'C-5'] });
    expect(drawStratum(ids, 'round-7', 8, 0.2)).toEqual({ drawn: ['C-4', 'C-7', 'C-1', 'C-2', 'C-6', 'C-3', 'C-8', 'C-5'], reserve: [] });
  });

  it('orders differently under another seed', () => {
    // sha256sum of 'round-8:C-i', sorted: 161f3b7c… C-5, 2e5c8339… C-6, 4837b3cd… C-4, 4cfa2f5a… C-2, 5e059d1b… C-3, …
    expect(drawStratum(ids, 'round-8', 2, 1)).toEqual({ drawn: ['C-5', 'C-6'], reserve: ['C-4', 'C-2'] });
  });

  it('rejects duplicate case ids', () => {
    expect(() => drawStratum(['C-1', 'C-1'], 'round-7', 1, 0)).toThrow(RangeError);
  });
});

describe('replacement order', () => {
  it('takes the first reserve case not yet used', () => {
    const reserve = ['C-2', 'C-6', 'C-8'];
    expect(nextReplacement(reserve, new Set())).toBe('C-2');
    expect(nextReplacement(reserve, new Set(['C-2']))).toBe('C-6');
    // Used out of order: the earliest free one still comes first.
    expect(nextReplacement(reserve, new Set(['C-6']))).toBe('C-2');
    expect(nextReplacement(reserve, new Set(['C-2', 'C-6']))).toBe('C-8');
    expect(nextReplacement(reserve, new Set(['C-2', 'C-6', 'C-8']))).toBeNull();
    expect(nextReplacement([], new Set())).toBeNull();
  });
});
