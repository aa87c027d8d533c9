/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccessLogFilterInput = {
  caseId?: string | number | null | undefined;
  citizenPseudonym?: string | null | undefined;
  /** First day (Copenhagen time), inclusive. */
  from?: string | null | undefined;
  /** Last day (Copenhagen time), inclusive. */
  to?: string | null | undefined;
  username?: string | null | undefined;
};

export type AddUserInput = {
  departmentIds?: Array<string | number> | null | undefined;
  displayName?: string | null | undefined;
  role: Role;
  /** 2–64 characters: lower-case letters, digits and . _ @ - */
  username: string;
};

/** The national appeals board's decision on an appeal. */
export type AppealOutcome =
  | 'CHANGED'
  | 'DISMISSED'
  | 'REMITTED'
  | 'UPHELD';

/** How a case ended. */
export type CaseOutcome =
  | 'DISMISSED'
  | 'GRANTED'
  | 'PARTIALLY_GRANTED'
  | 'REFUSED'
  | 'WITHDRAWN';

/** A channel of contact between citizen and caseworker. */
export type ContactChannel =
  | 'DIGITAL'
  | 'EMAIL'
  | 'LETTER'
  | 'MEETING'
  | 'PHONE';

/** A deadline to try: a whole number of units. */
export type DeadlineInput = {
  /** Days, weeks (7 days) or calendar months (clamped to the month end). */
  unit: DeadlineUnit;
  /** The number of units: 1–3650 days, 1–520 weeks or 1–120 months. */
  value: number;
};

/** The unit a published deadline is counted in. */
export type DeadlineUnit =
  | 'DAYS'
  | 'MONTHS'
  | 'WEEKS';

/** Why an employment period ended (data-format.md). */
export type EndReason =
  | 'DISMISSED'
  | 'OTHER'
  | 'RESIGNED'
  | 'RETIRED'
  | 'TRANSFERRED';

/** How to cut a period into calendar parts. */
export type Granularity =
  | 'MONTH'
  | 'QUARTER';

/** How an import ended. */
export type ImportStatus =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** Which open cases to list. */
export type OpenCaseFilter =
  /** Every open case. */
  | 'ALL'
  /** Due within the next 14 days (not yet overdue). */
  | 'DUE_SOON'
  /** Due date before the as-of date. */
  | 'OVERDUE';

/** An inclusive period of dates. */
export type PeriodInput = {
  /** First day of the period (inclusive). */
  from: string;
  /** Last day of the period (inclusive); not before `from`. */
  to: string;
};

/** Why a public row shows fewer figures. */
export type PublicWithholding =
  /** Fewer than `minimumDecisions` decisions in the 12 months: no figures at all. */
  | 'TOO_FEW_DECISIONS'
  /** Fewer than `minimumDecisions` of the decisions had a deadline: the on-time share (and its base) is not shown. */
  | 'TOO_FEW_WITH_DEADLINE';

/** New publication settings. */
export type PublicationSettingsInput = {
  /** The departments to publish, each with its subtree: known department ids, at most 500. */
  departmentIds: Array<string | number>;
  /** Switch publication on or off. */
  published: boolean;
};

/** What a user may do: see the role descriptions in the user guide. */
export type Role =
  /** Users, imports, settings and the access log; no case content. */
  | 'ADMIN'
  /** The social committee: disclosure-controlled aggregates only. */
  | 'COMMITTEE'
  /** All departments, all figures, case-level lists. */
  | 'DIRECTOR'
  /** Figures for all departments; cases and caseworkers only in their own departments. */
  | 'MANAGER'
  /** The cases assigned to them for review, nothing else case-level. */
  | 'REVIEWER';

/** Why disclosure control withheld a figure (the social committee only). */
export type SuppressionReason =
  /** A count from 1 to 4: show "< 5". */
  | 'BELOW_FIVE'
  /** A table cell withheld so that a "< 5" cell cannot be worked back from the total: show "withheld". */
  | 'SECONDARY'
  /** A statistic whose base (denominator) is below 5: show "withheld". */
  | 'SMALL_BASE';

