// PostgreSQL goes away under load and comes back (a throwaway cluster on port 55499, never the
// shared one): /readyz says 503 within 5 s, requests fail fast with DATABASE_UNAVAILABLE instead of
// hanging, and the same server process serves again within 10 s of the database's return.
import { describe, expect, it } from 'vitest';
import { measureDatabaseLoss } from '../../../bench/faults';

describe('database loss', () => {
  it('turns not-ready fast, fails requests fast and clearly, and recovers by itself', async () => {
    const loss = await measureDatabaseLoss({ downSeconds: 8, afterSeconds: 10 });
    expect(loss.to503Ms).toBeDefined();
    expect(loss.to503Ms!).toBeLessThan(5_000);
    expect(loss.downRequests).toBeGreaterThan(10);
    expect(loss.downFailed).toBe(loss.downRequests);
    expect(loss.downMaxMs).toBeLessThan(1_000);
    expect(loss.messages.length).toBeGreaterThan(0);
    // 503 when the session could not be read, 200 with the error when a resolver failed; never a 500.
    for (const message of loss.messages) expect(message).toMatch(/^HTTP (503|200) DATABASE_UNAVAILABLE: The database cannot be reached/);
    expect(loss.recoverMs).toBeDefined();
    expect(loss.recoverMs!).toBeLessThan(10_000);
    expect(loss.graphqlRecoverMs!).toBeLessThan(10_000);
    expect(loss.stayedUp).toBe(true);
  });
});
