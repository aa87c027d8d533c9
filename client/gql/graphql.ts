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
  /** The user's own imported `caseworker_id`, if they also handle cases: they may never review a case they held. */
  caseworkerId?: string | number | null | undefined;
  departmentIds?: Array<string | number> | null | undefined;
  displayName?: string | null | undefined;
  role: Role;
  /** 2–64 characters: lower-case letters, digits and . _ @ - */
  username: string;
};

export type AllocationInput = {
  method: AllocationMethod;
  /** Cases per stratum (EQUAL). */
  perStratum?: number | null | undefined;
  /** The planned sample size (PROPORTIONAL). */
  total?: number | null | undefined;
};

export type AllocationMethod =
  /** The same number per stratum (`perStratum`), never more than the stratum holds. */
  | 'EQUAL'
  /** `total` split by frame size, largest remainders, at least one per non-empty stratum. */
  | 'PROPORTIONAL';

/** The national appeals board's decision on an appeal. */
export type AppealOutcome =
  | 'CHANGED'
  | 'DISMISSED'
  | 'REMITTED'
  | 'UPHELD';

export type AssignReviewerInput = {
  caseIds: Array<string | number>;
  level?: AssignmentLevel | null | undefined;
  roundId: string | number;
  username: string;
};

export type AssignmentLevel =
  | 'FIRST'
  | 'SECOND';

/** How a case ended. */
export type CaseOutcome =
  | 'DISMISSED'
  | 'GRANTED'
  | 'PARTIALLY_GRANTED'
  | 'REFUSED'
  | 'WITHDRAWN';

export type ChecklistAnswer =
  | 'NO'
  | 'NOT_RELEVANT'
  | 'YES';

export type ChecklistItemInput = {
  legalReference?: string | null | undefined;
  ruleType: ChecklistRuleType;
  text: string;
};

export type ChecklistRuleType =
  /** A safeguard rule (garantiforskrift): a breach can make the decision invalid. */
  | 'MANDATORY_SAFEGUARD'
  /** A procedural rule (ordensforskrift). */
  | 'PROCEDURAL';

export type ChecklistTemplateInput = {
  items: Array<ChecklistItemInput>;
};

/** Complaint categories of data-format.md (complaints.csv). */
export type ComplaintCategory =
  /** The decision itself. */
  | 'DECISION'
  | 'OTHER'
  /** Processing time and missing replies. */
  | 'PROCESSING_TIME'
  /** Service towards citizens. */
  | 'SERVICE'
  /** Information about the case's progress or status. */
  | 'STATUS_INFORMATION';

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

/** Would the decision stand if appealed? */
export type DecisionAssessment =
  | 'CHANGED'
  | 'REMITTED'
  | 'UPHELD';

export type EliminationInput = {
  caseId: string | number;
  /** Required for OTHER (1–500 characters). */
  note?: string | null | undefined;
  reason: EliminationReason;
  roundId: string | number;
};

export type EliminationReason =
  | 'CONFLICT_OF_INTEREST'
  | 'NOT_YET_DOCUMENTED'
  /** Needs a note. */
  | 'OTHER'
  | 'TRANSFERRED'
  | 'WRONG_CASE_TYPE';

/** Why an employment period ended (data-format.md). */
export type EndReason =
  | 'DISMISSED'
  | 'OTHER'
  | 'RESIGNED'
  | 'RETIRED'
  | 'TRANSFERRED';

export type FollowUpActionInput = {
  /** The case the finding concerns, if one. */
  caseId?: string | number | null | undefined;
  dueOn: string;
  /** The checklist item the finding concerns, if one. */
  itemNumber?: number | null | undefined;
  /** Who is responsible (name or role, 1–120 characters). */
  responsible: string;
  roundId: string | number;
  /** 1–1,000 characters. */
  text: string;
};

export type FollowUpActionUpdateInput = {
  id: string | number;
  /** Required for DROPPED. */
  reason?: string | null | undefined;
  status: FollowUpStatus;
};

export type FollowUpStatus =
  | 'DONE'
  | 'DROPPED'
  | 'IN_PROGRESS'
  | 'OPEN';

export type FrameInput = {
  /** The as-of date of the data (and the backlog date for OPEN_AT). */
  asOf: string;
  /** Only these case types; all when absent or empty. */
  caseTypes?: Array<string | number> | null | undefined;
  /** Leave out cases drawn (or used from a reserve) in earlier rounds; default true. */
  excludeEarlierRounds?: boolean | null | undefined;
  kind: FrameKind;
  /** Required for DECIDED_IN_PERIOD. */
  period?: PeriodInput | null | undefined;
};

/** Which cases a round samples from. */
export type FrameKind =
  /** Cases of the scope decided in `period`, as known on `asOf`. */
  | 'DECIDED_IN_PERIOD'
  /** The backlog: cases of the scope open on `asOf`. */
  | 'OPEN_AT';

/** How to cut a period into calendar parts. */
export type Granularity =
  | 'MONTH'
  | 'QUARTER';

/** How an import ended. */
export type ImportStatus =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type IndicatorDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER'
  /** Good inside the target band [low, high]. */
  | 'WITHIN_BAND';

/** The indicators directors set targets for and the committee follows. */
export type IndicatorKey =
  /** Annualised staff turnover, lower is better. */
  | 'ANNUALISED_TURNOVER'
  /** Open cases per caseworker on the as-of date, within a band. */
  | 'CASELOAD'
  /** All complaints per 1,000 decisions, lower is better. */
  | 'COMPLAINTS_PER_1000'
  /** Decisions per caseworker-year, within a band. */
  | 'DECISIONS_PER_CASEWORKER_YEAR'
  /** Complaints on service and on status information per 1,000 decisions, lower is better. */
  | 'DIALOGUE_COMPLAINTS_PER_1000'
  /** Share of decided cases with a fixed caseworker, higher is better. */
  | 'FIXED_CASEWORKER_SHARE'
  /** Kaplan–Meier median days to decision of the cases received in the period, lower is better. */
  | 'KM_MEDIAN_DAYS'
  /** Overdue open cases on the as-of date, lower is better. */
  | 'OVERDUE_BACKLOG'
  /** Reversal rate of appeals decided in the period (appealed cases only), lower is better. */
  | 'REVERSAL_RATE'
  /** Share of reviewed cases "in order" (stratified estimate) of the scope's latest review round in the period, higher is better. */
  | 'REVIEW_IN_ORDER_SHARE'
  /** Timeliness rate (share decided on time), higher is better. */
  | 'TIMELINESS';

export type IndicatorTargetInput = {
  department: string | number;
  high?: number | null | undefined;
  indicator: IndicatorKey;
  /** For WITHIN_BAND indicators: both bounds, low ≤ high. */
  low?: number | null | undefined;
  /** For HIGHER_IS_BETTER and LOWER_IS_BETTER indicators: the target (a share in [0, 1] for shares). */
  value?: number | null | undefined;
};

/** How an indicator's value is read: a share in [0, 1], days, a count, per 1,000 decisions, cases per caseworker, decisions per caseworker-year. */
export type IndicatorUnit =
  | 'COUNT'
  | 'DAYS'
  | 'PER_1000'
  | 'PER_CASEWORKER'
  | 'PER_CASEWORKER_YEAR'
  | 'SHARE';

export type ItemAnswerInput = {
  answer?: ChecklistAnswer | null | undefined;
  itemNumber: number;
  /** Required when the answer is NO (1–2,000 characters). */
  note?: string | null | undefined;
};

/** Which open cases to list. */
export type OpenCaseFilter =
  /** Every open case. */
  | 'ALL'
  /** Due within the next 14 days (not yet overdue). */
  | 'DUE_SOON'
  /** Due date before the as-of date. */
  | 'OVERDUE';

export type OverallAssessment =
  | 'IN_ORDER'
  | 'MINOR_DEFICIENCIES'
  | 'SIGNIFICANT_DEFICIENCIES';

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

export type ReviewDraftInput = {
  answers: Array<ItemAnswerInput>;
  decision?: DecisionAssessment | null | undefined;
  note?: string | null | undefined;
  overall?: OverallAssessment | null | undefined;
  reviewId: string | number;
};

export type ReviewPlanInput = {
  allocation: AllocationInput;
  frame: FrameInput;
  scope: string | number;
  strata: Stratification;
};

export type ReviewRoundInput = {
  allocation: AllocationInput;
  frame: FrameInput;
  /** 1–120 characters. */
  name: string;
  /** Reserve per stratum as a share of its allocation, in [0, 1]; default 0.2. */
  reserveShare?: number | null | undefined;
  scope: string | number;
  /** Used verbatim (1–200 characters); generated and shown when absent. */
  seed?: string | null | undefined;
  strata: Stratification;
};