export type AccessLogQueryVariables = Exact<{
  filter?: AccessLogFilterInput | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type AccessLogQuery = { accessLog: { hasMore: boolean, entries: Array<{ id: string, at: string, username: string, role: Role, via: string, purpose: string, purposeReference: string | null, operation: string, requestId: string, caseIds: Array<string>, citizenPseudonyms: Array<string> }> } };

export type OpenCasesQueryVariables = Exact<{
  scope: string | number;
  asOf: string;
  filter?: OpenCaseFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type OpenCasesQuery = { openCases: { total: number, hasMore: boolean, cases: Array<{ dueDate: string | null, daysOverdue: number | null, ageDays: number, caseworker: { id: string, displayName: string } | null, case: { id: string, receivedOn: string, caseType: { id: string, name: string }, department: { id: string, name: string } } }> } };

export type CaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseQuery = { case: { id: string, citizenPseudonym: string, receivedOn: string, decidedOn: string | null, closedOn: string | null, outcome: CaseOutcome | null, dueDate: string | null, caseType: { id: string, name: string, legalBasis: string | null }, department: { id: string, name: string }, deadline: { effectiveFrom: string, value: number, unit: DeadlineUnit } | null, assignments: Array<{ from: string, to: string | null, caseworker: { id: string, displayName: string } }>, contacts: Array<{ on: string, channel: ContactChannel, caseworker: { id: string, displayName: string } }>, appeals: Array<{ appealedOn: string, decidedOn: string | null, outcome: AppealOutcome | null }> } | null };

export type CaseworkerFiguresQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
}>;


export type CaseworkerFiguresQuery = { caseworkerFigures: Array<{ employedFrom: string, employedTo: string | null, endReason: EndReason | null, decidedCases: number, openCases: number, handovers: number, caseworker: { id: string, displayName: string }, department: { id: string, name: string } }> };

export type StaffFieldsFragment = { averageHeadcount: number | null, headcountOnAsOf: number | null, leavers: number | null, turnoverRate: number | null, annualisedTurnoverRate: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> };

export type ContinuityScopeQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
}>;


export type ContinuityScopeQuery = { figures: { scope: { id: string, name: string }, staff: { averageHeadcount: number | null, headcountOnAsOf: number | null, leavers: number | null, turnoverRate: number | null, annualisedTurnoverRate: number | null, withheld: boolean, leaversByReason: Array<{ endReason: EndReason, count: number | null, withheld: boolean, reason: SuppressionReason | null }>, suppressed: Array<{ field: string, reason: SuppressionReason }> }, continuity: { cases: number | null, casesWithoutAssignments: number | null, fixedCaseworkerShare: number | null, meanChanges: number | null, changes: number | null, turnoverRelatedChanges: number | null, turnoverRelatedShare: number | null, withheld: boolean, distribution: Array<{ changes: number, cases: number | null, withheld: boolean, reason: SuppressionReason | null }>, suppressed: Array<{ field: string, reason: SuppressionReason }> }, continuityIndices: { citizens: number | null, upc: number | null, coc: number | null, secon: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> } } };

export type ContinuityDepartmentsQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
}>;


export type ContinuityDepartmentsQuery = { figures: { children: Array<{ scope: { id: string, name: string }, staff: { averageHeadcount: number | null, headcountOnAsOf: number | null, leavers: number | null, turnoverRate: number | null, annualisedTurnoverRate: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> } }> } };

export type TurnoverVersusContinuityQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
}>;


export type TurnoverVersusContinuityQuery = { figures: { turnoverVersusContinuity: { rho: number | null, n: number, pairs: Array<{ quarter: string, from: string, to: string, turnover: number | null, fixedShare: number | null, decided: number | null, department: { id: string, name: string } }> } } };

export type StaffOverTimeQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
  granularity: Granularity;
}>;


export type StaffOverTimeQuery = { figures: { staffOverTime: Array<{ from: string, to: string, averageHeadcount: number | null, leavers: number | null, annualisedTurnoverRate: number | null, fixedCaseworkerShare: number | null, decidedCases: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> }> } };

