// What resolvers pass between each other (codegen `mappers`): plain rows, not API shapes.
import type { importBatches } from '../db/schema';
import type { DeadlineUnit } from '../deadlines/due-date';

export interface DepartmentModel { id: string; name: string; parentId: string | null; depth: number }
export interface CaseTypeModel { id: string; name: string; legalBasis: string | null; departmentId: string }
export interface DeadlineModel { caseTypeId: string; effectiveFrom: string; value: number; unit: DeadlineUnit }
export interface CaseModel {
  id: string; citizenPseudonym: string; caseTypeId: string; departmentId: string;
  receivedOn: string; decidedOn: string | null; closedOn: string | null; outcome: string | null;
  /** When set, the case's timeline (assignments, contacts, appeals) is shown as known on this date. */
  asOf?: string;
}
export interface PeriodModel { from: string; to: string }
export interface ScopeFiguresModel { scopeId: string; period: PeriodModel; asOf: string }
/** Data status fields are resolved on demand; the case date range is read once per request. */
export interface DataStatusModel {
  dateRange: () => Promise<{ first: string | null; last: string | null; latestEvent: string | null }>;
}
export type ImportBatchModel = typeof importBatches.$inferSelect;
export interface CaseworkerModel { id: string; displayName: string }
export interface ContactModel { caseId: string; on: string; channel: string; caseworker: CaseworkerModel }
/** One caseworker's row of `caseworkerFigures`; `department` is resolved from `departmentId`. */
export interface CaseworkerFiguresModel {
  caseworker: CaseworkerModel; departmentId: string; employedFrom: string; employedTo: string | null;
  endReason: 'RESIGNED' | 'RETIRED' | 'DISMISSED' | 'TRANSFERRED' | 'OTHER' | null;
  decidedCases: number; openCases: number; handovers: number;
}
export interface AppealModel { caseId: string; appealedOn: string; decidedOn: string | null; outcome: string | null }

/** Database enum values are lowercase; the API's are SCREAMING_CASE. */
export function apiEnum<T extends string>(value: string): T;
export function apiEnum<T extends string>(value: string | null): T | null;
export function apiEnum<T extends string>(value: string | null): T | null {
  return value === null ? null : (value.toUpperCase() as T);
}

export interface UserModel {
  id: number; username: string; displayName: string; role: string; departmentIds: string[]; caseworkerId: string | null;
  usesSingleSignOn: boolean; hasPassword: boolean; disabled: boolean; createdAt: Date;
}
export interface ApiTokenModel { id: number; username: string; label: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }
export interface IssuedApiTokenModel { token: string; apiToken: ApiTokenModel }
export type { AccessLogRow as AccessLogEntryModel } from '../access-log/queries';
export interface AccessLogPageModel { entries: import('../access-log/queries').AccessLogRow[]; hasMore: boolean }
export type { Viewer as ViewerModel } from '../access/viewer';