/** Where a round is in its cycle. */
export type ReviewRoundStatus =
  | 'CLOSED'
  /** Every sampled case is reviewed or eliminated; follow-up actions remain. */
  | 'FOLLOW_UP'
  /** Cases are being reviewed. */
  | 'IN_REVIEW';

export type ReviewStatus =
  | 'DRAFT'
  | 'SUBMITTED';

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

export type SampleSizeInput = {
  /** Expected deviations k for the tolerable-rate method; default 0. */
  expectedDeviations?: number | null | undefined;
  /** Expected deviation rate p for the margin method; 0.5 when unknown. */
  expectedRate?: number | null | undefined;
  /** The frame size N. */
  frameSize: number;
  /** Margin of error e at 95 %, in (0, 1). */
  margin?: number | null | undefined;
  /** Tolerable deviation rate T, in (0, 1]. */
  tolerableRate?: number | null | undefined;
};

export type SampledCaseStatus =
  /** Assigned; no review saved yet. */
  | 'ASSIGNED'
  | 'ELIMINATED'
  /** A draft is saved. */
  | 'IN_PROGRESS'
  | 'SUBMITTED'
  /** Not yet assigned to a reviewer. */
  | 'UNASSIGNED';

/** How the frame is split into strata. */
export type Stratification =
  /** The case's own department; key = department id. */
  | 'DEPARTMENT'
  /** The case's own department and its case type; key = `departmentId/caseTypeId`. */
  | 'DEPARTMENT_AND_CASE_TYPE';

/** Why disclosure control withheld a figure (the social committee only). */
export type SuppressionReason =
  /** A count from 1 to 4: show "< 5". */
  | 'BELOW_FIVE'
  /** A table cell withheld so that a "< 5" cell cannot be worked back from the total: show "withheld". */
  | 'SECONDARY'
  /** A statistic whose base (denominator) is below 5: show "withheld". */
  | 'SMALL_BASE';

/**
 * Green when the target is met; amber when the value misses it by at most 10 % of the target
 * (relative; for a band, of the nearer bound); red otherwise (domain.md).
 */
export type TargetStatus =
  | 'AMBER'
  | 'GREEN'
  | 'RED';

/** The development plan's five themes (domain.md). */
export type Theme =
  /** Attraktiv arbejdsplads. */
  | 'ATTRACTIVE_WORKPLACE'
  /** Professionel borgerdialog. */
  | 'CITIZEN_DIALOGUE'
  /** Styrket faglig kvalitet og læring. */
  | 'PROFESSIONAL_QUALITY'
  /** Ressourcer i balance. */
  | 'RESOURCES'
  /** Rettidighed. */
  | 'TIMELINESS';

/** The value against the same period one year earlier, read in the indicator's direction. */
export type TrendDirection =
  | 'BETTER'
  | 'UNCHANGED'
  | 'WORSE';

export type VerificationDifferenceKind =
  /** A case is in the frame the data gives now but not in the stored frame. */
  | 'ADDED_TO_FRAME'
  /** The re-draw puts a case in the sample that the round does not have. */
  | 'MISSING_FROM_ROUND'
  /** The round has a case in the sample that the re-draw does not give. */
  | 'NOT_IN_REDRAW'
  /** A case of the stored frame is no longer in the frame the data gives now. */
  | 'REMOVED_FROM_FRAME';

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

export type CaseTimelineFieldsFragment = { id: string, citizenPseudonym: string, receivedOn: string, decidedOn: string | null, closedOn: string | null, outcome: CaseOutcome | null, dueDate: string | null, caseType: { id: string, name: string, legalBasis: string | null }, department: { id: string, name: string }, deadline: { effectiveFrom: string, value: number, unit: DeadlineUnit } | null, assignments: Array<{ from: string, to: string | null, caseworker: { id: string, displayName: string } }>, contacts: Array<{ on: string, channel: ContactChannel, caseworker: { id: string, displayName: string } }>, appeals: Array<{ appealedOn: string, decidedOn: string | null, outcome: AppealOutcome | null }> };

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

export type ChecklistTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ChecklistTemplatesQuery = { checklistTemplates: Array<{ version: number, publishedAt: string, publishedBy: string, items: Array<{ number: number, text: string, legalReference: string | null, ruleType: ChecklistRuleType }> }> };

export type ChecklistTemplateFieldsFragment = { version: number, publishedAt: string, publishedBy: string, items: Array<{ number: number, text: string, legalReference: string | null, ruleType: ChecklistRuleType }> };

export type PublishChecklistTemplateMutationVariables = Exact<{
  input: ChecklistTemplateInput;
}>;


export type PublishChecklistTemplateMutation = { publishChecklistTemplate: { version: number, publishedAt: string, publishedBy: string, items: Array<{ number: number, text: string, legalReference: string | null, ruleType: ChecklistRuleType }> } };

export type CrossDepartmentFieldsFragment = { citizens: number | null, crossDepartmentCitizens: number | null, crossDepartmentShare: number | null, caseworkersPerCitizen: number | null, caseworkersPerCrossDepartmentCitizen: number | null, caseworkersPerOtherCitizen: number | null, shareWithThreeOrMoreCaseworkers: number | null, shareWithThreeOrMoreCaseworkersCrossDepartment: number | null, shareWithThreeOrMoreCaseworkersOthers: number | null, timelinessCrossDepartment: number | null, decidedWithDueDateCrossDepartment: number | null, timelinessOthers: number | null, decidedWithDueDateOthers: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> };

export type CitizensScopeQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
}>;


export type CitizensScopeQuery = { figures: { scope: { id: string, name: string }, crossDepartment: { citizens: number | null, crossDepartmentCitizens: number | null, crossDepartmentShare: number | null, caseworkersPerCitizen: number | null, caseworkersPerCrossDepartmentCitizen: number | null, caseworkersPerOtherCitizen: number | null, shareWithThreeOrMoreCaseworkers: number | null, shareWithThreeOrMoreCaseworkersCrossDepartment: number | null, shareWithThreeOrMoreCaseworkersOthers: number | null, timelinessCrossDepartment: number | null, decidedWithDueDateCrossDepartment: number | null, timelinessOthers: number | null, decidedWithDueDateOthers: number | null, withheld: boolean, caseworkerHistogram: Array<{ caseworkers: number, citizens: number | null, crossDepartmentCitizens: number | null, withheld: boolean, reason: SuppressionReason | null }>, combinations: Array<{ citizens: number | null, withheld: boolean, reason: SuppressionReason | null, departments: Array<{ id: string, name: string }> }>, suppressed: Array<{ field: string, reason: SuppressionReason }> } } };

export type CitizensDepartmentsQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
}>;


export type CitizensDepartmentsQuery = { figures: { children: Array<{ scope: { id: string, name: string }, crossDepartment: { citizens: number | null, crossDepartmentCitizens: number | null, crossDepartmentShare: number | null, caseworkersPerCitizen: number | null, caseworkersPerCrossDepartmentCitizen: number | null, caseworkersPerOtherCitizen: number | null, shareWithThreeOrMoreCaseworkers: number | null, shareWithThreeOrMoreCaseworkersCrossDepartment: number | null, shareWithThreeOrMoreCaseworkersOthers: number | null, timelinessCrossDepartment: number | null, decidedWithDueDateCrossDepartment: number | null, timelinessOthers: number | null, decidedWithDueDateOthers: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> } }> } };

export type CrossDepartmentCitizensQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type CrossDepartmentCitizensQuery = { crossDepartmentCitizens: { total: number, citizens: Array<{ pseudonym: string, activeCases: number, caseworkers: number, departments: Array<{ id: string, name: string }> }> } };

export type CitizenQueryVariables = Exact<{
  pseudonym: string;
  asOf?: string | null | undefined;
}>;


export type CitizenQuery = { citizen: { pseudonym: string, asOf: string, otherCases: number, cases: Array<{ id: string, citizenPseudonym: string, receivedOn: string, decidedOn: string | null, closedOn: string | null, outcome: CaseOutcome | null, dueDate: string | null, caseType: { id: string, name: string, legalBasis: string | null }, department: { id: string, name: string }, deadline: { effectiveFrom: string, value: number, unit: DeadlineUnit } | null, assignments: Array<{ from: string, to: string | null, caseworker: { id: string, displayName: string } }>, contacts: Array<{ on: string, channel: ContactChannel, caseworker: { id: string, displayName: string } }>, appeals: Array<{ appealedOn: string, decidedOn: string | null, outcome: AppealOutcome | null }> }>, departments: Array<{ id: string, name: string }> } | null };

export type CommitteeReportQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
  keys?: Array<IndicatorKey> | IndicatorKey | null | undefined;
}>;