export type DataStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type DataStatusQuery = { dataStatus: { empty: boolean, latestEvent: string | null, lastImport: { id: string, startedAt: string, finishedAt: string | null, startedBy: string, source: string, status: ImportStatus, errorCount: number, files: Array<{ file: string, sha256: string, bytes: number, records: number }>, counts: Array<{ file: string, inserted: number, updated: number, unchanged: number, removed: number }> } | null, imports: Array<{ id: string, startedAt: string, finishedAt: string | null, startedBy: string, source: string, status: ImportStatus, errorCount: number, files: Array<{ file: string, sha256: string, bytes: number, records: number }>, counts: Array<{ file: string, inserted: number, updated: number, unchanged: number, removed: number }> }>, counts: Array<{ entity: string, count: number }>, receivedRange: { from: string, to: string } | null, receivedPerMonth: Array<{ month: string, count: number }> } };

export type ImportBatchFieldsFragment = { id: string, startedAt: string, finishedAt: string | null, startedBy: string, source: string, status: ImportStatus, errorCount: number, files: Array<{ file: string, sha256: string, bytes: number, records: number }>, counts: Array<{ file: string, inserted: number, updated: number, unchanged: number, removed: number }> };

export type DeadlineScenarioQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
  caseType: string | number;
  deadline: DeadlineInput;
}>;


export type DeadlineScenarioQuery = { deadlineScenario: { becameLate: number | null, becameOnTime: number | null, changedStatus: number | null, withoutActualDueDate: number | null, withheld: boolean, caseType: { id: string, name: string }, proposed: { value: number, unit: DeadlineUnit }, actual: { decided: number | null, decidedWithDueDate: number | null, withoutDeadline: number | null, onTime: number | null, rate: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> }, scenario: { decided: number | null, decidedWithDueDate: number | null, withoutDeadline: number | null, onTime: number | null, rate: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> }, suppressed: Array<{ field: string, reason: SuppressionReason }> } };

export type DepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentsQuery = { departments: Array<{ id: string, name: string, depth: number, parent: { id: string } | null }> };

export type TimelinessFieldsFragment = { decided: number | null, decidedWithDueDate: number | null, withoutDeadline: number | null, onTime: number | null, rate: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> };

export type BacklogFieldsFragment = { total: number | null, withDueDate: number | null, overdue: number | null, withheld: boolean, ageBands: Array<{ label: string, count: number | null, withheld: boolean, reason: SuppressionReason | null }>, suppressed: Array<{ field: string, reason: SuppressionReason }> };

export type CaseTypeDeadlineFieldsFragment = { caseType: { id: string, name: string, legalBasis: string | null }, deadlineInForce: { value: number, unit: DeadlineUnit } | null, timeliness: { decided: number | null, decidedWithDueDate: number | null, withoutDeadline: number | null, onTime: number | null, rate: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> }, distribution: { min: number | null, q1: number | null, median: number | null, q3: number | null, max: number | null, count: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> }, realism: { p80: number | null, p90: number | null, deadlineDays: number | null, suggestedRate: number | null, withheld: boolean, suggested: { value: number, unit: DeadlineUnit } | null, suppressed: Array<{ field: string, reason: SuppressionReason }> } };

export type OverviewQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
}>;


export type OverviewQuery = { figures: { scope: { id: string, name: string }, children: Array<{ scope: { id: string, name: string } }> } };

export type PublicProcessingTimesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicProcessingTimesQuery = { publicProcessingTimes: { published: boolean, dataDate: string | null, periodFrom: string | null, minimumDecisions: number, rows: Array<{ departmentId: string, departmentName: string, caseTypeId: string, caseTypeName: string, legalBasis: string | null, decisions: number | null, decisionsWithDeadline: number | null, medianDays: number | null, p80Days: number | null, onTimeRate: number | null, withheld: boolean, withheldReason: PublicWithholding | null, deadline: { value: number, unit: DeadlineUnit } | null }> } };

