// After an import (and at startup) the figure cache is empty, and the first director to open the
// overview on Monday morning would wait for every figure to be read (seconds on millions of cases).
// The warmer runs the main pages' own queries for each root department, and the departments users
// are bound to, with the pages' default selection (the 12 months up to today, as of today) in the background, once per data version, so
// that first request finds the rows kept. It reads aggregates only, as a system director.
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import { createApolloServer } from '../graphql/server';
import { createRequestContext } from '../graphql/context';
import type { Viewer } from '../access/viewer';
import { todayInCopenhagen } from '../stats/calendar';
import { twelveMonthsEndingAt } from '../../client/utils/dates';
import { IndicatorOverviewQuery } from '../../client/graphql/indicators';
import { CommitteeReportQuery } from '../../client/graphql/committee';
import { TimelinessDepartmentsQuery, TimelinessScopeQuery, TimelinessTrendQuery } from '../../client/graphql/timeliness';
import { ContinuityDepartmentsQuery, ContinuityScopeQuery } from '../../client/graphql/continuity';
import type { FigureCache } from './figure-cache';

const WARMER: Viewer = { userId: 0, username: 'figure-warmer', displayName: 'Figure warmer', role: 'director', departmentIds: [], via: 'system' };

/** The pages' queries on load, in the order directors open them. */
const DOCUMENTS = [
  IndicatorOverviewQuery, TimelinessScopeQuery, TimelinessDepartmentsQuery, TimelinessTrendQuery,
  ContinuityScopeQuery, ContinuityDepartmentsQuery, CommitteeReportQuery,
].map(String);

/** At most this many scopes are read ahead per data version (each is seconds of work at scale 10). */
const MAX_WARM_SCOPES = 12;

/**
 * The scopes people open first: every root department (directors' default), then the departments
 * users are bound to (a manager's unit, the committee's administration), most users first.
 */
function scopesToWarm(db: Database): Promise<{ id: string }[]> {
  return queryRows<{ id: string }>(db, sql`select id from (
      select department_id as id, 0 as rank, 0 as users from departments where parent_id is null
      union all
      select ud.department_id, 1, count(*)::int from user_departments ud
        join users u on u.id = ud.user_id and not u.disabled
        join departments d on d.department_id = ud.department_id
      group by ud.department_id) s
    group by id order by min(rank), max(users) desc, id limit ${MAX_WARM_SCOPES}`);
}

export interface FigureWarmer { warm: () => Promise<boolean>; stop: () => void }

/**
 * Checks every `intervalMs` whether the data version changed since the last warm-up and, if so,
 * runs the queries for every scope people open first; `warm()` does one check now (true when it warmed).
 */
export function startFigureWarmer(db: Database, cache: FigureCache, options: { now?: () => Date; intervalMs?: number; log: (line: string) => void }): FigureWarmer {
  const now = options.now ?? (() => new Date());
  let warmed: string | null = null;
  let running: Promise<boolean> | null = null;
  const warmOnce = async (): Promise<boolean> => {
    const version = await cache.dataVersion();
    if (version === warmed || version === 'none') return false;
    const started = Date.now();
    const today = todayInCopenhagen(now());
    const roots = await scopesToWarm(db);
    const apollo = createApolloServer({ logError: () => undefined });
    await apollo.start();
    try {
      for (const { id } of roots) {
        const variables = { scope: id, period: twelveMonthsEndingAt(today), asOf: today };
        for (const query of DOCUMENTS) {
          await apollo.executeOperation({ query, variables }, { contextValue: createRequestContext(db, { viewer: WARMER }) });
        }
      }
    } finally {
      await apollo.stop();
    }
    warmed = version;
    options.log(`Figures for ${roots.length} department(s) (the top ones and users' own) read ahead in ${((Date.now() - started) / 1000).toFixed(1)} s (data version ${version}).`);
    return true;
  };
  const warm = () => {
    running ??= warmOnce().finally(() => { running = null; });
    return running;
  };
  const report = (error: unknown) => options.log(`Reading figures ahead failed: ${error instanceof Error ? error.message : String(error)}`);
  const timer = setInterval(() => { warm().catch(report); }, options.intervalMs ?? 60_000);
  timer.unref();
  warm().catch(report);
  return { warm, stop: () => clearInterval(timer) };
}