export type CommitteeReportQuery = { figures: { scope: { id: string, name: string }, indicators: Array<{ key: IndicatorKey, theme: Theme, direction: IndicatorDirection, unit: IndicatorUnit, value: number | null, base: number | null, withheld: boolean, reason: SuppressionReason | null, status: TargetStatus | null, previousValue: number | null, previousWithheld: boolean, trend: TrendDirection | null, target: { value: number | null, low: number | null, high: number | null, inherited: boolean, setOn: { id: string, name: string } } | null }>, children: Array<{ scope: { id: string, name: string }, indicators: Array<{ key: IndicatorKey, theme: Theme, direction: IndicatorDirection, unit: IndicatorUnit, value: number | null, base: number | null, withheld: boolean, reason: SuppressionReason | null, status: TargetStatus | null, previousValue: number | null, previousWithheld: boolean, trend: TrendDirection | null, target: { value: number | null, low: number | null, high: number | null, inherited: boolean, setOn: { id: string, name: string } } | null }> }> } };

export type ComplaintCategoryFieldsFragment = { category: ComplaintCategory, count: number | null, per1000Decisions: number | null, withheld: boolean, reason: SuppressionReason | null };

export type ComplaintTableCellFieldsFragment = { count: number | null, withheld: boolean, reason: SuppressionReason | null };

export type ComplaintsFieldsFragment = { total: number | null, decisions: number | null, per1000Decisions: number | null, withheld: boolean, byCategory: Array<{ category: ComplaintCategory, count: number | null, per1000Decisions: number | null, withheld: boolean, reason: SuppressionReason | null }>, suppressed: Array<{ field: string, reason: SuppressionReason }> };

export type AppealsFieldsFragment = { decided: number | null, upheld: number | null, changed: number | null, remitted: number | null, dismissed: number | null, pending: number | null, reversalRate: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> };

export type ComplaintsScopeQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
}>;


export type ComplaintsScopeQuery = { figures: { scope: { id: string, name: string }, complaints: { total: number | null, decisions: number | null, per1000Decisions: number | null, withheld: boolean, byCategory: Array<{ category: ComplaintCategory, count: number | null, per1000Decisions: number | null, withheld: boolean, reason: SuppressionReason | null }>, suppressed: Array<{ field: string, reason: SuppressionReason }> }, appeals: { decided: number | null, upheld: number | null, changed: number | null, remitted: number | null, dismissed: number | null, pending: number | null, reversalRate: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> } } };

export type ComplaintsDepartmentsQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
}>;


export type ComplaintsDepartmentsQuery = { figures: { complaintsByDepartment: { categories: Array<ComplaintCategory>, rows: Array<{ decisions: number | null, per1000Decisions: number | null, per1000Withheld: boolean, department: { id: string, name: string }, cells: Array<{ count: number | null, withheld: boolean, reason: SuppressionReason | null }>, total: { count: number | null, withheld: boolean, reason: SuppressionReason | null } }>, columnTotals: Array<{ count: number | null, withheld: boolean, reason: SuppressionReason | null }>, total: { count: number | null, withheld: boolean, reason: SuppressionReason | null } }, children: Array<{ scope: { id: string, name: string }, appeals: { decided: number | null, upheld: number | null, changed: number | null, remitted: number | null, dismissed: number | null, pending: number | null, reversalRate: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> } }> } };

export type ComplaintsOverTimeQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
  granularity: Granularity;
}>;


export type ComplaintsOverTimeQuery = { figures: { complaintsOverTime: Array<{ from: string, to: string, total: number | null, decisions: number | null, per1000Decisions: number | null, withheld: boolean, byCategory: Array<{ category: ComplaintCategory, count: number | null, per1000Decisions: number | null, withheld: boolean, reason: SuppressionReason | null }>, suppressed: Array<{ field: string, reason: SuppressionReason }> }> } };

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

export type IndicatorFieldsFragment = { key: IndicatorKey, theme: Theme, direction: IndicatorDirection, unit: IndicatorUnit, value: number | null, base: number | null, withheld: boolean, reason: SuppressionReason | null, status: TargetStatus | null, previousValue: number | null, previousWithheld: boolean, trend: TrendDirection | null, target: { value: number | null, low: number | null, high: number | null, inherited: boolean, setOn: { id: string, name: string } } | null };

export type IndicatorOverviewQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
  keys?: Array<IndicatorKey> | IndicatorKey | null | undefined;
}>;


export type IndicatorOverviewQuery = { figures: { scope: { id: string, name: string }, indicators: Array<{ key: IndicatorKey, theme: Theme, direction: IndicatorDirection, unit: IndicatorUnit, value: number | null, base: number | null, withheld: boolean, reason: SuppressionReason | null, status: TargetStatus | null, previousValue: number | null, previousWithheld: boolean, trend: TrendDirection | null, quarters: Array<{ from: string, to: string, value: number | null, withheld: boolean }>, target: { value: number | null, low: number | null, high: number | null, inherited: boolean, setOn: { id: string, name: string } } | null }>, children: Array<{ scope: { id: string, name: string }, indicators: Array<{ key: IndicatorKey, theme: Theme, direction: IndicatorDirection, unit: IndicatorUnit, value: number | null, base: number | null, withheld: boolean, reason: SuppressionReason | null, status: TargetStatus | null, previousValue: number | null, previousWithheld: boolean, trend: TrendDirection | null, quarters: Array<{ from: string, to: string, value: number | null, withheld: boolean }>, target: { value: number | null, low: number | null, high: number | null, inherited: boolean, setOn: { id: string, name: string } } | null }> }> } };

export type PublicProcessingTimesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicProcessingTimesQuery = { publicProcessingTimes: { published: boolean, dataDate: string | null, periodFrom: string | null, minimumDecisions: number, rows: Array<{ departmentId: string, departmentName: string, caseTypeId: string, caseTypeName: string, legalBasis: string | null, decisions: number | null, decisionsWithDeadline: number | null, medianDays: number | null, p80Days: number | null, onTimeRate: number | null, withheld: boolean, withheldReason: PublicWithholding | null, deadline: { value: number, unit: DeadlineUnit } | null }> } };

export type PublicationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicationSettingsQuery = { publicationSettings: { published: boolean, departmentIds: Array<string>, updatedAt: string | null, updatedBy: string | null } };

export type PublicationSettingsFieldsFragment = { published: boolean, departmentIds: Array<string>, updatedAt: string | null, updatedBy: string | null };

export type UpdatePublicationSettingsMutationVariables = Exact<{
  input: PublicationSettingsInput;
}>;


export type UpdatePublicationSettingsMutation = { updatePublicationSettings: { published: boolean, departmentIds: Array<string>, updatedAt: string | null, updatedBy: string | null } };

export type ResourcesFieldsFragment = { backlog: number | null, headcountOnAsOf: number | null, caseload: number | null, decided: number | null, averageHeadcount: number | null, decisionsPerCaseworkerYear: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> };

export type ResourcesFiguresQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
}>;


export type ResourcesFiguresQuery = { figures: { scope: { id: string, name: string }, resources: { backlog: number | null, headcountOnAsOf: number | null, caseload: number | null, decided: number | null, averageHeadcount: number | null, decisionsPerCaseworkerYear: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> }, children: Array<{ scope: { id: string, name: string }, resources: { backlog: number | null, headcountOnAsOf: number | null, caseload: number | null, decided: number | null, averageHeadcount: number | null, decisionsPerCaseworkerYear: number | null, withheld: boolean, suppressed: Array<{ field: string, reason: SuppressionReason }> } }> } };

export type ReviewRoundVerificationQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewRoundVerificationQuery = { reviewRound: { id: string, verification: { sampleIdentical: boolean, frameUnchanged: boolean, differenceCount: number, differences: Array<{ kind: VerificationDifferenceKind, stratumKey: string, caseId: string }> } } | null };

export type ReviewRoundEventsQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewRoundEventsQuery = { reviewRound: { id: string, events: Array<{ at: string, by: string, kind: string, caseId: string | null, detail: string | null }> } | null };

export type ReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewQuery = { review: { id: string, roundId: string, roundName: string, level: AssignmentLevel, status: ReviewStatus, overall: OverallAssessment | null, decision: DecisionAssessment | null, note: string | null, savedAt: string | null, submittedAt: string | null, case: { id: string, citizenPseudonym: string, receivedOn: string, decidedOn: string | null, closedOn: string | null, outcome: CaseOutcome | null, dueDate: string | null, caseType: { id: string, name: string, legalBasis: string | null }, department: { id: string, name: string }, deadline: { effectiveFrom: string, value: number, unit: DeadlineUnit } | null, assignments: Array<{ from: string, to: string | null, caseworker: { id: string, displayName: string } }>, contacts: Array<{ on: string, channel: ContactChannel, caseworker: { id: string, displayName: string } }>, appeals: Array<{ appealedOn: string, decidedOn: string | null, outcome: AppealOutcome | null }> }, checklist: { version: number, items: Array<{ number: number, text: string, legalReference: string | null, ruleType: ChecklistRuleType }> }, reviewer: { username: string, displayName: string }, answers: Array<{ itemNumber: number, answer: ChecklistAnswer | null, note: string | null }> } | null };