export type PublicationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicationSettingsQuery = { publicationSettings: { published: boolean, departmentIds: Array<string>, updatedAt: string | null, updatedBy: string | null } };

export type PublicationSettingsFieldsFragment = { published: boolean, departmentIds: Array<string>, updatedAt: string | null, updatedBy: string | null };

export type UpdatePublicationSettingsMutationVariables = Exact<{
  input: PublicationSettingsInput;
}>;


export type UpdatePublicationSettingsMutation = { updatePublicationSettings: { published: boolean, departmentIds: Array<string>, updatedAt: string | null, updatedBy: string | null } };

export type TimelinessScopeQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
}>;


export type TimelinessScopeQuery = { figures: { scope: { id: string, name: string }, timeliness: { decided: number | null, decidedWithDueDate: number | null, withoutDeadline: number | null, onTime: number | null, rate: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> }, processingTime: { p50: number | null, p80: number | null, p90: number | null, count: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> }, timeToDecision: { cohort: number | null, events: number | null, censored: number | null, median: number | null, p80: number | null, withheld: boolean, points: Array<{ t: number, atRisk: number | null, events: number | null, survival: number }>, suppressed: Array<{ field: string, reason: SuppressionReason }> }, backlog: { total: number | null, withDueDate: number | null, overdue: number | null, withheld: boolean, ageBands: Array<{ label: string, count: number | null, withheld: boolean, reason: SuppressionReason | null }>, suppressed: Array<{ field: string, reason: SuppressionReason }> }, caseTypeDeadlines: Array<{ caseType: { id: string, name: string, legalBasis: string | null }, deadlineInForce: { value: number, unit: DeadlineUnit } | null, timeliness: { decided: number | null, decidedWithDueDate: number | null, withoutDeadline: number | null, onTime: number | null, rate: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> }, distribution: { min: number | null, q1: number | null, median: number | null, q3: number | null, max: number | null, count: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> }, realism: { p80: number | null, p90: number | null, deadlineDays: number | null, suggestedRate: number | null, withheld: boolean, suggested: { value: number, unit: DeadlineUnit } | null, suppressed: Array<{ field: string, reason: SuppressionReason }> } }> } };

export type TimelinessDepartmentsQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
}>;


export type TimelinessDepartmentsQuery = { figures: { scope: { id: string, name: string }, children: Array<{ scope: { id: string, name: string }, timeliness: { decided: number | null, decidedWithDueDate: number | null, withoutDeadline: number | null, onTime: number | null, rate: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> }, backlog: { total: number | null, withDueDate: number | null, overdue: number | null, withheld: boolean, ageBands: Array<{ label: string, count: number | null, withheld: boolean, reason: SuppressionReason | null }>, suppressed: Array<{ field: string, reason: SuppressionReason }> } }>, timelinessFunnel: { overallRate: number | null, points: Array<{ n: number | null, rate: number | null, flagged: boolean, withheld: boolean, department: { id: string, name: string }, suppressed: Array<{ field: string, reason: SuppressionReason }> }> } } };

export type TimelinessTrendQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
}>;


export type TimelinessTrendQuery = { figures: { timelinessByMonth: Array<{ month: string, timeliness: { decided: number | null, decidedWithDueDate: number | null, withoutDeadline: number | null, onTime: number | null, rate: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> } }> } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, username: string, displayName: string, role: Role, departmentIds: Array<string>, usesSingleSignOn: boolean, hasPassword: boolean, disabled: boolean, createdAt: string }> };

