// Figure rows kept between requests (server/figures/figure-cache.ts): a second request for the
// same figures reads no figure query, the committee still gets its own disclosure control from the
// kept rows, and a succeeded import (a new data version) makes the figures be read again.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import { DIRECTOR, startTestApi, testViewer, type TestApi } from '../helpers/api';
import { SMALL_FIXTURE, TEST_SECRET } from '../helpers/fixtures';
import { enableFigureCache } from '../../server/figures/figure-cache';
import { importDataSet } from '../../server/importer/service';

const QUERY = `query($period: PeriodInput!) { figures(scope: "ADM", period: $period, asOf: "2024-12-31") {
  timeliness { decided rate withheld } children { timeliness { decided rate withheld } } } }`;
const variables = { period: { from: '2024-01-01', to: '2024-12-31' } };

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  // The version is read again at once: an import shows in the very next request.
  enableFigureCache(api.database.db, { versionTtlMs: 0 });
});
afterAll(async () => { await api?.stop(); });

/** Runs the query and returns it with the SQL texts it executed. */
async function runLogged(identity = { viewer: DIRECTOR }): Promise<{ data: unknown; texts: string[] }> {
  const dialect = new PgDialect();
  const texts: string[] = [];
  const db = api.database.db;
  const execute = db.execute.bind(db);
  const spy = vi.spyOn(db, 'execute').mockImplementation(((query: SQL) => {
    texts.push(dialect.sqlToQuery(query).sql);
    return execute(query);
  }) as typeof db.execute);
  try {
    const result = await api.run(QUERY, variables, identity);
    expect(result.errors).toBeUndefined();
    return { data: result.data, texts };
  } finally {
    spy.mockRestore();
  }
}

/** Queries of figures (they join cases through the closure), not of the department tree or the data version. */
const figureQueries = (texts: string[]) => texts.filter((t) => t.includes('department_closure') && t.includes('cases'));

describe('the figure cache', () => {
  it('answers a repeated request with the same figures and no figure query', async () => {
    const first = await runLogged();
    expect(figureQueries(first.texts).length).toBeGreaterThan(0);
    const second = await runLogged();
    expect(second.data).toEqual(first.data);
    expect(figureQueries(second.texts)).toEqual([]);
  });

  it('applies the committee\'s disclosure control to the kept rows', async () => {
    const director = (await runLogged()).data as { figures: { children: { timeliness: { decided: number | null } }[] } };
    const committee = await runLogged({ viewer: testViewer('committee') });
    expect(figureQueries(committee.texts)).toEqual([]);
    const decided = (committee.data as typeof director).figures.children.map((c) => c.timeliness.decided);
    const expected = director.figures.children.map((c) => c.timeliness.decided).map((n) => (n !== null && n > 0 && n < 5 ? null : n));
    expect(decided).toEqual(expected);
  });

  it('reads the figures again after a succeeded import', async () => {
    const result = await importDataSet(api.database.db, { folder: SMALL_FIXTURE, secret: TEST_SECRET, startedBy: 'test' });
    expect(result.status).toBe('succeeded');
    const after = await runLogged();
    expect(figureQueries(after.texts).length).toBeGreaterThan(0);
  });
});