export type ReviewFormFieldsFragment = { id: string, roundId: string, roundName: string, level: AssignmentLevel, status: ReviewStatus, overall: OverallAssessment | null, decision: DecisionAssessment | null, note: string | null, savedAt: string | null, submittedAt: string | null, reviewer: { username: string, displayName: string }, answers: Array<{ itemNumber: number, answer: ChecklistAnswer | null, note: string | null }> };

export type SaveReviewDraftMutationVariables = Exact<{
  input: ReviewDraftInput;
}>;


export type SaveReviewDraftMutation = { saveReviewDraft: { id: string, roundId: string, roundName: string, level: AssignmentLevel, status: ReviewStatus, overall: OverallAssessment | null, decision: DecisionAssessment | null, note: string | null, savedAt: string | null, submittedAt: string | null, reviewer: { username: string, displayName: string }, answers: Array<{ itemNumber: number, answer: ChecklistAnswer | null, note: string | null }> } };

export type SubmitReviewMutationVariables = Exact<{
  input: ReviewDraftInput;
}>;


export type SubmitReviewMutation = { submitReview: { id: string, roundId: string, roundName: string, level: AssignmentLevel, status: ReviewStatus, overall: OverallAssessment | null, decision: DecisionAssessment | null, note: string | null, savedAt: string | null, submittedAt: string | null, reviewer: { username: string, displayName: string }, answers: Array<{ itemNumber: number, answer: ChecklistAnswer | null, note: string | null }> } };

export type ReopenReviewMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ReopenReviewMutation = { reopenReview: { id: string, roundId: string, roundName: string, level: AssignmentLevel, status: ReviewStatus, overall: OverallAssessment | null, decision: DecisionAssessment | null, note: string | null, savedAt: string | null, submittedAt: string | null, reviewer: { username: string, displayName: string }, answers: Array<{ itemNumber: number, answer: ChecklistAnswer | null, note: string | null }> } };

export type ReviewPlanCaseTypesQueryVariables = Exact<{
  scope?: string | number | null | undefined;
}>;


export type ReviewPlanCaseTypesQuery = { caseTypes: Array<{ id: string, name: string, department: { id: string, name: string } }> };

export type ReviewRoundPlanQueryVariables = Exact<{
  input: ReviewPlanInput;
}>;


export type ReviewRoundPlanQuery = { reviewRoundPlan: { frameSize: number, allocated: number, strata: Array<{ key: string, frameSize: number, allocated: number, department: { id: string, name: string }, caseType: { id: string, name: string } | null }> } };

export type SampleSizeQueryVariables = Exact<{
  input: SampleSizeInput;
}>;


export type SampleSizeQuery = { sampleSize: { frameSize: number, byMargin: number | null, binomial: number | null, hypergeometric: number | null } };

export type CreateReviewRoundMutationVariables = Exact<{
  input: ReviewRoundInput;
}>;


export type CreateReviewRoundMutation = { createReviewRound: { id: string, seed: string } };

export type ReviewRoundResultsQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewRoundResultsQuery = { reviewRound: { id: string, results: { reviewed: number, minorDeficiencies: number, significantDeficiencies: number, previousRoundId: string | null, inOrderChangeSincePrevious: number | null, items: Array<{ notRelevant: number, changeSincePrevious: number | null, item: { number: number, text: string, legalReference: string | null, ruleType: ChecklistRuleType }, compliance: { pooled: { successes: number, trials: number, estimate: number | null, lower: number | null, upper: number | null }, stratified: { estimate: number, standardError: number, lower: number, upper: number } | null, strata: Array<{ stratumKey: string, frameSize: number, proportion: { successes: number, trials: number, estimate: number | null, lower: number | null, upper: number | null } }> } }>, inOrder: { pooled: { successes: number, trials: number, estimate: number | null, lower: number | null, upper: number | null }, stratified: { estimate: number, standardError: number, lower: number, upper: number } | null, strata: Array<{ stratumKey: string, frameSize: number, proportion: { successes: number, trials: number, estimate: number | null, lower: number | null, upper: number | null } }> }, mandatoryBreach: { pooled: { successes: number, trials: number, estimate: number | null, lower: number | null, upper: number | null }, stratified: { estimate: number, standardError: number, lower: number, upper: number } | null, strata: Array<{ stratumKey: string, frameSize: number, proportion: { successes: number, trials: number, estimate: number | null, lower: number | null, upper: number | null } }> }, upheld: { successes: number, trials: number, estimate: number | null, lower: number | null, upper: number | null }, changed: { successes: number, trials: number, estimate: number | null, lower: number | null, upper: number | null }, remitted: { successes: number, trials: number, estimate: number | null, lower: number | null, upper: number | null } }, agreement: Array<{ firstReviewer: string, secondReviewer: string, cases: number, items: number, percentAgreement: number | null, kappa: number | null }> } | null };

export type ProportionFieldsFragment = { successes: number, trials: number, estimate: number | null, lower: number | null, upper: number | null };

export type ScopeProportionFieldsFragment = { pooled: { successes: number, trials: number, estimate: number | null, lower: number | null, upper: number | null }, stratified: { estimate: number, standardError: number, lower: number, upper: number } | null, strata: Array<{ stratumKey: string, frameSize: number, proportion: { successes: number, trials: number, estimate: number | null, lower: number | null, upper: number | null } }> };

export type DrawSecondReviewsMutationVariables = Exact<{
  roundId: string | number;
  share?: number | null | undefined;
}>;


export type DrawSecondReviewsMutation = { drawSecondReviews: Array<{ stratumKey: string, position: number, case: { id: string } }> };

export type ReviewRoundActionsQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewRoundActionsQuery = { reviewRound: { id: string, status: ReviewRoundStatus, actions: Array<{ id: string, roundId: string, caseId: string | null, itemNumber: number | null, text: string, responsible: string, dueOn: string, status: FollowUpStatus, dropReason: string | null, updatedAt: string }> } | null };

export type FollowUpActionFieldsFragment = { id: string, roundId: string, caseId: string | null, itemNumber: number | null, text: string, responsible: string, dueOn: string, status: FollowUpStatus, dropReason: string | null, updatedAt: string };

export type AddFollowUpActionMutationVariables = Exact<{
  input: FollowUpActionInput;
}>;


export type AddFollowUpActionMutation = { addFollowUpAction: { id: string, roundId: string, caseId: string | null, itemNumber: number | null, text: string, responsible: string, dueOn: string, status: FollowUpStatus, dropReason: string | null, updatedAt: string } };

export type UpdateFollowUpActionMutationVariables = Exact<{
  input: FollowUpActionUpdateInput;
}>;


export type UpdateFollowUpActionMutation = { updateFollowUpAction: { id: string, roundId: string, caseId: string | null, itemNumber: number | null, text: string, responsible: string, dueOn: string, status: FollowUpStatus, dropReason: string | null, updatedAt: string } };

export type CloseReviewRoundMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseReviewRoundMutation = { closeReviewRound: { id: string, status: ReviewRoundStatus, closedAt: string | null } };

export type ReviewRoundQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewRoundQuery = { reviewRound: { id: string, name: string, status: ReviewRoundStatus, createdAt: string, createdBy: string, closedAt: string | null, seed: string, reserveShare: number, stratification: Stratification, allocationMethod: AllocationMethod, scope: { id: string, name: string }, frame: { kind: FrameKind, asOf: string, caseTypes: Array<string>, excludeEarlierRounds: boolean, size: number, period: { from: string, to: string } | null }, checklist: { version: number, items: Array<{ number: number, text: string, legalReference: string | null, ruleType: ChecklistRuleType }> }, strata: Array<{ key: string, frameSize: number, allocated: number, department: { id: string, name: string }, caseType: { id: string, name: string } | null }>, progress: { sampled: number, assigned: number, submitted: number, eliminated: number } } | null };

export type ReviewRoundSampleQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewRoundSampleQuery = { reviewRound: { id: string, sample: Array<{ stratumKey: string, position: number, fromReserve: boolean, replaces: string | null, status: SampledCaseStatus, case: { id: string, receivedOn: string, decidedOn: string | null, caseType: { id: string, name: string } }, review: { id: string, status: ReviewStatus, submittedAt: string | null, reviewer: { username: string, displayName: string } } | null, secondReview: { id: string, status: ReviewStatus, submittedAt: string | null, reviewer: { username: string, displayName: string } } | null }>, eliminations: Array<{ caseId: string, reason: EliminationReason, note: string | null, replacementCaseId: string | null, at: string, by: string }> } | null };

