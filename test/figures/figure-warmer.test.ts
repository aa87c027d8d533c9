// The figure warmer: once per data version it runs the main pages' queries for every root with the
// default selection, so the overview's first request reads no figure from the database.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import { startTestApi, type TestApi } from '../helpers/api';
import { SMALL_FIXTURE, TEST_SECRET } from '../helpers/fixtures';
import { enableFigureCache, type FigureCache } from '../../server/figures/figure-cache';
import { startFigureWarmer, type FigureWarmer } from '../../server/figures/figure-warmer';
import { importDataSet } from '../../server/importer/service';
import { IndicatorOverviewQuery } from '../../client/graphql/indicators';
import { addUser } from '../../server/access/users';

let api: TestApi;
let cache: FigureCache;
let warmer: FigureWarmer;
const lines: string[] = [];
const NOW = new Date('2024-12-31T10:00:00Z');

beforeAll(async () => {
  api = await startTestApi();
  // A manager bound to BORN: her unit is read ahead after the root.
  await addUser(api.database.db, { username: 'leder-born', displayName: 'Leder', role: 'manager', departmentIds: ['BORN'] });
  cache = enableFigureCache(api.database.db, { versionTtlMs: 0 });
  warmer = startFigureWarmer(api.database.db, cache, { now: () => NOW, intervalMs: 3_600_000, log: (line) => lines.push(line) });
});
afterAll(async () => { warmer?.stop(); await api?.stop(); });

describe('the figure warmer', () => {
  it('reads the figures ahead once per data version', async () => {
    expect(await warmer.warm()).toBe(true);
    expect(cache.size).toBeGreaterThan(0);
    expect(lines.join('\n')).toMatch(/Figures for 2 department\(s\) \(the top ones and users' own\) read ahead in [\d.]+ s \(data version \d+\)/);
    expect(await warmer.warm()).toBe(false);
  });

  it.each(['ADM', 'BORN'])('leaves the overview\'s first request on %s with the default selection no figure to read', async (scope) => {
    const dialect = new PgDialect();
    const texts: string[] = [];
    const db = api.database.db;
    const execute = db.execute.bind(db);
    const spy = vi.spyOn(db, 'execute').mockImplementation(((query: SQL) => {
      texts.push(dialect.sqlToQuery(query).sql);
      return execute(query);
    }) as typeof db.execute);
    try {
      const result = await api.run(String(IndicatorOverviewQuery), { scope, period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2024-12-31' });
      expect(result.errors).toBeUndefined();
    } finally {
      spy.mockRestore();
    }
    expect(texts.filter((t) => t.includes('department_closure') && t.includes('cases'))).toEqual([]);
  });

  it('reads ahead again after a succeeded import', async () => {
    expect((await importDataSet(api.database.db, { folder: SMALL_FIXTURE, secret: TEST_SECRET, startedBy: 'test' })).status).toBe('succeeded');
    expect(await warmer.warm()).toBe(true);
  });
});