export type ApiTokensQueryVariables = Exact<{
  username: string;
}>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, username: string, label: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type ApiTokenFieldsFragment = { id: string, username: string, label: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type AddUserMutationVariables = Exact<{
  input: AddUserInput;
}>;


export type AddUserMutation = { addUser: { id: string, username: string } };

export type IssueApiTokenMutationVariables = Exact<{
  username: string;
  label: string;
}>;


export type IssueApiTokenMutation = { issueApiToken: { token: string, apiToken: { id: string, username: string, label: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, username: string, label: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const StaffFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffFields on Staff {
  averageHeadcount
  headcountOnAsOf
  leavers
  turnoverRate
  annualisedTurnoverRate
  withheld
  suppressed {
    field
    reason
  }
}
    `, {"fragmentName":"StaffFields"}) as unknown as TypedDocumentString<StaffFieldsFragment, unknown>;
export const ImportBatchFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportBatchFields on ImportBatch {
  id
  startedAt
  finishedAt
  startedBy
  source
  status
  errorCount
  files {
    file
    sha256
    bytes
    records
  }
  counts {
    file
    inserted
    updated
    unchanged
    removed
  }
}
    `, {"fragmentName":"ImportBatchFields"}) as unknown as TypedDocumentString<ImportBatchFieldsFragment, unknown>;
export const BacklogFieldsFragmentDoc = new TypedDocumentString(`
    fragment BacklogFields on Backlog {
  total
  withDueDate
  overdue
  ageBands {
    label
    count
    withheld
    reason
  }
  withheld
  suppressed {
    field
    reason
  }
}
    `, {"fragmentName":"BacklogFields"}) as unknown as TypedDocumentString<BacklogFieldsFragment, unknown>;
export const TimelinessFieldsFragmentDoc = new TypedDocumentString(`
    fragment TimelinessFields on Timeliness {
  decided
  decidedWithDueDate
  withoutDeadline
  onTime
  rate
  withheld
  suppressed {
    field
    reason
  }
}
    `, {"fragmentName":"TimelinessFields"}) as unknown as TypedDocumentString<TimelinessFieldsFragment, unknown>;
export const CaseTypeDeadlineFieldsFragmentDoc = new TypedDocumentString(`
    fragment CaseTypeDeadlineFields on CaseTypeDeadlineFigures {
  caseType {
    id
    name
    legalBasis
  }
  deadlineInForce {
    value
    unit
  }
  timeliness {
    ...TimelinessFields
  }
  distribution {
    min
    q1
    median
    q3
    max
    count
    withheld
    suppressed {
      field
      reason
    }
  }
  realism {
    p80
    p90
    deadlineDays
    suggested {
      value
      unit
    }
    suggestedRate
    withheld
    suppressed {
      field
      reason
    }
  }
}
    fragment TimelinessFields on Timeliness {
  decided
  decidedWithDueDate
  withoutDeadline
  onTime
  rate
  withheld
  suppressed {
    field
    reason
  }
}`, {"fragmentName":"CaseTypeDeadlineFields"}) as unknown as TypedDocumentString<CaseTypeDeadlineFieldsFragment, unknown>;
export const PublicationSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublicationSettingsFields on PublicationSettings {
  published
  departmentIds
  updatedAt
  updatedBy
}
    `, {"fragmentName":"PublicationSettingsFields"}) as unknown as TypedDocumentString<PublicationSettingsFieldsFragment, unknown>;
export const ApiTokenFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiTokenFields on ApiToken {
  id
  username
  label
  createdAt
  lastUsedAt
  revokedAt
}
    `, {"fragmentName":"ApiTokenFields"}) as unknown as TypedDocumentString<ApiTokenFieldsFragment, unknown>;
export const AccessLogDocument = new TypedDocumentString(`
    query AccessLog($filter: AccessLogFilterInput, $first: Int, $offset: Int) {
  accessLog(filter: $filter, first: $first, offset: $offset) {
    entries {
      id
      at
      username
      role
      via
      purpose
      purposeReference
      operation
      requestId
      caseIds
      citizenPseudonyms
    }
    hasMore
  }
}
    `) as unknown as TypedDocumentString<AccessLogQuery, AccessLogQueryVariables>;
export const OpenCasesDocument = new TypedDocumentString(`
    query OpenCases($scope: ID!, $asOf: Date!, $filter: OpenCaseFilter, $first: Int, $offset: Int) {
  openCases(
    scope: $scope
    asOf: $asOf
    filter: $filter
    first: $first
    offset: $offset
  ) {
    total
    hasMore
    cases {
      dueDate
      daysOverdue
      ageDays
      caseworker {
        id
        displayName
      }
      case {
        id
        receivedOn
        caseType {
          id
          name
        }
        department {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpenCasesQuery, OpenCasesQueryVariables>;
export const CaseDocument = new TypedDocumentString(`
    query Case($id: ID!) {
  case(id: $id) {
    id
    citizenPseudonym
    caseType {
      id
      name
      legalBasis
    }
    department {
      id
      name
    }
    receivedOn
    decidedOn
    closedOn
    outcome
    deadline {
      effectiveFrom
      value
      unit
    }
    dueDate
    assignments {
      caseworker {
        id
        displayName
      }
      from
      to
    }
    contacts {
      on
      channel
      caseworker {
        id
        displayName
      }
    }
    appeals {
      appealedOn
      decidedOn
      outcome
    }
  }
}
    `) as unknown as TypedDocumentString<CaseQuery, CaseQueryVariables>;
export const CaseworkerFiguresDocument = new TypedDocumentString(`
    query CaseworkerFigures($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
  caseworkerFigures(scope: $scope, period: $period, asOf: $asOf) {
    caseworker {
      id
      displayName
    }
    department {
      id
      name
    }
    employedFrom
    employedTo
    endReason
    decidedCases
    openCases
    handovers
  }
}
    `) as unknown as TypedDocumentString<CaseworkerFiguresQuery, CaseworkerFiguresQueryVariables>;
export const ContinuityScopeDocument = new TypedDocumentString(`
    query ContinuityScope($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
  figures(scope: $scope, period: $period, asOf: $asOf) {
    scope {
      id
      name
    }
    staff {
      ...StaffFields
      leaversByReason {
        endReason
        count
        withheld
        reason
      }
    }
    continuity {
      cases
      casesWithoutAssignments
      fixedCaseworkerShare
      meanChanges
      changes
      turnoverRelatedChanges
      turnoverRelatedShare
      distribution {
        changes
        cases
        withheld
        reason
      }
      withheld
      suppressed {
        field
        reason
      }
    }
    continuityIndices {
      citizens
      upc
      coc
      secon
      withheld
      suppressed {
        field
        reason
      }
    }
  }
}
    fragment StaffFields on Staff {
  averageHeadcount
  headcountOnAsOf
  leavers
  turnoverRate
  annualisedTurnoverRate
  withheld
  suppressed {
    field
    reason
  }
}`) as unknown as TypedDocumentString<ContinuityScopeQuery, ContinuityScopeQueryVariables>;
export const ContinuityDepartmentsDocument = new TypedDocumentString(`
    query ContinuityDepartments($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
  figures(scope: $scope, period: $period, asOf: $asOf) {
    children {
      scope {
        id
        name
      }
      staff {
        ...StaffFields
      }
    }
  }
}
    fragment StaffFields on Staff {
  averageHeadcount
  headcountOnAsOf
  leavers
  turnoverRate
  annualisedTurnoverRate
  withheld
  suppressed {
    field
    reason
  }
}`) as unknown as TypedDocumentString<ContinuityDepartmentsQuery, ContinuityDepartmentsQueryVariables>;
export const TurnoverVersusContinuityDocument = new TypedDocumentString(`
    query TurnoverVersusContinuity($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
  figures(scope: $scope, period: $period, asOf: $asOf) {
    turnoverVersusContinuity {
      rho
      n
      pairs {
        department {
          id
          name
        }
        quarter
        from
        to
        turnover
        fixedShare
        decided
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TurnoverVersusContinuityQuery, TurnoverVersusContinuityQueryVariables>;
export const StaffOverTimeDocument = new TypedDocumentString(`
    query StaffOverTime($scope: ID!, $period: PeriodInput!, $asOf: Date!, $granularity: Granularity!) {
  figures(scope: $scope, period: $period, asOf: $asOf) {
    staffOverTime(granularity: $granularity) {
      from
      to
      averageHeadcount
      leavers
      annualisedTurnoverRate
      fixedCaseworkerShare
      decidedCases
      withheld
      suppressed {
        field
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffOverTimeQuery, StaffOverTimeQueryVariables>;
export const DataStatusDocument = new TypedDocumentString(`
    query DataStatus {
  dataStatus {
    empty
    lastImport {
      ...ImportBatchFields
    }
    imports(limit: 10) {
      ...ImportBatchFields
    }
    counts {
      entity
      count
    }
    receivedRange {
      from
      to
    }
    latestEvent
    receivedPerMonth {
      month
      count
    }
  }
}
    fragment ImportBatchFields on ImportBatch {
  id
  startedAt
  finishedAt
  startedBy
  source
  status
  errorCount
  files {
    file
    sha256
    bytes
    records
  }
  counts {
    file
    inserted
    updated
    unchanged
    removed
  }
}`) as unknown as TypedDocumentString<DataStatusQuery, DataStatusQueryVariables>;
export const DeadlineScenarioDocument = new TypedDocumentString(`
    query DeadlineScenario($scope: ID!, $period: PeriodInput!, $asOf: Date!, $caseType: ID!, $deadline: DeadlineInput!) {
  deadlineScenario(
    scope: $scope
    period: $period
    asOf: $asOf
    caseType: $caseType
    deadline: $deadline
  ) {
    caseType {
      id
      name
    }
    proposed {
      value
      unit
    }
    actual {
      ...TimelinessFields
    }
    scenario {
      ...TimelinessFields
    }
    becameLate
    becameOnTime
    changedStatus
    withoutActualDueDate
    withheld
    suppressed {
      field
      reason
    }
  }
}
    fragment TimelinessFields on Timeliness {
  decided
  decidedWithDueDate
  withoutDeadline
  onTime
  rate
  withheld
  suppressed {
    field
    reason
  }
}`) as unknown as TypedDocumentString<DeadlineScenarioQuery, DeadlineScenarioQueryVariables>;
export const DepartmentsDocument = new TypedDocumentString(`
    query Departments {
  departments {
    id
    name
    depth
    parent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DepartmentsQuery, DepartmentsQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
  figures(scope: $scope, period: $period, asOf: $asOf) {
    scope {
      id
      name
    }
    children {
      scope {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const PublicProcessingTimesDocument = new TypedDocumentString(`
    query PublicProcessingTimes {
  publicProcessingTimes {
    published
    dataDate
    periodFrom
    minimumDecisions
    rows {
      departmentId
      departmentName
      caseTypeId
      caseTypeName
      legalBasis
      deadline {
        value
        unit
      }
      decisions
      decisionsWithDeadline
      medianDays
      p80Days
      onTimeRate
      withheld
      withheldReason
    }
  }
}
    `) as unknown as TypedDocumentString<PublicProcessingTimesQuery, PublicProcessingTimesQueryVariables>;
export const PublicationSettingsDocument = new TypedDocumentString(`
    query PublicationSettings {
  publicationSettings {
    ...PublicationSettingsFields
  }
}
    fragment PublicationSettingsFields on PublicationSettings {
  published
  departmentIds
  updatedAt
  updatedBy
}`) as unknown as TypedDocumentString<PublicationSettingsQuery, PublicationSettingsQueryVariables>;
export const UpdatePublicationSettingsDocument = new TypedDocumentString(`
    mutation UpdatePublicationSettings($input: PublicationSettingsInput!) {
  updatePublicationSettings(input: $input) {
    ...PublicationSettingsFields
  }
}
    fragment PublicationSettingsFields on PublicationSettings {
  published
  departmentIds
  updatedAt
  updatedBy
}`) as unknown as TypedDocumentString<UpdatePublicationSettingsMutation, UpdatePublicationSettingsMutationVariables>;
export const TimelinessScopeDocument = new TypedDocumentString(`
    query TimelinessScope($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
  figures(scope: $scope, period: $period, asOf: $asOf) {
    scope {
      id
      name
    }
    timeliness {
      ...TimelinessFields
    }
    processingTime {
      p50
      p80
      p90
      count
      withheld
      suppressed {
        field
        reason
      }
    }
    timeToDecision {
      cohort
      events
      censored
      median
      p80
      points {
        t
        atRisk
        events
        survival
      }
      withheld
      suppressed {
        field
        reason
      }
    }
    backlog {
      ...BacklogFields
    }
    caseTypeDeadlines {
      ...CaseTypeDeadlineFields
    }
  }
}
    fragment TimelinessFields on Timeliness {
  decided
  decidedWithDueDate
  withoutDeadline
  onTime
  rate
  withheld
  suppressed {
    field
    reason
  }
}
fragment BacklogFields on Backlog {
  total
  withDueDate
  overdue
  ageBands {
    label
    count
    withheld
    reason
  }
  withheld
  suppressed {
    field
    reason
  }
}
fragment CaseTypeDeadlineFields on CaseTypeDeadlineFigures {
  caseType {
    id
    name
    legalBasis
  }
  deadlineInForce {
    value
    unit
  }
  timeliness {
    ...TimelinessFields
  }
  distribution {
    min
    q1
    median
    q3
    max
    count
    withheld
    suppressed {
      field
      reason
    }
  }
  realism {
    p80
    p90
    deadlineDays
    suggested {
      value
      unit
    }
    suggestedRate
    withheld
    suppressed {
      field
      reason
    }
  }
}`) as unknown as TypedDocumentString<TimelinessScopeQuery, TimelinessScopeQueryVariables>;
export const TimelinessDepartmentsDocument = new TypedDocumentString(`
    query TimelinessDepartments($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
  figures(scope: $scope, period: $period, asOf: $asOf) {
    scope {
      id
      name
    }
    children {
      scope {
        id
        name
      }
      timeliness {
        ...TimelinessFields
      }
      backlog {
        ...BacklogFields
      }
    }
    timelinessFunnel {
      overallRate
      points {
        department {
          id
          name
        }
        n
        rate
        flagged
        withheld
        suppressed {
          field
          reason
        }
      }
    }
  }
}
    fragment TimelinessFields on Timeliness {
  decided
  decidedWithDueDate
  withoutDeadline
  onTime
  rate
  withheld
  suppressed {
    field
    reason
  }
}
fragment BacklogFields on Backlog {
  total
  withDueDate
  overdue
  ageBands {
    label
    count
    withheld
    reason
  }
  withheld
  suppressed {
    field
    reason
  }
}`) as unknown as TypedDocumentString<TimelinessDepartmentsQuery, TimelinessDepartmentsQueryVariables>;
export const TimelinessTrendDocument = new TypedDocumentString(`
    query TimelinessTrend($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
  figures(scope: $scope, period: $period, asOf: $asOf) {
    timelinessByMonth {
      month
      timeliness {
        ...TimelinessFields
      }
    }
  }
}
    fragment TimelinessFields on Timeliness {
  decided
  decidedWithDueDate
  withoutDeadline
  onTime
  rate
  withheld
  suppressed {
    field
    reason
  }
}`) as unknown as TypedDocumentString<TimelinessTrendQuery, TimelinessTrendQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users {
  users {
    id
    username
    displayName
    role
    departmentIds
    usesSingleSignOn
    hasPassword
    disabled
    createdAt
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens($username: String!) {
  apiTokens(username: $username) {
    ...ApiTokenFields
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  username
  label
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const AddUserDocument = new TypedDocumentString(`
    mutation AddUser($input: AddUserInput!) {
  addUser(input: $input) {
    id
    username
  }
}
    `) as unknown as TypedDocumentString<AddUserMutation, AddUserMutationVariables>;
export const IssueApiTokenDocument = new TypedDocumentString(`
    mutation IssueApiToken($username: String!, $label: String!) {
  issueApiToken(username: $username, label: $label) {
    token
    apiToken {
      ...ApiTokenFields
    }
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  username
  label
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<IssueApiTokenMutation, IssueApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    ...ApiTokenFields
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  username
  label
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;