export type SampledCaseFieldsFragment = { stratumKey: string, position: number, fromReserve: boolean, replaces: string | null, status: SampledCaseStatus, case: { id: string, receivedOn: string, decidedOn: string | null, caseType: { id: string, name: string } }, review: { id: string, status: ReviewStatus, submittedAt: string | null, reviewer: { username: string, displayName: string } } | null, secondReview: { id: string, status: ReviewStatus, submittedAt: string | null, reviewer: { username: string, displayName: string } } | null };

export type SampleReviewFieldsFragment = { id: string, status: ReviewStatus, submittedAt: string | null, reviewer: { username: string, displayName: string } };

export type EliminateSampledCaseMutationVariables = Exact<{
  input: EliminationInput;
}>;


export type EliminateSampledCaseMutation = { eliminateSampledCase: { caseId: string, reason: EliminationReason, note: string | null, replacementCaseId: string | null, at: string, by: string } };

export type AssignReviewerMutationVariables = Exact<{
  input: AssignReviewerInput;
}>;


export type AssignReviewerMutation = { assignReviewer: Array<{ stratumKey: string, position: number, fromReserve: boolean, replaces: string | null, status: SampledCaseStatus, case: { id: string, receivedOn: string, decidedOn: string | null, caseType: { id: string, name: string } }, review: { id: string, status: ReviewStatus, submittedAt: string | null, reviewer: { username: string, displayName: string } } | null, secondReview: { id: string, status: ReviewStatus, submittedAt: string | null, reviewer: { username: string, displayName: string } } | null }> };

export type ReviewRoundsQueryVariables = Exact<{
  scope?: string | number | null | undefined;
}>;


export type ReviewRoundsQuery = { reviewRounds: Array<{ id: string, name: string, status: ReviewRoundStatus, createdAt: string, createdBy: string, scope: { id: string, name: string }, frame: { kind: FrameKind, asOf: string, size: number, period: { from: string, to: string } | null }, progress: { sampled: number, assigned: number, submitted: number, eliminated: number } }> };

export type MyReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReviewsQuery = { myReviews: Array<{ id: string, roundId: string, roundName: string, level: AssignmentLevel, status: ReviewStatus, savedAt: string | null, submittedAt: string | null, case: { id: string, receivedOn: string, decidedOn: string | null, caseType: { id: string, name: string }, department: { id: string, name: string } } }> };

export type ReviewerCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewerCandidatesQuery = { reviewerCandidates: Array<{ username: string, displayName: string, role: Role }> };

export type TargetInForceFragment = { indicator: IndicatorKey, value: number | null, low: number | null, high: number | null, inherited: boolean, setBy: string, setAt: string, setOn: { id: string, name: string } };

export type IndicatorTargetPanelQueryVariables = Exact<{
  department: string | number;
  indicator: IndicatorKey;
  period: PeriodInput;
  asOf: string;
}>;


export type IndicatorTargetPanelQuery = { figures: { scope: { id: string, name: string }, indicators: Array<{ key: IndicatorKey, direction: IndicatorDirection, unit: IndicatorUnit, value: number | null, withheld: boolean, reason: SuppressionReason | null, status: TargetStatus | null, target: { indicator: IndicatorKey, value: number | null, low: number | null, high: number | null, inherited: boolean, setBy: string, setAt: string, setOn: { id: string, name: string } } | null }> }, indicatorTargetHistory: Array<{ indicator: IndicatorKey, value: number | null, low: number | null, high: number | null, cleared: boolean, setBy: string, setAt: string }> };

export type SetIndicatorTargetMutationVariables = Exact<{
  input: IndicatorTargetInput;
}>;


export type SetIndicatorTargetMutation = { setIndicatorTarget: { indicator: IndicatorKey, value: number | null, low: number | null, high: number | null, inherited: boolean, setBy: string, setAt: string, setOn: { id: string, name: string } } };

export type ClearIndicatorTargetMutationVariables = Exact<{
  department: string | number;
  indicator: IndicatorKey;
}>;


export type ClearIndicatorTargetMutation = { clearIndicatorTarget: { indicator: IndicatorKey, value: number | null, low: number | null, high: number | null, inherited: boolean, setBy: string, setAt: string, setOn: { id: string, name: string } } | null };

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


export type UsersQuery = { users: Array<{ id: string, username: string, displayName: string, role: Role, departmentIds: Array<string>, usesSingleSignOn: boolean, isDemoAccount: boolean, hasPassword: boolean, disabled: boolean, createdAt: string }> };

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
export const CaseTimelineFieldsFragmentDoc = new TypedDocumentString(`
    fragment CaseTimelineFields on Case {
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
    `, {"fragmentName":"CaseTimelineFields"}) as unknown as TypedDocumentString<CaseTimelineFieldsFragment, unknown>;
export const ChecklistTemplateFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChecklistTemplateFields on ChecklistTemplate {
  version
  publishedAt
  publishedBy
  items {
    number
    text
    legalReference
    ruleType
  }
}
    `, {"fragmentName":"ChecklistTemplateFields"}) as unknown as TypedDocumentString<ChecklistTemplateFieldsFragment, unknown>;
export const CrossDepartmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment CrossDepartmentFields on CrossDepartment {
  citizens
  crossDepartmentCitizens
  crossDepartmentShare
  caseworkersPerCitizen
  caseworkersPerCrossDepartmentCitizen
  caseworkersPerOtherCitizen
  shareWithThreeOrMoreCaseworkers
  shareWithThreeOrMoreCaseworkersCrossDepartment
  shareWithThreeOrMoreCaseworkersOthers
  timelinessCrossDepartment
  decidedWithDueDateCrossDepartment
  timelinessOthers
  decidedWithDueDateOthers
  withheld
  suppressed {
    field
    reason
  }
}
    `, {"fragmentName":"CrossDepartmentFields"}) as unknown as TypedDocumentString<CrossDepartmentFieldsFragment, unknown>;
export const ComplaintTableCellFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplaintTableCellFields on ComplaintTableCell {
  count
  withheld
  reason
}
    `, {"fragmentName":"ComplaintTableCellFields"}) as unknown as TypedDocumentString<ComplaintTableCellFieldsFragment, unknown>;
export const ComplaintCategoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplaintCategoryFields on ComplaintCategoryCount {
  category
  count
  per1000Decisions
  withheld
  reason
}
    `, {"fragmentName":"ComplaintCategoryFields"}) as unknown as TypedDocumentString<ComplaintCategoryFieldsFragment, unknown>;
export const ComplaintsFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplaintsFields on Complaints {
  total
  decisions
  per1000Decisions
  byCategory {
    ...ComplaintCategoryFields
  }
  withheld
  suppressed {
    field
    reason
  }
}
    fragment ComplaintCategoryFields on ComplaintCategoryCount {
  category
  count
  per1000Decisions
  withheld
  reason
}`, {"fragmentName":"ComplaintsFields"}) as unknown as TypedDocumentString<ComplaintsFieldsFragment, unknown>;
export const AppealsFieldsFragmentDoc = new TypedDocumentString(`
    fragment AppealsFields on Appeals {
  decided
  upheld
  changed
  remitted
  dismissed
  pending
  reversalRate
  withheld
  suppressed {
    field
    reason
  }
}
    `, {"fragmentName":"AppealsFields"}) as unknown as TypedDocumentString<AppealsFieldsFragment, unknown>;
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
export const IndicatorFieldsFragmentDoc = new TypedDocumentString(`
    fragment IndicatorFields on Indicator {
  key
  theme
  direction
  unit
  value
  base
  withheld
  reason
  status
  previousValue
  previousWithheld
  trend
  target {
    value
    low
    high
    inherited
    setOn {
      id
      name
    }
  }
}
    `, {"fragmentName":"IndicatorFields"}) as unknown as TypedDocumentString<IndicatorFieldsFragment, unknown>;
export const PublicationSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublicationSettingsFields on PublicationSettings {
  published
  departmentIds
  updatedAt
  updatedBy
}
    `, {"fragmentName":"PublicationSettingsFields"}) as unknown as TypedDocumentString<PublicationSettingsFieldsFragment, unknown>;
export const ResourcesFieldsFragmentDoc = new TypedDocumentString(`
    fragment ResourcesFields on Resources {
  backlog
  headcountOnAsOf
  caseload
  decided
  averageHeadcount
  decisionsPerCaseworkerYear
  withheld
  suppressed {
    field
    reason
  }
}
    `, {"fragmentName":"ResourcesFields"}) as unknown as TypedDocumentString<ResourcesFieldsFragment, unknown>;
