// The admin's view of the access log: search with paging, and the retention purge.
import type { RequestContext } from '../graphql/context';
import type { AccessLogPageModel } from '../graphql/models';
import type { AccessLogFilterInput } from '../graphql/generated';
import { badInput } from '../graphql/errors';
import { purgeAccessLogBefore, searchAccessLog } from './queries';

export const MAX_PAGE = 500;

export async function accessLogPage(ctx: RequestContext, filter: AccessLogFilterInput, first: number, offset: number): Promise<AccessLogPageModel> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badInput('first', `must be between 1 and ${MAX_PAGE}, got ${first}`);
  if (!Number.isInteger(offset) || offset < 0 || offset > 10_000_000) throw badInput('offset', `must be 0 or more, got ${offset}`);
  if (filter.from && filter.to && filter.from > filter.to) throw badInput('filter', `from (${filter.from}) is after to (${filter.to})`);
  const rows = await searchAccessLog(ctx.db, filter, first + 1, offset);
  return { entries: rows.slice(0, first), hasMore: rows.length > first };
}

/** Deletes rows older than the retention (days, from the configuration). */
export function purgeExpiredAccessLog(ctx: RequestContext, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - ctx.settings.accessLogRetentionDays * 86_400_000);
  return purgeAccessLogBefore(ctx.db, cutoff);
}
