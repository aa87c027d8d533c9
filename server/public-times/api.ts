// The GraphQL side of the public processing times: the anonymous operation (rate-limited per
// client address, answering only in the flat aggregate shape below) and the admin's settings.
import type { RequestContext } from '../graphql/context';
import type { PublicCaseTypeTimes, PublicProcessingTimes, PublicationSettings, PublicationSettingsInput } from '../graphql/generated';
import { apiEnum } from '../graphql/models';
import { badInput } from '../graphql/errors';
import { publishedTable } from './service';
import { rateLimited } from './runtime';
import { PublicationInputError, readPublicationState, savePublicationSettings, type PublicationSettingsModel } from './settings';
import { MINIMUM_DECISIONS, type PublicTimesEntry } from './table';

/**
 * One public row, field by field: nothing but these aggregates and names leaves the server (no
 * links into Department, CaseType or Case, whose fields would lead on to unpublished data).
 */
export function publicRow(entry: PublicTimesEntry): PublicCaseTypeTimes {
  return {
    departmentId: entry.departmentId,
    departmentName: entry.departmentName,
    caseTypeId: entry.caseTypeId,
    caseTypeName: entry.caseTypeName,
    legalBasis: entry.legalBasis,
    deadline: entry.deadline ? { value: entry.deadline.value, unit: apiEnum(entry.deadline.unit) } : null,
    decisions: entry.decisions,
    decisionsWithDeadline: entry.decisionsWithDeadline,
    medianDays: entry.medianDays,
    p80Days: entry.p80Days,
    onTimeRate: entry.onTimeRate,
    withheld: entry.withheldReason !== null,
    withheldReason: entry.withheldReason,
  };
}

export async function publicProcessingTimes(ctx: RequestContext): Promise<PublicProcessingTimes> {
  const decision = ctx.publicTimes.limiter.take(ctx.clientAddress ?? 'unknown');
  if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
  const result = await publishedTable(ctx.db, ctx.publicTimes);
  if (!result.published) {
    return { published: false, dataDate: null, periodFrom: null, generatedAt: null, minimumDecisions: MINIMUM_DECISIONS, rows: [] };
  }
  return {
    published: true,
    dataDate: result.table.dataDate,
    periodFrom: result.table.periodFrom,
    generatedAt: result.table.generatedAt.toISOString(),
    minimumDecisions: MINIMUM_DECISIONS,
    rows: result.entries.map(publicRow),
  };
}

function apiSettings(settings: PublicationSettingsModel): PublicationSettings {
  return { ...settings, updatedAt: settings.updatedAt?.toISOString() ?? null };
}

export async function publicationSettings(ctx: RequestContext): Promise<PublicationSettings> {
  return apiSettings((await readPublicationState(ctx.db)).settings);
}

export async function updatePublicationSettings(ctx: RequestContext, input: PublicationSettingsInput): Promise<PublicationSettings> {
  try {
    return apiSettings(await savePublicationSettings(ctx.db, input, ctx.guard.signedIn().username, new Date()));
  } catch (error) {
    if (error instanceof PublicationInputError) throw badInput(`input.${error.field}`, error.problem);
    throw error;
  }
}