export const ReviewFormFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewFormFields on Review {
  id
  roundId
  roundName
  level
  status
  overall
  decision
  note
  savedAt
  submittedAt
  reviewer {
    username
    displayName
  }
  answers {
    itemNumber
    answer
    note
  }
}
    `, {"fragmentName":"ReviewFormFields"}) as unknown as TypedDocumentString<ReviewFormFieldsFragment, unknown>;
export const ProportionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProportionFields on Proportion {
  successes
  trials
  estimate
  lower
  upper
}
    `, {"fragmentName":"ProportionFields"}) as unknown as TypedDocumentString<ProportionFieldsFragment, unknown>;
export const ScopeProportionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScopeProportionFields on ScopeProportion {
  pooled {
    ...ProportionFields
  }
  stratified {
    estimate
    standardError
    lower
    upper
  }
  strata {
    stratumKey
    frameSize
    proportion {
      ...ProportionFields
    }
  }
}
    fragment ProportionFields on Proportion {
  successes
  trials
  estimate
  lower
  upper
}`, {"fragmentName":"ScopeProportionFields"}) as unknown as TypedDocumentString<ScopeProportionFieldsFragment, unknown>;
export const FollowUpActionFieldsFragmentDoc = new TypedDocumentString(`
    fragment FollowUpActionFields on FollowUpAction {
  id
  roundId
  caseId
  itemNumber
  text
  responsible
  dueOn
  status
  dropReason
  updatedAt
}
    `, {"fragmentName":"FollowUpActionFields"}) as unknown as TypedDocumentString<FollowUpActionFieldsFragment, unknown>;
export const SampleReviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment SampleReviewFields on Review {
  id
  status
  submittedAt
  reviewer {
    username
    displayName
  }
}
    `, {"fragmentName":"SampleReviewFields"}) as unknown as TypedDocumentString<SampleReviewFieldsFragment, unknown>;
export const SampledCaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment SampledCaseFields on SampledCase {
  stratumKey
  position
  fromReserve
  replaces
  status
  case {
    id
    receivedOn
    decidedOn
    caseType {
      id
      name
    }
  }
  review {
    ...SampleReviewFields
  }
  secondReview {
    ...SampleReviewFields
  }
}
    fragment SampleReviewFields on Review {
  id
  status
  submittedAt
  reviewer {
    username
    displayName
  }
}`, {"fragmentName":"SampledCaseFields"}) as unknown as TypedDocumentString<SampledCaseFieldsFragment, unknown>;
export const TargetInForceFragmentDoc = new TypedDocumentString(`
    fragment TargetInForce on IndicatorTarget {
  indicator
  value
  low
  high
  inherited
  setOn {
    id
    name
  }
  setBy
  setAt
}
    `, {"fragmentName":"TargetInForce"}) as unknown as TypedDocumentString<TargetInForceFragment, unknown>;
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
    ...CaseTimelineFields
  }
}
    fragment CaseTimelineFields on Case {
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
}`) as unknown as TypedDocumentString<CaseQuery, CaseQueryVariables>;
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
export const ChecklistTemplatesDocument = new TypedDocumentString(`
    query ChecklistTemplates {
  checklistTemplates {
    ...ChecklistTemplateFields
  }
}
    fragment ChecklistTemplateFields on ChecklistTemplate {
  version
  publishedAt
  publishedBy
  items {
    number
    text
    legalReference
    ruleType
  }
}`) as unknown as TypedDocumentString<ChecklistTemplatesQuery, ChecklistTemplatesQueryVariables>;
export const PublishChecklistTemplateDocument = new TypedDocumentString(`
    mutation PublishChecklistTemplate($input: ChecklistTemplateInput!) {
  publishChecklistTemplate(input: $input) {
    ...ChecklistTemplateFields
  }
}
    fragment ChecklistTemplateFields on ChecklistTemplate {
  version
  publishedAt
  publishedBy
  items {
    number
    text
    legalReference
    ruleType
  }
}`) as unknown as TypedDocumentString<PublishChecklistTemplateMutation, PublishChecklistTemplateMutationVariables>;
export const CitizensScopeDocument = new TypedDocumentString(`
    query CitizensScope($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
  figures(scope: $scope, period: $period, asOf: $asOf) {
    scope {
      id
      name
    }
    crossDepartment {
      ...CrossDepartmentFields
      caseworkerHistogram {
        caseworkers
        citizens
        crossDepartmentCitizens
        withheld
        reason
      }
      combinations(first: 10) {
        departments {
          id
          name
        }
        citizens
        withheld
        reason
      }
    }
  }
}
    fragment CrossDepartmentFields on CrossDepartment {
  citizens
  crossDepartmentCitizens
  crossDepartmentShare
  caseworkersPerCitizen
  caseworkersPerCrossDepartmentCitizen
  caseworkersPerOtherCitizen
  shareWithThreeOrMoreCaseworkers
  shareWithThreeOrMoreCaseworkersCrossDepartment
  shareWithThreeOrMoreCaseworkersOthers
  timelinessCrossDepartment
  decidedWithDueDateCrossDepartment
  timelinessOthers
  decidedWithDueDateOthers
  withheld
  suppressed {
    field
    reason
  }
}`) as unknown as TypedDocumentString<CitizensScopeQuery, CitizensScopeQueryVariables>;
export const CitizensDepartmentsDocument = new TypedDocumentString(`
    query CitizensDepartments($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
  figures(scope: $scope, period: $period, asOf: $asOf) {
    children {
      scope {
        id
        name
      }
      crossDepartment {
        ...CrossDepartmentFields
      }
    }
  }
}
    fragment CrossDepartmentFields on CrossDepartment {
  citizens
  crossDepartmentCitizens
  crossDepartmentShare
  caseworkersPerCitizen
  caseworkersPerCrossDepartmentCitizen
  caseworkersPerOtherCitizen
  shareWithThreeOrMoreCaseworkers
  shareWithThreeOrMoreCaseworkersCrossDepartment
  shareWithThreeOrMoreCaseworkersOthers
  timelinessCrossDepartment
  decidedWithDueDateCrossDepartment
  timelinessOthers
  decidedWithDueDateOthers
  withheld
  suppressed {
    field
    reason
  }
}`) as unknown as TypedDocumentString<CitizensDepartmentsQuery, CitizensDepartmentsQueryVariables>;
export const CrossDepartmentCitizensDocument = new TypedDocumentString(`
    query CrossDepartmentCitizens($scope: ID!, $period: PeriodInput!, $asOf: Date!, $first: Int, $offset: Int) {
  crossDepartmentCitizens(
    scope: $scope
    period: $period
    asOf: $asOf
    first: $first
    offset: $offset
  ) {
    total
    citizens {
      pseudonym
      departments {
        id
        name
      }
      activeCases
      caseworkers
    }
  }
}
    `) as unknown as TypedDocumentString<CrossDepartmentCitizensQuery, CrossDepartmentCitizensQueryVariables>;
export const CitizenDocument = new TypedDocumentString(`
    query Citizen($pseudonym: String!, $asOf: Date) {
  citizen(pseudonym: $pseudonym, asOf: $asOf) {
    pseudonym
    asOf
    cases {
      ...CaseTimelineFields
    }
    departments {
      id
      name
    }
    otherCases
  }
}
    fragment CaseTimelineFields on Case {
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
}`) as unknown as TypedDocumentString<CitizenQuery, CitizenQueryVariables>;
export const CommitteeReportDocument = new TypedDocumentString(`
    query CommitteeReport($scope: ID!, $period: PeriodInput!, $asOf: Date!, $keys: [IndicatorKey!]) {
  figures(scope: $scope, period: $period, asOf: $asOf) {
    scope {
      id
      name
    }
    indicators(keys: $keys) {
      ...IndicatorFields
    }
    children {
      scope {
        id
        name
      }
      indicators(keys: $keys) {
        ...IndicatorFields
      }
    }
  }
}
    fragment IndicatorFields on Indicator {
  key
  theme
  direction
  unit
  value
  base
  withheld
  reason
  status
  previousValue
  previousWithheld
  trend
  target {
    value
    low
    high
    inherited
    setOn {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<CommitteeReportQuery, CommitteeReportQueryVariables>;
export const ComplaintsScopeDocument = new TypedDocumentString(`
    query ComplaintsScope($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
  figures(scope: $scope, period: $period, asOf: $asOf) {
    scope {
      id
      name
    }
    complaints {
      ...ComplaintsFields
    }
    appeals {
      ...AppealsFields
    }
  }
}
    fragment ComplaintCategoryFields on ComplaintCategoryCount {
  category
  count
  per1000Decisions
  withheld
  reason
}
fragment ComplaintsFields on Complaints {
  total
  decisions
  per1000Decisions
  byCategory {
    ...ComplaintCategoryFields
  }
  withheld
  suppressed {
    field
    reason
  }
}
fragment AppealsFields on Appeals {
  decided
  upheld
  changed
  remitted
  dismissed
  pending
  reversalRate
  withheld
  suppressed {
    field
    reason
  }
}`) as unknown as TypedDocumentString<ComplaintsScopeQuery, ComplaintsScopeQueryVariables>;
export const ComplaintsDepartmentsDocument = new TypedDocumentString(`
    query ComplaintsDepartments($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
  figures(scope: $scope, period: $period, asOf: $asOf) {
    complaintsByDepartment {
      categories
      rows {
        department {
          id
          name
        }
        cells {
          ...ComplaintTableCellFields
        }
        total {
          ...ComplaintTableCellFields
        }
        decisions
        per1000Decisions
        per1000Withheld
      }
      columnTotals {
        ...ComplaintTableCellFields
      }
      total {
        ...ComplaintTableCellFields
      }
    }
    children {
      scope {
        id
        name
      }
      appeals {
        ...AppealsFields
      }
    }
  }
}
    fragment ComplaintTableCellFields on ComplaintTableCell {
  count
  withheld
  reason
}
fragment AppealsFields on Appeals {
  decided
  upheld
  changed
  remitted
  dismissed
  pending
  reversalRate
  withheld
  suppressed {
    field
    reason
  }
}`) as unknown as TypedDocumentString<ComplaintsDepartmentsQuery, ComplaintsDepartmentsQueryVariables>;
export const ComplaintsOverTimeDocument = new TypedDocumentString(`
    query ComplaintsOverTime($scope: ID!, $period: PeriodInput!, $asOf: Date!, $granularity: Granularity!) {
  figures(scope: $scope, period: $period, asOf: $asOf) {
    complaintsOverTime(granularity: $granularity) {
      from
      to
      total
      decisions
      per1000Decisions
      byCategory {
        ...ComplaintCategoryFields
      }
      withheld
      suppressed {
        field
        reason
      }
    }
  }
}
    fragment ComplaintCategoryFields on ComplaintCategoryCount {
  category
  count
  per1000Decisions
  withheld
  reason
}`) as unknown as TypedDocumentString<ComplaintsOverTimeQuery, ComplaintsOverTimeQueryVariables>;
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
export const IndicatorOverviewDocument = new TypedDocumentString(`
    query IndicatorOverview($scope: ID!, $period: PeriodInput!, $asOf: Date!, $keys: [IndicatorKey!]) {
  figures(scope: $scope, period: $period, asOf: $asOf) {
    scope {
      id
      name
    }
    indicators(keys: $keys) {
      ...IndicatorFields
      quarters {
        from
        to
        value
        withheld
      }
    }
    children {
      scope {
        id
        name
      }
      indicators(keys: $keys) {
        ...IndicatorFields
        quarters {
          from
          to
          value
          withheld
        }
      }
    }
  }
}
    fragment IndicatorFields on Indicator {
  key
  theme
  direction
  unit
  value
  base
  withheld
  reason
  status
  previousValue
  previousWithheld
  trend
  target {
    value
    low
    high
    inherited
    setOn {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<IndicatorOverviewQuery, IndicatorOverviewQueryVariables>;
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
export const ResourcesFiguresDocument = new TypedDocumentString(`
    query ResourcesFigures($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
  figures(scope: $scope, period: $period, asOf: $asOf) {
    scope {
      id
      name
    }
    resources {
      ...ResourcesFields
    }
    children {
      scope {
        id
        name
      }
      resources {
        ...ResourcesFields
      }
    }
  }
}
    fragment ResourcesFields on Resources {
  backlog
  headcountOnAsOf
  caseload
  decided
  averageHeadcount
  decisionsPerCaseworkerYear
  withheld
  suppressed {
    field
    reason
  }
}`) as unknown as TypedDocumentString<ResourcesFiguresQuery, ResourcesFiguresQueryVariables>;
export const ReviewRoundVerificationDocument = new TypedDocumentString(`
    query ReviewRoundVerification($id: ID!) {
  reviewRound(id: $id) {
    id
    verification {
      sampleIdentical
      frameUnchanged
      differenceCount
      differences {
        kind
        stratumKey
        caseId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewRoundVerificationQuery, ReviewRoundVerificationQueryVariables>;
export const ReviewRoundEventsDocument = new TypedDocumentString(`
    query ReviewRoundEvents($id: ID!) {
  reviewRound(id: $id) {
    id
    events {
      at
      by
      kind
      caseId
      detail
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewRoundEventsQuery, ReviewRoundEventsQueryVariables>;
export const ReviewDocument = new TypedDocumentString(`
    query Review($id: ID!) {
  review(id: $id) {
    ...ReviewFormFields
    case {
      ...CaseTimelineFields
    }
    checklist {
      version
      items {
        number
        text
        legalReference
        ruleType
      }
    }
  }
}
    fragment CaseTimelineFields on Case {
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
fragment ReviewFormFields on Review {
  id
  roundId
  roundName
  level
  status
  overall
  decision
  note
  savedAt
  submittedAt
  reviewer {
    username
    displayName
  }
  answers {
    itemNumber
    answer
    note
  }
}`) as unknown as TypedDocumentString<ReviewQuery, ReviewQueryVariables>;
export const SaveReviewDraftDocument = new TypedDocumentString(`
    mutation SaveReviewDraft($input: ReviewDraftInput!) {
  saveReviewDraft(input: $input) {
    ...ReviewFormFields
  }
}
    fragment ReviewFormFields on Review {
  id
  roundId
  roundName
  level
  status
  overall
  decision
  note
  savedAt
  submittedAt
  reviewer {
    username
    displayName
  }
  answers {
    itemNumber
    answer
    note
  }
}`) as unknown as TypedDocumentString<SaveReviewDraftMutation, SaveReviewDraftMutationVariables>;
export const SubmitReviewDocument = new TypedDocumentString(`
    mutation SubmitReview($input: ReviewDraftInput!) {
  submitReview(input: $input) {
    ...ReviewFormFields
  }
}
    fragment ReviewFormFields on Review {
  id
  roundId
  roundName
  level
  status
  overall
  decision
  note
  savedAt
  submittedAt
  reviewer {
    username
    displayName
  }
  answers {
    itemNumber
    answer
    note
  }
}`) as unknown as TypedDocumentString<SubmitReviewMutation, SubmitReviewMutationVariables>;
export const ReopenReviewDocument = new TypedDocumentString(`
    mutation ReopenReview($id: ID!, $reason: String!) {
  reopenReview(id: $id, reason: $reason) {
    ...ReviewFormFields
  }
}
    fragment ReviewFormFields on Review {
  id
  roundId
  roundName
  level
  status
  overall
  decision
  note
  savedAt
  submittedAt
  reviewer {
    username
    displayName
  }
  answers {
    itemNumber
    answer
    note
  }
}`) as unknown as TypedDocumentString<ReopenReviewMutation, ReopenReviewMutationVariables>;
export const ReviewPlanCaseTypesDocument = new TypedDocumentString(`
    query ReviewPlanCaseTypes($scope: ID) {
  caseTypes(scope: $scope) {
    id
    name
    department {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewPlanCaseTypesQuery, ReviewPlanCaseTypesQueryVariables>;
export const ReviewRoundPlanDocument = new TypedDocumentString(`
    query ReviewRoundPlan($input: ReviewPlanInput!) {
  reviewRoundPlan(input: $input) {
    frameSize
    allocated
    strata {
      key
      frameSize
      allocated
      department {
        id
        name
      }
      caseType {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewRoundPlanQuery, ReviewRoundPlanQueryVariables>;
export const SampleSizeDocument = new TypedDocumentString(`
    query SampleSize($input: SampleSizeInput!) {
  sampleSize(input: $input) {
    frameSize
    byMargin
    binomial
    hypergeometric
  }
}
    `) as unknown as TypedDocumentString<SampleSizeQuery, SampleSizeQueryVariables>;
export const CreateReviewRoundDocument = new TypedDocumentString(`
    mutation CreateReviewRound($input: ReviewRoundInput!) {
  createReviewRound(input: $input) {
    id
    seed
  }
}
    `) as unknown as TypedDocumentString<CreateReviewRoundMutation, CreateReviewRoundMutationVariables>;
export const ReviewRoundResultsDocument = new TypedDocumentString(`
    query ReviewRoundResults($id: ID!) {
  reviewRound(id: $id) {
    id
    results {
      reviewed
      minorDeficiencies
      significantDeficiencies
      previousRoundId
      inOrderChangeSincePrevious
      items {
        notRelevant
        changeSincePrevious
        item {
          number
          text
          legalReference
          ruleType
        }
        compliance {
          ...ScopeProportionFields
        }
      }
      inOrder {
        ...ScopeProportionFields
      }
      mandatoryBreach {
        ...ScopeProportionFields
      }
      upheld {
        ...ProportionFields
      }
      changed {
        ...ProportionFields
      }
      remitted {
        ...ProportionFields
      }
    }
    agreement {
      firstReviewer
      secondReviewer
      cases
      items
      percentAgreement
      kappa
    }
  }
}
    fragment ProportionFields on Proportion {
  successes
  trials
  estimate
  lower
  upper
}
fragment ScopeProportionFields on ScopeProportion {
  pooled {
    ...ProportionFields
  }
  stratified {
    estimate
    standardError
    lower
    upper
  }
  strata {
    stratumKey
    frameSize
    proportion {
      ...ProportionFields
    }
  }
}`) as unknown as TypedDocumentString<ReviewRoundResultsQuery, ReviewRoundResultsQueryVariables>;
export const DrawSecondReviewsDocument = new TypedDocumentString(`
    mutation DrawSecondReviews($roundId: ID!, $share: Float) {
  drawSecondReviews(roundId: $roundId, share: $share) {
    stratumKey
    position
    case {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DrawSecondReviewsMutation, DrawSecondReviewsMutationVariables>;
export const ReviewRoundActionsDocument = new TypedDocumentString(`
    query ReviewRoundActions($id: ID!) {
  reviewRound(id: $id) {
    id
    status
    actions {
      ...FollowUpActionFields
    }
  }
}
    fragment FollowUpActionFields on FollowUpAction {
  id
  roundId
  caseId
  itemNumber
  text
  responsible
  dueOn
  status
  dropReason
  updatedAt
}`) as unknown as TypedDocumentString<ReviewRoundActionsQuery, ReviewRoundActionsQueryVariables>;
export const AddFollowUpActionDocument = new TypedDocumentString(`
    mutation AddFollowUpAction($input: FollowUpActionInput!) {
  addFollowUpAction(input: $input) {
    ...FollowUpActionFields
  }
}
    fragment FollowUpActionFields on FollowUpAction {
  id
  roundId
  caseId
  itemNumber
  text
  responsible
  dueOn
  status
  dropReason
  updatedAt
}`) as unknown as TypedDocumentString<AddFollowUpActionMutation, AddFollowUpActionMutationVariables>;
export const UpdateFollowUpActionDocument = new TypedDocumentString(`
    mutation UpdateFollowUpAction($input: FollowUpActionUpdateInput!) {
  updateFollowUpAction(input: $input) {
    ...FollowUpActionFields
  }
}
    fragment FollowUpActionFields on FollowUpAction {
  id
  roundId
  caseId
  itemNumber
  text
  responsible
  dueOn
  status
  dropReason
  updatedAt
}`) as unknown as TypedDocumentString<UpdateFollowUpActionMutation, UpdateFollowUpActionMutationVariables>;
export const CloseReviewRoundDocument = new TypedDocumentString(`
    mutation CloseReviewRound($id: ID!) {
  closeReviewRound(id: $id) {
    id
    status
    closedAt
  }
}
    `) as unknown as TypedDocumentString<CloseReviewRoundMutation, CloseReviewRoundMutationVariables>;
export const ReviewRoundDocument = new TypedDocumentString(`
    query ReviewRound($id: ID!) {
  reviewRound(id: $id) {
    id
    name
    status
    createdAt
    createdBy
    closedAt
    seed
    reserveShare
    stratification
    allocationMethod
    scope {
      id
      name
    }
    frame {
      kind
      period {
        from
        to
      }
      asOf
      caseTypes
      excludeEarlierRounds
      size
    }
    checklist {
      version
      items {
        number
        text
        legalReference
        ruleType
      }
    }
    strata {
      key
      frameSize
      allocated
      department {
        id
        name
      }
      caseType {
        id
        name
      }
    }
    progress {
      sampled
      assigned
      submitted
      eliminated
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewRoundQuery, ReviewRoundQueryVariables>;
export const ReviewRoundSampleDocument = new TypedDocumentString(`
    query ReviewRoundSample($id: ID!) {
  reviewRound(id: $id) {
    id
    sample {
      ...SampledCaseFields
    }
    eliminations {
      caseId
      reason
      note
      replacementCaseId
      at
      by
    }
  }
}
    fragment SampledCaseFields on SampledCase {
  stratumKey
  position
  fromReserve
  replaces
  status
  case {
    id
    receivedOn
    decidedOn
    caseType {
      id
      name
    }
  }
  review {
    ...SampleReviewFields
  }
  secondReview {
    ...SampleReviewFields
  }
}
fragment SampleReviewFields on Review {
  id
  status
  submittedAt
  reviewer {
    username
    displayName
  }
}`) as unknown as TypedDocumentString<ReviewRoundSampleQuery, ReviewRoundSampleQueryVariables>;
export const EliminateSampledCaseDocument = new TypedDocumentString(`
    mutation EliminateSampledCase($input: EliminationInput!) {
  eliminateSampledCase(input: $input) {
    caseId
    reason
    note
    replacementCaseId
    at
    by
  }
}
    `) as unknown as TypedDocumentString<EliminateSampledCaseMutation, EliminateSampledCaseMutationVariables>;
export const AssignReviewerDocument = new TypedDocumentString(`
    mutation AssignReviewer($input: AssignReviewerInput!) {
  assignReviewer(input: $input) {
    ...SampledCaseFields
  }
}
    fragment SampledCaseFields on SampledCase {
  stratumKey
  position
  fromReserve
  replaces
  status
  case {
    id
    receivedOn
    decidedOn
    caseType {
      id
      name
    }
  }
  review {
    ...SampleReviewFields
  }
  secondReview {
    ...SampleReviewFields
  }
}
fragment SampleReviewFields on Review {
  id
  status
  submittedAt
  reviewer {
    username
    displayName
  }
}`) as unknown as TypedDocumentString<AssignReviewerMutation, AssignReviewerMutationVariables>;
export const ReviewRoundsDocument = new TypedDocumentString(`
    query ReviewRounds($scope: ID) {
  reviewRounds(scope: $scope) {
    id
    name
    status
    createdAt
    createdBy
    scope {
      id
      name
    }
    frame {
      kind
      period {
        from
        to
      }
      asOf
      size
    }
    progress {
      sampled
      assigned
      submitted
      eliminated
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewRoundsQuery, ReviewRoundsQueryVariables>;
export const MyReviewsDocument = new TypedDocumentString(`
    query MyReviews {
  myReviews {
    id
    roundId
    roundName
    level
    status
    savedAt
    submittedAt
    case {
      id
      receivedOn
      decidedOn
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
    `) as unknown as TypedDocumentString<MyReviewsQuery, MyReviewsQueryVariables>;
export const ReviewerCandidatesDocument = new TypedDocumentString(`
    query ReviewerCandidates {
  reviewerCandidates {
    username
    displayName
    role
  }
}
    `) as unknown as TypedDocumentString<ReviewerCandidatesQuery, ReviewerCandidatesQueryVariables>;
export const IndicatorTargetPanelDocument = new TypedDocumentString(`
    query IndicatorTargetPanel($department: ID!, $indicator: IndicatorKey!, $period: PeriodInput!, $asOf: Date!) {
  figures(scope: $department, period: $period, asOf: $asOf) {
    scope {
      id
      name
    }
    indicators(keys: [$indicator]) {
      key
      direction
      unit
      value
      withheld
      reason
      status
      target {
        ...TargetInForce
      }
    }
  }
  indicatorTargetHistory(department: $department, indicator: $indicator) {
    indicator
    value
    low
    high
    cleared
    setBy
    setAt
  }
}
    fragment TargetInForce on IndicatorTarget {
  indicator
  value
  low
  high
  inherited
  setOn {
    id
    name
  }
  setBy
  setAt
}`) as unknown as TypedDocumentString<IndicatorTargetPanelQuery, IndicatorTargetPanelQueryVariables>;
export const SetIndicatorTargetDocument = new TypedDocumentString(`
    mutation SetIndicatorTarget($input: IndicatorTargetInput!) {
  setIndicatorTarget(input: $input) {
    ...TargetInForce
  }
}
    fragment TargetInForce on IndicatorTarget {
  indicator
  value
  low
  high
  inherited
  setOn {
    id
    name
  }
  setBy
  setAt
}`) as unknown as TypedDocumentString<SetIndicatorTargetMutation, SetIndicatorTargetMutationVariables>;
export const ClearIndicatorTargetDocument = new TypedDocumentString(`
    mutation ClearIndicatorTarget($department: ID!, $indicator: IndicatorKey!) {
  clearIndicatorTarget(department: $department, indicator: $indicator) {
    ...TargetInForce
  }
}
    fragment TargetInForce on IndicatorTarget {
  indicator
  value
  low
  high
  inherited
  setOn {
    id
    name
  }
  setBy
  setAt
}`) as unknown as TypedDocumentString<ClearIndicatorTargetMutation, ClearIndicatorTargetMutationVariables>;
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
    isDemoAccount
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