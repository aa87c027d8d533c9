import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DepartmentModel, CaseTypeModel, CaseModel, ScopeFiguresModel, DataStatusModel, ImportBatchModel, DeadlineModel, ContactModel, AppealModel, PeriodModel, ViewerModel, UserModel, ApiTokenModel, IssuedApiTokenModel, AccessLogEntryModel, AccessLogPageModel, CaseworkerFiguresModel } from './models.js';
import type { ReviewRoundModel, StratumModel, SampledCaseModel, ReviewModel, FollowUpActionModel, ChecklistTemplateModel, ChecklistItemModel } from '../reviews/models.js';
import type { IndicatorTargetModel, IndicatorTargetChangeModel } from '../targets/models.js';
import type { IndicatorModel } from '../indicators/models.js';
import type { CrossDepartmentModel, DepartmentCombinationModel, CrossDepartmentCitizenModel, CitizenOverviewModel } from '../citizens/models.js';
import type { ComplaintTableRowModel } from '../complaints/table.js';
import type { RequestContext } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO form `YYYY-MM-DD` (Danish local dates). */
  Date: { input: string; output: string; }
  /** An instant in ISO 8601 form with time zone, e.g. `2026-11-23T13:45:00.000Z`. */
  DateTime: { input: string; output: string; }
};

/** One read of personal data. */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  at: Scalars['DateTime']['output'];
  caseIds: Array<Scalars['ID']['output']>;
  citizenPseudonyms: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The API operation, e.g. `Query.case`. */
  operation: Scalars['String']['output'];
  /** Why: CASE_VIEW, REVIEW_ROUND, OVERDUE_LIST, CITIZEN_OVERVIEW, DATA_QUALITY or EXPORT. */
  purpose: Scalars['String']['output'];
  /** What the purpose refers to, e.g. the review round id. */
  purposeReference?: Maybe<Scalars['String']['output']>;
  requestId: Scalars['String']['output'];
  role: Role;
  username: Scalars['String']['output'];
  /** How the user signed in: SESSION (browser) or TOKEN (script). */
  via: Scalars['String']['output'];
};

export type AccessLogFilterInput = {
  caseId?: InputMaybe<Scalars['ID']['input']>;
  citizenPseudonym?: InputMaybe<Scalars['String']['input']>;
  /** First day (Copenhagen time), inclusive. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Last day (Copenhagen time), inclusive. */
  to?: InputMaybe<Scalars['Date']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
};

export type AccessLogPage = {
  __typename?: 'AccessLogPage';
  entries: Array<AccessLogEntry>;
  /** True when more entries follow `offset + first`. */
  hasMore: Scalars['Boolean']['output'];
};

export type AddUserInput = {
  /** The user's own imported `caseworker_id`, if they also handle cases: they may never review a case they held. */
  caseworkerId?: InputMaybe<Scalars['ID']['input']>;
  departmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  role: Role;
  /** 2–64 characters: lower-case letters, digits and . _ @ - */
  username: Scalars['String']['input'];
};

/** One age band of the backlog (`0-30`, `31-60`, `61-90`, `91-180`, `181-365`, `>365` days). */
export type AgeBand = {
  __typename?: 'AgeBand';
  /** Open cases of this age; null when withheld. */
  count?: Maybe<Scalars['Int']['output']>;
  /** The band: `0-30`, `31-60`, `61-90`, `91-180`, `181-365` or `>365` days since received. */
  label: Scalars['String']['output'];
  /** Why the count was withheld (BELOW_FIVE, or SECONDARY to protect another band); null when shown. */
  reason?: Maybe<SuppressionReason>;
  /** True when disclosure control withheld the count. */
  withheld: Scalars['Boolean']['output'];
};

export type AllocationInput = {
  method: AllocationMethod;
  /** Cases per stratum (EQUAL). */
  perStratum?: InputMaybe<Scalars['Int']['input']>;
  /** The planned sample size (PROPORTIONAL). */
  total?: InputMaybe<Scalars['Int']['input']>;
};

export type AllocationMethod =
  /** The same number per stratum (`perStratum`), never more than the stratum holds. */
  | 'EQUAL'
  /** `total` split by frame size, largest remainders, at least one per non-empty stratum. */
  | 'PROPORTIONAL';

/** An API token for scripts; acts as its user. */
export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  username: Scalars['String']['output'];
};

/** An appeal of a case's decision to the national appeals board (Ankestyrelsen). */
export type Appeal = {
  __typename?: 'Appeal';
  /** The day the appeal was lodged. */
  appealedOn: Scalars['Date']['output'];
  /** The day the board decided; null while pending. */
  decidedOn?: Maybe<Scalars['Date']['output']>;
  /** The board's decision; null while pending. */
  outcome?: Maybe<AppealOutcome>;
};

/** The national appeals board's decision on an appeal. */
export type AppealOutcome =
  | 'CHANGED'
  | 'DISMISSED'
  | 'REMITTED'
  | 'UPHELD';

/**
 * Appeals to the national appeals board on the scope's cases. The reversal rate covers appealed
 * cases only: it says nothing about decisions nobody appealed.
 */
export type Appeals = {
  __typename?: 'Appeals';
  changed?: Maybe<Scalars['Int']['output']>;
  /** Appeals decided in the period (as known on the as-of date), dismissed ones included. */
  decided?: Maybe<Scalars['Int']['output']>;
  dismissed?: Maybe<Scalars['Int']['output']>;
  /** Appeals lodged on or before the as-of date and not decided by then. */
  pending?: Maybe<Scalars['Int']['output']>;
  remitted?: Maybe<Scalars['Int']['output']>;
  /** (changed + remitted) ÷ (upheld + changed + remitted); dismissed appeals are not in the denominator; null at 0. */
  reversalRate?: Maybe<Scalars['Float']['output']>;
  suppressed: Array<Suppression>;
  upheld?: Maybe<Scalars['Int']['output']>;
  withheld: Scalars['Boolean']['output'];
};

export type AssignReviewerInput = {
  caseIds: Array<Scalars['ID']['input']>;
  level?: InputMaybe<AssignmentLevel>;
  roundId: Scalars['ID']['input'];
  username: Scalars['String']['input'];
};

/** A period in which a caseworker held a case. */
export type Assignment = {
  __typename?: 'Assignment';
  /** The caseworker who held the case. */
  caseworker: Caseworker;
  /** First day held. */
  from: Scalars['Date']['output'];
  /** Last day held (inclusive); null while still held. */
  to?: Maybe<Scalars['Date']['output']>;
};

export type AssignmentLevel =
  | 'FIRST'
  | 'SECOND';

/** The open cases on the as-of date. */
export type Backlog = {
  __typename?: 'Backlog';
  /** The open cases by age (as-of date − received date), youngest first. */
  ageBands: Array<AgeBand>;
  /** Open with a due date before the as-of date. */
  overdue?: Maybe<Scalars['Int']['output']>;
  /** The withheld fields of this object and why. */
  suppressed: Array<Suppression>;
  /** Cases received on or before the as-of date, neither decided nor closed then. */
  total?: Maybe<Scalars['Int']['output']>;
  /** Open cases that have a due date. */
  withDueDate?: Maybe<Scalars['Int']['output']>;
  /** True when disclosure control withheld any count of this object (see `suppressed`). */
  withheld: Scalars['Boolean']['output'];
};

/** A five-number summary of processing days. */
export type BoxPlot = {
  __typename?: 'BoxPlot';
  /** How many cases the summary is over. */
  count?: Maybe<Scalars['Int']['output']>;
  /** The longest processing time (days). */
  max?: Maybe<Scalars['Float']['output']>;
  /** The median. */
  median?: Maybe<Scalars['Float']['output']>;
  /** The shortest processing time (days). */
  min?: Maybe<Scalars['Float']['output']>;
  /** The first quartile. */
  q1?: Maybe<Scalars['Float']['output']>;
  /** The third quartile. */
  q3?: Maybe<Scalars['Float']['output']>;
  /** The withheld fields of this object and why. */
  suppressed: Array<Suppression>;
  /** True when disclosure control withheld any figure of this object (see `suppressed`). */
  withheld: Scalars['Boolean']['output'];
};

/** One citizen's application or matter, with its timeline. */
export type Case = {
  __typename?: 'Case';
  /** Appeals to the national appeals board, oldest first. */
  appeals: Array<Appeal>;
  /** Who held the case when, oldest first. */
  assignments: Array<Assignment>;
  /** The case type. */
  caseType: CaseType;
  /** The citizen's pseudonym (a CPR number is never stored). */
  citizenPseudonym: Scalars['String']['output'];
  /** The day the case was closed; null while open. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** Contacts with the citizen, oldest first. */
  contacts: Array<Contact>;
  /** The deadline in force on the day of reception; null when the type had none. */
  deadline?: Maybe<Deadline>;
  /** The day of the decision; null while undecided. */
  decidedOn?: Maybe<Scalars['Date']['output']>;
  /** The department handling the case. */
  department: Department;
  /** The due date: reception plus the deadline in force; null without a deadline. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** The imported `case_id`. */
  id: Scalars['ID']['output'];
  /** How the case ended; null while open. */
  outcome?: Maybe<CaseOutcome>;
  /** The day the application was received. */
  receivedOn: Scalars['Date']['output'];
};

/** How a case ended. */
export type CaseOutcome =
  | 'DISMISSED'
  | 'GRANTED'
  | 'PARTIALLY_GRANTED'
  | 'REFUSED'
  | 'WITHDRAWN';

/** A kind of application or matter, e.g. "Merudgifter til børn" under Serviceloven § 41. */
export type CaseType = {
  __typename?: 'CaseType';
  /** The deadline in force for cases received on `date`; null when none was in force. */
  deadlineOn?: Maybe<Deadline>;
  /** Every published deadline of the type, oldest first. */
  deadlines: Array<Deadline>;
  /** The department that owns the case type. */
  department: Department;
  /** The imported `case_type_id`. */
  id: Scalars['ID']['output'];
  /** The legal basis, e.g. "Serviceloven § 41"; null if not given. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** The case type's name. */
  name: Scalars['String']['output'];
};


/** A kind of application or matter, e.g. "Merudgifter til børn" under Serviceloven § 41. */
export type CaseTypeDeadlineOnArgs = {
  date: Scalars['Date']['input'];
};

/** Deadline figures for one case type in the scope. */
export type CaseTypeDeadlineFigures = {
  __typename?: 'CaseTypeDeadlineFigures';
  /** The case type. */
  caseType: CaseType;
  /** The deadline in force on the period's last day; null when none. */
  deadlineInForce?: Maybe<Deadline>;
  /** Processing days for a box plot: min, quartiles, max (percentile_cont). */
  distribution: BoxPlot;
  /** Processing days of those cases: p50, p80, p90. */
  processingTime: Percentiles;
  /** Deadline realism: p80/p90 against the deadline, and the smallest deadline giving ≥ 85 % on time. */
  realism: DeadlineRealism;
  /** Timeliness of the type's cases in the scope decided in the period. */
  timeliness: Timeliness;
};

/** A caseworker (sagsbehandler). */
export type Caseworker = {
  __typename?: 'Caseworker';
  /** The caseworker's display name. */
  displayName: Scalars['String']['output'];
  /** The imported `caseworker_id`. */
  id: Scalars['ID']['output'];
};

/** Citizens with a given number of distinct caseworkers in the period. */
export type CaseworkerCountBin = {
  __typename?: 'CaseworkerCountBin';
  caseworkers: Scalars['Int']['output'];
  /** All citizens with an active case and this many caseworkers. */
  citizens?: Maybe<Scalars['Int']['output']>;
  /** Of them, cross-department citizens. */
  crossDepartmentCitizens?: Maybe<Scalars['Int']['output']>;
  reason?: Maybe<SuppressionReason>;
  withheld: Scalars['Boolean']['output'];
};

/** One caseworker's figures in a scope and period. */
export type CaseworkerFigures = {
  __typename?: 'CaseworkerFigures';
  /** The caseworker. */
  caseworker: Caseworker;
  /** Cases decided in the period whose last assignment before the decision was this caseworker. */
  decidedCases: Scalars['Int']['output'];
  /** The department of the caseworker's latest employment period in the scope (as of the as-of date). */
  department: Department;
  /** First day of that employment period. */
  employedFrom: Scalars['Date']['output'];
  /** Last day of that employment period; null when still employed on the as-of date. */
  employedTo?: Maybe<Scalars['Date']['output']>;
  /** Why that period ended; null while it has not ended (as of the as-of date). */
  endReason?: Maybe<EndReason>;
  /** Changes in the period where this caseworker handed a case over to another. */
  handovers: Scalars['Int']['output'];
  /** Open cases assigned to the caseworker on the as-of date. */
  openCases: Scalars['Int']['output'];
};

/** How many cases had a given number of caseworker changes. */
export type ChangesBin = {
  __typename?: 'ChangesBin';
  cases?: Maybe<Scalars['Int']['output']>;
  changes: Scalars['Int']['output'];
  reason?: Maybe<SuppressionReason>;
  withheld: Scalars['Boolean']['output'];
};

export type ChecklistAnswer =
  | 'NO'
  | 'NOT_RELEVANT'
  | 'YES';

export type ChecklistItem = {
  __typename?: 'ChecklistItem';
  /** The legal reference, e.g. "Forvaltningsloven § 19". */
  legalReference?: Maybe<Scalars['String']['output']>;
  /** 1-based number within the template. */
  number: Scalars['Int']['output'];
  ruleType: ChecklistRuleType;
  /** Danish text. */
  text: Scalars['String']['output'];
};

export type ChecklistItemInput = {
  legalReference?: InputMaybe<Scalars['String']['input']>;
  ruleType: ChecklistRuleType;
  text: Scalars['String']['input'];
};

export type ChecklistRuleType =
  /** A safeguard rule (garantiforskrift): a breach can make the decision invalid. */
  | 'MANDATORY_SAFEGUARD'
  /** A procedural rule (ordensforskrift). */
  | 'PROCEDURAL';

export type ChecklistTemplate = {
  __typename?: 'ChecklistTemplate';
  items: Array<ChecklistItem>;
  publishedAt: Scalars['DateTime']['output'];
  publishedBy: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type ChecklistTemplateInput = {
  items: Array<ChecklistItemInput>;
};

/** One citizen's cases across departments, for a coordinator (tovholder). */
export type CitizenOverview = {
  __typename?: 'CitizenOverview';
  /** The as-of date the cases are shown as known on. */
  asOf: Scalars['Date']['output'];
  /** The cases the viewer may read, by received date; each with its timeline (assignments, contacts, decision, appeals). */
  cases: Array<Case>;
  /** The departments of all the citizen's cases (also those the viewer may not open), by id. */
  departments: Array<Department>;
  /** The citizen's cases the viewer may not open (managers: outside their units). */
  otherCases: Scalars['Int']['output'];
  pseudonym: Scalars['String']['output'];
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

/** Complaints of one category. */
export type ComplaintCategoryCount = {
  __typename?: 'ComplaintCategoryCount';
  category: ComplaintCategory;
  count?: Maybe<Scalars['Int']['output']>;
  /** count × 1000 ÷ the cases decided in the period in scope; null when none were decided. */
  per1000Decisions?: Maybe<Scalars['Float']['output']>;
  /** Why `count` or `per1000Decisions` is withheld (committee only). */
  reason?: Maybe<SuppressionReason>;
  withheld: Scalars['Boolean']['output'];
};

/** Complaints in one month or quarter of the period. */
export type ComplaintPeriod = {
  __typename?: 'ComplaintPeriod';
  byCategory: Array<ComplaintCategoryCount>;
  decisions?: Maybe<Scalars['Int']['output']>;
  from: Scalars['Date']['output'];
  per1000Decisions?: Maybe<Scalars['Float']['output']>;
  suppressed: Array<Suppression>;
  to: Scalars['Date']['output'];
  total?: Maybe<Scalars['Int']['output']>;
  withheld: Scalars['Boolean']['output'];
};

/** Complaints per child department (rows, by name) and category (columns) with both margins. */
export type ComplaintTable = {
  __typename?: 'ComplaintTable';
  categories: Array<ComplaintCategory>;
  /** Per category over the rows. */
  columnTotals: Array<ComplaintTableCell>;
  rows: Array<ComplaintTableRow>;
  /** All complaints of the rows. */
  total: ComplaintTableCell;
};

/** One cell of a complaints table: a count, or withheld. */
export type ComplaintTableCell = {
  __typename?: 'ComplaintTableCell';
  count?: Maybe<Scalars['Int']['output']>;
  reason?: Maybe<SuppressionReason>;
  withheld: Scalars['Boolean']['output'];
};

/** One child department's complaints by category. */
export type ComplaintTableRow = {
  __typename?: 'ComplaintTableRow';
  /** One cell per category, in the order of `ComplaintTable.categories`. */
  cells: Array<ComplaintTableCell>;
  /** Cases decided in the period in the department (the per-1,000 base). */
  decisions?: Maybe<Scalars['Int']['output']>;
  department: Department;
  /** total × 1000 ÷ decisions; withheld with the total or on a base below 5. */
  per1000Decisions?: Maybe<Scalars['Float']['output']>;
  per1000Withheld: Scalars['Boolean']['output'];
  /** The department's complaints in all categories (a margin: not itself protected beyond "< 5"). */
  total: ComplaintTableCell;
};

/** Complaints to the citizens' advisor received in the period (as known on the as-of date) by the complaint's department. */
export type Complaints = {
  __typename?: 'Complaints';
  /** One entry per category, in the order of the enum; with the total, suppressed as a table for the committee. */
  byCategory: Array<ComplaintCategoryCount>;
  /** Cases decided in the period in scope: the base of every per-1,000 figure. */
  decisions?: Maybe<Scalars['Int']['output']>;
  /** total × 1000 ÷ decisions; null when none were decided. */
  per1000Decisions?: Maybe<Scalars['Float']['output']>;
  suppressed: Array<Suppression>;
  total?: Maybe<Scalars['Int']['output']>;
  withheld: Scalars['Boolean']['output'];
};

/** A contact between the citizen and a caseworker on a case. */
export type Contact = {
  __typename?: 'Contact';
  /** The caseworker in contact with the citizen. */
  caseworker: Caseworker;
  /** How the contact took place. */
  channel: ContactChannel;
  /** The day of the contact. */
  on: Scalars['Date']['output'];
};

/** A channel of contact between citizen and caseworker. */
export type ContactChannel =
  | 'DIGITAL'
  | 'EMAIL'
  | 'LETTER'
  | 'MEETING'
  | 'PHONE';

/** Caseworker continuity on the cases decided in the period. */
export type Continuity = {
  __typename?: 'Continuity';
  /** Decided cases with at least one assignment up to the decision. */
  cases?: Maybe<Scalars['Int']['output']>;
  /** Decided cases without any such assignment (left out of the shares). */
  casesWithoutAssignments?: Maybe<Scalars['Int']['output']>;
  /** All changes on these cases. */
  changes?: Maybe<Scalars['Int']['output']>;
  /** Cases by number of changes (0, 1, 2, …). */
  distribution: Array<ChangesBin>;
  /** Share of `cases` with 0 changes (merged periods of the same caseworker). */
  fixedCaseworkerShare?: Maybe<Scalars['Float']['output']>;
  meanChanges?: Maybe<Scalars['Float']['output']>;
  suppressed: Array<Suppression>;
  /** Changes whose previous caseworker had an employment ending within 30 days of the change. */
  turnoverRelatedChanges?: Maybe<Scalars['Int']['output']>;
  turnoverRelatedShare?: Maybe<Scalars['Float']['output']>;
  withheld: Scalars['Boolean']['output'];
};

/** Mean continuity indices over citizens with at least 3 contacts in the period. */
export type ContinuityIndices = {
  __typename?: 'ContinuityIndices';
  /** Citizens with at least 3 contacts (the base of the means). */
  citizens?: Maybe<Scalars['Int']['output']>;
  /** Continuity of Care (Bice–Boxerman). */
  coc?: Maybe<Scalars['Float']['output']>;
  /** Sequential continuity: consecutive contact pairs with the same caseworker ÷ (n − 1). */
  secon?: Maybe<Scalars['Float']['output']>;
  suppressed: Array<Suppression>;
  /** Usual Provider of Care: max nⱼ ÷ n. */
  upc?: Maybe<Scalars['Float']['output']>;
  withheld: Scalars['Boolean']['output'];
};

/** Citizens across departments for one scope and period (metrics.md, "Citizens across departments"). */
export type CrossDepartment = {
  __typename?: 'CrossDepartment';
  /** Citizens by number of distinct caseworkers (1, 2, 3, …; 0 for citizens without assignments), for the histogram. */
  caseworkerHistogram: Array<CaseworkerCountBin>;
  /** Mean number of distinct caseworkers (assignments overlapping the period on the citizen's cases in scope) over all citizens with an active case. */
  caseworkersPerCitizen?: Maybe<Scalars['Float']['output']>;
  /** The same mean over the cross-department citizens. */
  caseworkersPerCrossDepartmentCitizen?: Maybe<Scalars['Float']['output']>;
  /** The same mean over the other citizens. */
  caseworkersPerOtherCitizen?: Maybe<Scalars['Float']['output']>;
  /** Citizens with at least one case in scope active in the period (received on or before its end, not decided or closed before its start, as of the as-of date). */
  citizens?: Maybe<Scalars['Int']['output']>;
  /** The most common sets of departments among cross-department citizens, most citizens first (ties by department ids). */
  combinations: Array<DepartmentCombination>;
  /** Citizens whose active cases in scope belong to at least two distinct departments (the case's own department). */
  crossDepartmentCitizens?: Maybe<Scalars['Int']['output']>;
  /** crossDepartmentCitizens ÷ citizens; null when there are no citizens. */
  crossDepartmentShare?: Maybe<Scalars['Float']['output']>;
  /** The base of timelinessCrossDepartment: their decided cases with a due date. */
  decidedWithDueDateCrossDepartment?: Maybe<Scalars['Int']['output']>;
  /** The base of timelinessOthers. */
  decidedWithDueDateOthers?: Maybe<Scalars['Int']['output']>;
  /** Share of all citizens with an active case who had 3 or more caseworkers. */
  shareWithThreeOrMoreCaseworkers?: Maybe<Scalars['Float']['output']>;
  /** The same share among cross-department citizens. */
  shareWithThreeOrMoreCaseworkersCrossDepartment?: Maybe<Scalars['Float']['output']>;
  /** The same share among the other citizens. */
  shareWithThreeOrMoreCaseworkersOthers?: Maybe<Scalars['Float']['output']>;
  suppressed: Array<Suppression>;
  /** Timeliness rate (on time ÷ decided with a due date) of the cases decided in the period of cross-department citizens. */
  timelinessCrossDepartment?: Maybe<Scalars['Float']['output']>;
  /** Timeliness rate of the cases decided in the period of the other citizens. */
  timelinessOthers?: Maybe<Scalars['Float']['output']>;
  withheld: Scalars['Boolean']['output'];
};


/** Citizens across departments for one scope and period (metrics.md, "Citizens across departments"). */
export type CrossDepartmentCombinationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One cross-department citizen of a scope and period (personal data, pseudonymous). */
export type CrossDepartmentCitizen = {
  __typename?: 'CrossDepartmentCitizen';
  /** Their active cases in scope. */
  activeCases: Scalars['Int']['output'];
  /** Distinct caseworkers on their cases in scope in the period. */
  caseworkers: Scalars['Int']['output'];
  /** The departments of their active cases in scope, by id. */
  departments: Array<Department>;
  pseudonym: Scalars['String']['output'];
};

export type CrossDepartmentCitizenPage = {
  __typename?: 'CrossDepartmentCitizenPage';
  citizens: Array<CrossDepartmentCitizen>;
  total: Scalars['Int']['output'];
};

/** The data set Tilsyn holds. */
export type DataStatus = {
  __typename?: 'DataStatus';
  /** Rows held per entity. */
  counts: Array<EntityCount>;
  /** True when no case has been imported yet. */
  empty: Scalars['Boolean']['output'];
  /** The most recent import attempts, newest first. */
  imports: Array<ImportBatch>;
  /** The most recent import attempt; null before the first. */
  lastImport?: Maybe<ImportBatch>;
  /** The latest date of any event in the data (reception, decision, closing); null when empty. */
  latestEvent?: Maybe<Scalars['Date']['output']>;
  /** Cases received per calendar month over the whole data set, oldest first. */
  receivedPerMonth: Array<MonthCount>;
  /** The earliest and latest reception date of any case; null when empty. */
  receivedRange?: Maybe<Period>;
};


/** The data set Tilsyn holds. */
export type DataStatusImportsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** A published case-processing deadline (sagsbehandlingsfrist) from a date on. */
export type Deadline = {
  __typename?: 'Deadline';
  /** The first day of reception this deadline applies to. */
  effectiveFrom: Scalars['Date']['output'];
  /** Days, weeks or calendar months. */
  unit: DeadlineUnit;
  /** The number of units, a positive integer. */
  value: Scalars['Int']['output'];
};

/** A deadline to try: a whole number of units. */
export type DeadlineInput = {
  /** Days, weeks (7 days) or calendar months (clamped to the month end). */
  unit: DeadlineUnit;
  /** The number of units: 1–3650 days, 1–520 weeks or 1–120 months. */
  value: Scalars['Int']['input'];
};

/** A deadline length without a start date (a proposal or a suggestion). */
export type DeadlineLength = {
  __typename?: 'DeadlineLength';
  /** Days, weeks or calendar months. */
  unit: DeadlineUnit;
  /** The number of units, a positive integer. */
  value: Scalars['Int']['output'];
};

/** Whether a deadline matches practice: guidance says 80–90 % of cases should be decided within it. */
export type DeadlineRealism = {
  __typename?: 'DeadlineRealism';
  /** The deadline in force on the period's last day, in days when its unit is days or weeks (null for months). */
  deadlineDays?: Maybe<Scalars['Int']['output']>;
  /** Processing days at p80 and p90 of the cases decided in the period. */
  p80?: Maybe<Scalars['Float']['output']>;
  /** Processing days at p90. */
  p90?: Maybe<Scalars['Float']['output']>;
  /** The smallest whole number of the deadline's unit giving ≥ 85 % on time (null: no deadline, or under 5 decided cases). */
  suggested?: Maybe<DeadlineLength>;
  /** The on-time rate under the suggested deadline. */
  suggestedRate?: Maybe<Scalars['Float']['output']>;
  /** The withheld fields of this object and why. */
  suppressed: Array<Suppression>;
  /** True when disclosure control withheld any figure of this object (see `suppressed`). */
  withheld: Scalars['Boolean']['output'];
};

/** The outcome of a deadline scenario. */
export type DeadlineScenario = {
  __typename?: 'DeadlineScenario';
  /** Timeliness under the actual due dates. */
  actual: Timeliness;
  /** On-time cases that would be late (among cases with an actual due date). */
  becameLate?: Maybe<Scalars['Int']['output']>;
  /** Late cases that would be on time (among cases with an actual due date). */
  becameOnTime?: Maybe<Scalars['Int']['output']>;
  /** The case type tried. */
  caseType: CaseType;
  /** becameLate + becameOnTime. */
  changedStatus?: Maybe<Scalars['Int']['output']>;
  /** The deadline tried, applied as `received_on + deadline` to every decided case. */
  proposed: DeadlineLength;
  /** Timeliness under the proposed deadline, over all decided cases of the type. */
  scenario: Timeliness;
  /** The withheld fields of this object and why. */
  suppressed: Array<Suppression>;
  /** True when disclosure control withheld any count of this object (see `suppressed`). */
  withheld: Scalars['Boolean']['output'];
  /** Decided cases that had no actual due date (counted in the scenario only). */
  withoutActualDueDate?: Maybe<Scalars['Int']['output']>;
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

/** A unit of the organisation: administration, centre or department, any depth. */
export type Department = {
  __typename?: 'Department';
  /** The direct child departments, by name. */
  children: Array<Department>;
  /** Distance from the root (a root has depth 0). */
  depth: Scalars['Int']['output'];
  /** The imported `department_id`. */
  id: Scalars['ID']['output'];
  /** The department's name, e.g. "Myndighed Børn". */
  name: Scalars['String']['output'];
  /** The parent department; null for a root. */
  parent?: Maybe<Department>;
  /** The departments from the root down to this one (inclusive). */
  path: Array<Department>;
};

/** A set of departments whose cases the same citizens have at the same time. */
export type DepartmentCombination = {
  __typename?: 'DepartmentCombination';
  /** Cross-department citizens with active cases in exactly these departments. */
  citizens?: Maybe<Scalars['Int']['output']>;
  /** The departments (the cases' own departments), by id. */
  departments: Array<Department>;
  reason?: Maybe<SuppressionReason>;
  withheld: Scalars['Boolean']['output'];
};

/** One department-quarter: annualised turnover and the fixed-caseworker share of the cases decided in it. */
export type DepartmentQuarter = {
  __typename?: 'DepartmentQuarter';
  /** Cases decided in the clipped quarter (at least 10 for a pair to count). */
  decided?: Maybe<Scalars['Int']['output']>;
  department: Department;
  /** Fixed-caseworker share of the cases decided in the clipped quarter (committee: null on fewer than 5 cases). */
  fixedShare?: Maybe<Scalars['Float']['output']>;
  /** First and last day of the quarter, clipped to the period. */
  from: Scalars['Date']['output'];
  /** The quarter as `YYYY-Qn`. */
  quarter: Scalars['String']['output'];
  to: Scalars['Date']['output'];
  /**
   * Annualised staff turnover over the clipped quarter. For the committee null when the quarter's
   * average headcount (its base) is below 5; ρ is still computed over every pair.
   */
  turnover?: Maybe<Scalars['Float']['output']>;
};

export type Elimination = {
  __typename?: 'Elimination';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  caseId: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  reason: EliminationReason;
  /** The reserve case that took its place; null when the stratum's reserve was used up. */
  replacementCaseId?: Maybe<Scalars['ID']['output']>;
};

export type EliminationInput = {
  caseId: Scalars['ID']['input'];
  /** Required for OTHER (1–500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  reason: EliminationReason;
  roundId: Scalars['ID']['input'];
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

/** How many rows of one entity Tilsyn holds. */
export type EntityCount = {
  __typename?: 'EntityCount';
  /** Rows held. */
  count: Scalars['Int']['output'];
  /** The entity, named as its import file without `.csv`, e.g. `cases`. */
  entity: Scalars['String']['output'];
};

/** What an import did to the rows of one file. */
export type FileCounts = {
  __typename?: 'FileCounts';
  /** The file name. */
  file: Scalars['String']['output'];
  /** Rows that were new. */
  inserted: Scalars['Int']['output'];
  /** Rows of a case named by the export that the export no longer holds (assignments, contacts, appeals). */
  removed: Scalars['Int']['output'];
  /** Rows identical to what was held. */
  unchanged: Scalars['Int']['output'];
  /** Rows whose key existed with other values. */
  updated: Scalars['Int']['output'];
};

export type FollowUpAction = {
  __typename?: 'FollowUpAction';
  caseId?: Maybe<Scalars['ID']['output']>;
  dropReason?: Maybe<Scalars['String']['output']>;
  dueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  itemNumber?: Maybe<Scalars['Int']['output']>;
  responsible: Scalars['String']['output'];
  roundId: Scalars['ID']['output'];
  status: FollowUpStatus;
  text: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type FollowUpActionInput = {
  /** The case the finding concerns, if one. */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  dueOn: Scalars['Date']['input'];
  /** The checklist item the finding concerns, if one. */
  itemNumber?: InputMaybe<Scalars['Int']['input']>;
  /** Who is responsible (name or role, 1–120 characters). */
  responsible: Scalars['String']['input'];
  roundId: Scalars['ID']['input'];
  /** 1–1,000 characters. */
  text: Scalars['String']['input'];
};

export type FollowUpActionUpdateInput = {
  id: Scalars['ID']['input'];
  /** Required for DROPPED. */
  reason?: InputMaybe<Scalars['String']['input']>;
  status: FollowUpStatus;
};

export type FollowUpStatus =
  | 'DONE'
  | 'DROPPED'
  | 'IN_PROGRESS'
  | 'OPEN';

export type FrameInput = {
  /** The as-of date of the data (and the backlog date for OPEN_AT). */
  asOf: Scalars['Date']['input'];
  /** Only these case types; all when absent or empty. */
  caseTypes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Leave out cases drawn (or used from a reserve) in earlier rounds; default true. */
  excludeEarlierRounds?: InputMaybe<Scalars['Boolean']['input']>;
  kind: FrameKind;
  /** Required for DECIDED_IN_PERIOD. */
  period?: InputMaybe<PeriodInput>;
};

/** Which cases a round samples from. */
export type FrameKind =
  /** Cases of the scope decided in `period`, as known on `asOf`. */
  | 'DECIDED_IN_PERIOD'
  /** The backlog: cases of the scope open on `asOf`. */
  | 'OPEN_AT';

/** Binomial control limits (funnel plot) around the scope's overall rate. */
export type Funnel = {
  __typename?: 'Funnel';
  /** The scope's overall rate p₀ (onTime ÷ decidedWithDueDate over the whole scope). */
  overallRate?: Maybe<Scalars['Float']['output']>;
  /** One point per direct child department of the scope, by name. */
  points: Array<FunnelPoint>;
  /** The withheld fields of this object and why. */
  suppressed: Array<Suppression>;
  /** True when disclosure control withheld `overallRate` (its base, the scope's decided cases with a due date, is below 5). */
  withheld: Scalars['Boolean']['output'];
};

/** One department in the funnel plot. */
export type FunnelPoint = {
  __typename?: 'FunnelPoint';
  /** The child department (with its subtree). */
  department: Department;
  /** Strictly outside the 99.8 % limits. */
  flagged: Scalars['Boolean']['output'];
  /** Lower 95 % limit, p₀ − 1.959964·√(p₀(1 − p₀)/n), clipped to [0, 1]. */
  lower95?: Maybe<Scalars['Float']['output']>;
  /** Lower 99.8 % limit (z = 3.090232), clipped to [0, 1]. */
  lower998?: Maybe<Scalars['Float']['output']>;
  /** Decided cases with a due date (the denominator n). */
  n?: Maybe<Scalars['Int']['output']>;
  /** The department's timeliness rate; null when n is 0. */
  rate?: Maybe<Scalars['Float']['output']>;
  /** The withheld fields of this point and why. */
  suppressed: Array<Suppression>;
  /** Upper 95 % limit, clipped to [0, 1]. */
  upper95?: Maybe<Scalars['Float']['output']>;
  /** Upper 99.8 % limit, clipped to [0, 1]. */
  upper998?: Maybe<Scalars['Float']['output']>;
  /** True when disclosure control withheld any figure of this point (see `suppressed`); a withheld point is never flagged. */
  withheld: Scalars['Boolean']['output'];
};

/** How to cut a period into calendar parts. */
export type Granularity =
  | 'MONTH'
  | 'QUARTER';

/** One import attempt. */
export type ImportBatch = {
  __typename?: 'ImportBatch';
  /** Counts per file (empty when the import failed). */
  counts: Array<FileCounts>;
  /** How many errors were found (0 when it succeeded). */
  errorCount: Scalars['Int']['output'];
  /** The files read, with checksums. */
  files: Array<ImportedFile>;
  /** When it ended; null while running. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Sequence number of the attempt. */
  id: Scalars['ID']['output'];
  /** The folder or upload it read. */
  source: Scalars['String']['output'];
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** Who started it. */
  startedBy: Scalars['String']['output'];
  /** Running, succeeded or failed. */
  status: ImportStatus;
};

/** How an import ended. */
export type ImportStatus =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** A file of an import with its checksum. */
export type ImportedFile = {
  __typename?: 'ImportedFile';
  /** Size in bytes. */
  bytes: Scalars['Int']['output'];
  /** The file name, e.g. `cases.csv`. */
  file: Scalars['String']['output'];
  /** Data records read (the header not counted). */
  records: Scalars['Int']['output'];
  /** Lowercase hex SHA-256 of the file's bytes. */
  sha256: Scalars['String']['output'];
};

/** One indicator for one scope, period and as-of date, against its target and a year earlier. */
export type Indicator = {
  __typename?: 'Indicator';
  /** What the value rests on (decisions, cases, appeals, headcount, reviewed cases), for the reader; null when withheld or unknown. */
  base?: Maybe<Scalars['Float']['output']>;
  direction: IndicatorDirection;
  key: IndicatorKey;
  /** The same indicator for the same period one year earlier (as known one year before the as-of date). */
  previousValue?: Maybe<Scalars['Float']['output']>;
  previousWithheld: Scalars['Boolean']['output'];
  /** The last 8 calendar quarters up to the quarter the period ends in (as known on the as-of date), oldest first. */
  quarters: Array<IndicatorQuarter>;
  reason?: Maybe<SuppressionReason>;
  /** Null when there is no target or no value. */
  status?: Maybe<TargetStatus>;
  /** The target in force; null when none is set here or above. */
  target?: Maybe<IndicatorTarget>;
  theme: Theme;
  /** Null when either value is missing. */
  trend?: Maybe<TrendDirection>;
  unit: IndicatorUnit;
  /** The value; null when withheld or when there is no data. */
  value?: Maybe<Scalars['Float']['output']>;
  withheld: Scalars['Boolean']['output'];
};

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

/** An indicator's value in one quarter (the trend line). */
export type IndicatorQuarter = {
  __typename?: 'IndicatorQuarter';
  from: Scalars['Date']['output'];
  to: Scalars['Date']['output'];
  value?: Maybe<Scalars['Float']['output']>;
  withheld: Scalars['Boolean']['output'];
};

/** A target in force for a department: set on it, or inherited from the nearest ancestor with one. */
export type IndicatorTarget = {
  __typename?: 'IndicatorTarget';
  /** The department the target applies to. */
  department: Department;
  /** The band's upper bound (WITHIN_BAND only). */
  high?: Maybe<Scalars['Float']['output']>;
  indicator: IndicatorKey;
  /** True when set on an ancestor. */
  inherited: Scalars['Boolean']['output'];
  /** The band's lower bound (WITHIN_BAND only). */
  low?: Maybe<Scalars['Float']['output']>;
  setAt: Scalars['DateTime']['output'];
  /** Display name of who set it. */
  setBy: Scalars['String']['output'];
  /** The department the target was set on: this one, or the ancestor it is inherited from. */
  setOn: Department;
  /** The target of a HIGHER_IS_BETTER (at least) or LOWER_IS_BETTER (at most) indicator; null for a band. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** One change of a department's own target, for the history. */
export type IndicatorTargetChange = {
  __typename?: 'IndicatorTargetChange';
  /** True when the target was removed (the department inherits again). */
  cleared: Scalars['Boolean']['output'];
  department: Department;
  high?: Maybe<Scalars['Float']['output']>;
  indicator: IndicatorKey;
  low?: Maybe<Scalars['Float']['output']>;
  setAt: Scalars['DateTime']['output'];
  setBy: Scalars['String']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

export type IndicatorTargetInput = {
  department: Scalars['ID']['input'];
  high?: InputMaybe<Scalars['Float']['input']>;
  indicator: IndicatorKey;
  /** For WITHIN_BAND indicators: both bounds, low ≤ high. */
  low?: InputMaybe<Scalars['Float']['input']>;
  /** For HIGHER_IS_BETTER and LOWER_IS_BETTER indicators: the target (a share in [0, 1] for shares). */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** How an indicator's value is read: a share in [0, 1], days, a count, per 1,000 decisions, cases per caseworker, decisions per caseworker-year. */
export type IndicatorUnit =
  | 'COUNT'
  | 'DAYS'
  | 'PER_1000'
  | 'PER_CASEWORKER'
  | 'PER_CASEWORKER_YEAR'
  | 'SHARE';

/** A newly issued token: `token` is shown this once; send it as `Authorization: Bearer <token>`. */
export type IssuedApiToken = {
  __typename?: 'IssuedApiToken';
  apiToken: ApiToken;
  token: Scalars['String']['output'];
};

export type ItemAnswer = {
  __typename?: 'ItemAnswer';
  /** Null while unanswered in a draft. */
  answer?: Maybe<ChecklistAnswer>;
  itemNumber: Scalars['Int']['output'];
  note?: Maybe<Scalars['String']['output']>;
};

export type ItemAnswerInput = {
  answer?: InputMaybe<ChecklistAnswer>;
  itemNumber: Scalars['Int']['input'];
  /** Required when the answer is NO (1–2,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
};

export type ItemResult = {
  __typename?: 'ItemResult';
  /** Stratified estimate now minus the previous round's (same scope); null without one. */
  changeSincePrevious?: Maybe<Scalars['Float']['output']>;
  /** yes ÷ (yes + no); "not relevant" left out. */
  compliance: ScopeProportion;
  item: ChecklistItem;
  notRelevant: Scalars['Int']['output'];
};

/** Kaplan–Meier time to decision for a cohort of received cases. */
export type KaplanMeier = {
  __typename?: 'KaplanMeier';
  /** Cases of the cohort closed without a decision or still open on the as-of date. */
  censored?: Maybe<Scalars['Int']['output']>;
  /** Cases received in the period (as of the as-of date). */
  cohort?: Maybe<Scalars['Int']['output']>;
  /** Cases of the cohort decided by the as-of date. */
  events?: Maybe<Scalars['Int']['output']>;
  /** Smallest event time with S ≤ 0.5 (days); null when not reached. */
  median?: Maybe<Scalars['Int']['output']>;
  /** Smallest event time with S ≤ 0.2 (days); null when not reached. */
  p80?: Maybe<Scalars['Int']['output']>;
  /** The curve; for the committee only points with at least 5 cases at risk, without counts. */
  points: Array<KaplanMeierPoint>;
  /** The withheld fields of this object and why. */
  suppressed: Array<Suppression>;
  /** True when disclosure control withheld any figure of this object (see `suppressed`). */
  withheld: Scalars['Boolean']['output'];
};

/** One step of the Kaplan–Meier curve, at an event time. */
export type KaplanMeierPoint = {
  __typename?: 'KaplanMeierPoint';
  /** Cases with time ≥ t (null for the committee). */
  atRisk?: Maybe<Scalars['Int']['output']>;
  /** Decisions at t (null for the committee). */
  events?: Maybe<Scalars['Int']['output']>;
  /** Share not yet decided after t, in [0, 1]. */
  survival: Scalars['Float']['output'];
  /** Days since received. */
  t: Scalars['Int']['output'];
};

/** Leavers with one end reason. */
export type LeaversByReason = {
  __typename?: 'LeaversByReason';
  count?: Maybe<Scalars['Int']['output']>;
  endReason: EndReason;
  /** Why `count` is withheld (committee only). */
  reason?: Maybe<SuppressionReason>;
  withheld: Scalars['Boolean']['output'];
};

/** A count for one calendar month. */
export type MonthCount = {
  __typename?: 'MonthCount';
  /** The count. */
  count: Scalars['Int']['output'];
  /** The month as `YYYY-MM`. */
  month: Scalars['String']['output'];
};

/** Timeliness of one calendar month (cut to the period). */
export type MonthTimeliness = {
  __typename?: 'MonthTimeliness';
  /** First day of the month, `YYYY-MM-01`. */
  month: Scalars['Date']['output'];
  /** Timeliness of the cases decided in the month (within the period). */
  timeliness: Timeliness;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a follow-up action to a finding of a round. */
  addFollowUpAction: FollowUpAction;
  /** Creates a user account (admin only). Managers need at least one department. */
  addUser: User;
  /**
   * Assigns sampled cases to a reviewer (first level, or the second level of `drawSecondReviews`).
   * Refused, naming the case, when the reviewer was ever assigned the case as caseworker.
   */
  assignReviewer: Array<SampledCase>;
  /** Removes a department's own target for one indicator, so it inherits again; returns the target now in force (null if none). */
  clearIndicatorTarget?: Maybe<IndicatorTarget>;
  /** Closes a round: refused while a follow-up action is neither done nor dropped. */
  closeReviewRound: ReviewRound;
  /** Plans and draws a round in one step: stores the frame and the seed, draws sample and reserve. */
  createReviewRound: ReviewRound;
  /**
   * Draws a share (default 0.1, at least one) of the submitted first-level reviews for a second,
   * independent review, by the hash order of the round's seed; returns the cases drawn.
   */
  drawSecondReviews: Array<SampledCase>;
  /**
   * Eliminates a drawn case with a reason; the next reserve case of its stratum replaces it (null
   * replacement when the reserve is used up). Both are logged on the round.
   */
  eliminateSampledCase: Elimination;
  /** Issues an API token for a user (admin only); the token is in the answer and never again. */
  issueApiToken: IssuedApiToken;
  /** Publishes a new checklist template version (admin); rounds keep the version they started with. */
  publishChecklistTemplate: ChecklistTemplate;
  /** Removes access-log rows older than the configured retention (admin only); returns how many. */
  purgeAccessLog: Scalars['Int']['output'];
  /** Reopens a submitted review for its reviewer; the reason is logged on the round. */
  reopenReview: Review;
  /** Revokes an API token at once (admin only). */
  revokeApiToken: ApiToken;
  /** Saves a draft of your review (autosave); refused once submitted. */
  saveReviewDraft: Review;
  /** Sets a department's target for one indicator (directors); its subtree inherits it unless set there. */
  setIndicatorTarget: IndicatorTarget;
  /** Submits your review: every item answered, a note for every "no", overall and decision set; then locked. */
  submitReview: Review;
  /** Moves a follow-up action on; DROPPED needs a reason. */
  updateFollowUpAction: FollowUpAction;
  /** Switches publication of the processing times on or off and chooses the departments (admin only). */
  updatePublicationSettings: PublicationSettings;
};


export type MutationAddFollowUpActionArgs = {
  input: FollowUpActionInput;
};


export type MutationAddUserArgs = {
  input: AddUserInput;
};


export type MutationAssignReviewerArgs = {
  input: AssignReviewerInput;
};


export type MutationClearIndicatorTargetArgs = {
  department: Scalars['ID']['input'];
  indicator: IndicatorKey;
};


export type MutationCloseReviewRoundArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateReviewRoundArgs = {
  input: ReviewRoundInput;
};


export type MutationDrawSecondReviewsArgs = {
  roundId: Scalars['ID']['input'];
  share?: InputMaybe<Scalars['Float']['input']>;
};


export type MutationEliminateSampledCaseArgs = {
  input: EliminationInput;
};


export type MutationIssueApiTokenArgs = {
  label: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationPublishChecklistTemplateArgs = {
  input: ChecklistTemplateInput;
};


export type MutationReopenReviewArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveReviewDraftArgs = {
  input: ReviewDraftInput;
};


export type MutationSetIndicatorTargetArgs = {
  input: IndicatorTargetInput;
};


export type MutationSubmitReviewArgs = {
  input: ReviewDraftInput;
};


export type MutationUpdateFollowUpActionArgs = {
  input: FollowUpActionUpdateInput;
};


export type MutationUpdatePublicationSettingsArgs = {
  input: PublicationSettingsInput;
};

/** An open case on the as-of date. */
export type OpenCase = {
  __typename?: 'OpenCase';
  /** asOf − received date. */
  ageDays: Scalars['Int']['output'];
  /** The case as it is stored today (its decision, if any, may be later than the as-of date). */
  case: Case;
  /** The caseworker assigned on the as-of date, if any. */
  caseworker?: Maybe<Caseworker>;
  /** asOf − dueDate when overdue (> 0), else null. */
  daysOverdue?: Maybe<Scalars['Int']['output']>;
  /** Received date plus the deadline in force on it; null when the type had none. */
  dueDate?: Maybe<Scalars['Date']['output']>;
};

/** Which open cases to list. */
export type OpenCaseFilter =
  /** Every open case. */
  | 'ALL'
  /** Due within the next 14 days (not yet overdue). */
  | 'DUE_SOON'
  /** Due date before the as-of date. */
  | 'OVERDUE';

/** A page of open cases. */
export type OpenCasePage = {
  __typename?: 'OpenCasePage';
  /** The page: by due date (none last), then received date, then case id. */
  cases: Array<OpenCase>;
  /** True when more cases follow `offset + first`. */
  hasMore: Scalars['Boolean']['output'];
  /** How many open cases match in the scope (that you may read). */
  total: Scalars['Int']['output'];
};

export type OverallAssessment =
  | 'IN_ORDER'
  | 'MINOR_DEFICIENCIES'
  | 'SIGNIFICANT_DEFICIENCIES';

/** Percentiles of processing days (linear interpolation between closest ranks). */
export type Percentiles = {
  __typename?: 'Percentiles';
  /** How many cases the percentiles are over. */
  count?: Maybe<Scalars['Int']['output']>;
  /** The median processing days. */
  p50?: Maybe<Scalars['Float']['output']>;
  /** 80th percentile of processing days. */
  p80?: Maybe<Scalars['Float']['output']>;
  /** 90th percentile of processing days. */
  p90?: Maybe<Scalars['Float']['output']>;
  /** The withheld fields of this object and why. */
  suppressed: Array<Suppression>;
  /** True when disclosure control withheld any figure of this object (see `suppressed`). */
  withheld: Scalars['Boolean']['output'];
};

/** An inclusive period of dates. */
export type Period = {
  __typename?: 'Period';
  /** First day (inclusive). */
  from: Scalars['Date']['output'];
  /** Last day (inclusive). */
  to: Scalars['Date']['output'];
};

/** An inclusive period of dates. */
export type PeriodInput = {
  /** First day of the period (inclusive). */
  from: Scalars['Date']['input'];
  /** Last day of the period (inclusive); not before `from`. */
  to: Scalars['Date']['input'];
};

export type PlannedStratum = {
  __typename?: 'PlannedStratum';
  allocated: Scalars['Int']['output'];
  /** Null when stratified by department only. */
  caseType?: Maybe<CaseType>;
  department: Department;
  frameSize: Scalars['Int']['output'];
  /** Department id, or `departmentId/caseTypeId`. */
  key: Scalars['String']['output'];
};

/** A share with its Wilson 95 % interval; null figures when there are no answers. */
export type Proportion = {
  __typename?: 'Proportion';
  estimate?: Maybe<Scalars['Float']['output']>;
  lower?: Maybe<Scalars['Float']['output']>;
  successes: Scalars['Int']['output'];
  trials: Scalars['Int']['output'];
  upper?: Maybe<Scalars['Float']['output']>;
};

/** One department's figures for one case type, as published. Aggregates only. */
export type PublicCaseTypeTimes = {
  __typename?: 'PublicCaseTypeTimes';
  /** The case type, as imported. */
  caseTypeId: Scalars['ID']['output'];
  caseTypeName: Scalars['String']['output'];
  /** The published deadline in force on the date of the figures; null when the type has none. */
  deadline?: Maybe<DeadlineLength>;
  /** Cases decided in the 12 months (withdrawn cases are never decided); null when withheld. */
  decisions?: Maybe<Scalars['Int']['output']>;
  /** Of those, the cases whose type had a deadline on the day they were received (the base of `onTimeRate`). */
  decisionsWithDeadline?: Maybe<Scalars['Int']['output']>;
  /** The department (the case's own department, as imported). */
  departmentId: Scalars['ID']['output'];
  departmentName: Scalars['String']['output'];
  /** The legal basis, e.g. "Serviceloven § 41"; null if not given. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** Median processing days (decided − received), percentile_cont as Percentiles.p50. */
  medianDays?: Maybe<Scalars['Float']['output']>;
  /** Share of `decisionsWithDeadline` decided on or before their due date, in [0, 1]. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** Processing days within which 80 % of the cases were decided (percentile_cont, as Percentiles.p80). */
  p80Days?: Maybe<Scalars['Float']['output']>;
  /** True when any figure of this row is withheld (see `withheldReason`). */
  withheld: Scalars['Boolean']['output'];
  /** Why figures are withheld; null when every figure is shown. */
  withheldReason?: Maybe<PublicWithholding>;
};

/**
 * The published processing times. The figures are as of `dataDate`, the latest day of any event in
 * the imported data (so they change only at import), over the cases decided in the 12 months up to it.
 */
export type PublicProcessingTimes = {
  __typename?: 'PublicProcessingTimes';
  /** The date of the figures: the latest reception, decision or closing date in the data; null without data. */
  dataDate?: Maybe<Scalars['Date']['output']>;
  /** When the table was computed (after the latest import). */
  generatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** A row with fewer decisions than this shows no figures at all ("for få afgørelser"). */
  minimumDecisions: Scalars['Int']['output'];
  /** The first day of the 12 months the figures cover (dataDate − 12 months + 1 day). */
  periodFrom?: Maybe<Scalars['Date']['output']>;
  /** False while an admin has not switched publication on: `rows` is then empty and the dates null. */
  published: Scalars['Boolean']['output'];
  /** One row per published department and case type, by department name, then case type name. */
  rows: Array<PublicCaseTypeTimes>;
};

/** Why a public row shows fewer figures. */
export type PublicWithholding =
  /** Fewer than `minimumDecisions` decisions in the 12 months: no figures at all. */
  | 'TOO_FEW_DECISIONS'
  /** Fewer than `minimumDecisions` of the decisions had a deadline: the on-time share (and its base) is not shown. */
  | 'TOO_FEW_WITH_DEADLINE';

/** The admin's publication settings of the processing times. */
export type PublicationSettings = {
  __typename?: 'PublicationSettings';
  /** The departments published, each with its whole subtree (ids as imported; none on a new installation). */
  departmentIds: Array<Scalars['ID']['output']>;
  /** Whether the public page and the open data show the figures (off on a new installation). */
  published: Scalars['Boolean']['output'];
  /** When the settings were last changed; null while never saved. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who changed them last; null while never saved. */
  updatedBy?: Maybe<Scalars['String']['output']>;
};

/** New publication settings. */
export type PublicationSettingsInput = {
  /** The departments to publish, each with its subtree: known department ids, at most 500. */
  departmentIds: Array<Scalars['ID']['input']>;
  /** Switch publication on or off. */
  published: Scalars['Boolean']['input'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * The access log of personal data, newest first (admin only). Filter by citizen pseudonym
   * (answers a citizen's question who looked them up and why), by user, by case or by dates.
   */
  accessLog: AccessLogPage;
  /** API tokens, of one user or of all (admin only); the token itself is never shown again. */
  apiTokens: Array<ApiToken>;
  /**
   * One case with its timeline (assignments, contacts, decision, appeals); null if unknown or
   * outside what your role may read. Personal data: send the header `X-Tilsyn-Purpose`
   * (`CASE_VIEW`, `REVIEW_ROUND:<id>`, ...); the read is written to the access log first.
   */
  case?: Maybe<Case>;
  /** The case types handled in a scope (all when `scope` is absent), with their deadline history. */
  caseTypes: Array<CaseType>;
  /**
   * Per-caseworker figures for a scope and period: employment, decided cases and handovers.
   * Directors everywhere; managers only inside their own department subtrees; never the committee.
   */
  caseworkerFigures: Array<CaseworkerFigures>;
  /** The checklist templates, newest version first; the first is used for new rounds. */
  checklistTemplates: Array<ChecklistTemplate>;
  /**
   * One citizen's cases across all departments on one timeline, as known on the as-of date (default
   * today). Personal data: send `X-Tilsyn-Purpose: CITIZEN_OVERVIEW`; logged. Managers see the cases
   * inside their own department subtrees, and only how many there are elsewhere; null when the
   * citizen has no case the viewer may read.
   */
  citizen?: Maybe<CitizenOverview>;
  /**
   * The cross-department citizens of a scope in a period (metrics.md, "Citizens across departments"),
   * most caseworkers first, for finding who would benefit from a coordinator. Personal data: send
   * `X-Tilsyn-Purpose: CITIZEN_OVERVIEW`; logged. Managers only inside their own department subtrees.
   */
  crossDepartmentCitizens: CrossDepartmentCitizenPage;
  /** What data Tilsyn holds: the last imports, counts per entity and the date range of cases. */
  dataStatus: DataStatus;
  /**
   * What if the deadline of a case type were different? Timeliness of the type's cases in the scope
   * decided in the period, under their actual due dates and under `received_on + deadline`.
   */
  deadlineScenario: DeadlineScenario;
  /** One department by its imported `department_id`; null if unknown. */
  department?: Maybe<Department>;
  /** Every department of the tree, parents before children. Build the tree from `parent`. */
  departments: Array<Department>;
  /** Every figure of the metric definitions for a scope, a period and an as-of date. */
  figures: ScopeFigures;
  /** Every change of a department's targets (set or cleared), newest first; one indicator or all. */
  indicatorTargetHistory: Array<IndicatorTargetChange>;
  /**
   * The targets in force for a department and each department of its subtree (set there or inherited
   * from the nearest ancestor), one per department and indicator that has one.
   */
  indicatorTargets: Array<IndicatorTarget>;
  /** The signed-in user's own reviews (first and second level) in rounds that are not closed. */
  myReviews: Array<Review>;
  /**
   * The open cases of a scope on the as-of date, by due date (earliest first; no due date last).
   * Case-level: only cases your role may read; send `X-Tilsyn-Purpose: OVERDUE_LIST`; logged.
   */
  openCases: OpenCasePage;
  /**
   * Public, no sign-in: the published processing times (sagsbehandlingstider) per department and case
   * type, the table of the page /sagsbehandlingstider and of /aabne-data/sagsbehandlingstider.csv|json.
   * Only ever the published aggregate table; empty while publication is off. Rate-limited per client
   * address (HTTP 429 with Retry-After, code RATE_LIMITED); the figures change only at import.
   */
  publicProcessingTimes: PublicProcessingTimes;
  /** Whether the processing times are published, and for which departments (admin only). */
  publicationSettings: PublicationSettings;
  /** One review by id; null when unknown or not yours to see. */
  review?: Maybe<Review>;
  /** One review round; null when unknown or outside what your role may see. */
  reviewRound?: Maybe<ReviewRound>;
  /**
   * What a round would look like before it is drawn: the frame size and the allocation per stratum
   * (writes nothing). Directors and managers (their own subtrees).
   */
  reviewRoundPlan: ReviewRoundPlan;
  /**
   * Review rounds whose scope lies in what you may see, newest first: directors all, managers those
   * of their own department subtrees, reviewers those with cases assigned to them.
   */
  reviewRounds: Array<ReviewRound>;
  /** Users who may be assigned reviews (reviewers and managers), for the assignment picker. */
  reviewerCandidates: Array<ReviewerCandidate>;
  /** Sample sizes for a frame by margin of error and by tolerable deviation rate (pure arithmetic). */
  sampleSize: SampleSize;
  /** Every user account (admin only). */
  users: Array<User>;
  /** Who is signed in (browser session or API token); null when nobody is. */
  viewer?: Maybe<Viewer>;
};


export type QueryAccessLogArgs = {
  filter?: InputMaybe<AccessLogFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryApiTokensArgs = {
  username?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseTypesArgs = {
  scope?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCaseworkerFiguresArgs = {
  asOf: Scalars['Date']['input'];
  period: PeriodInput;
  scope: Scalars['ID']['input'];
};


export type QueryCitizenArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  pseudonym: Scalars['String']['input'];
};


export type QueryCrossDepartmentCitizensArgs = {
  asOf: Scalars['Date']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  period: PeriodInput;
  scope: Scalars['ID']['input'];
};


export type QueryDeadlineScenarioArgs = {
  asOf: Scalars['Date']['input'];
  caseType: Scalars['ID']['input'];
  deadline: DeadlineInput;
  period: PeriodInput;
  scope: Scalars['ID']['input'];
};


export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFiguresArgs = {
  asOf: Scalars['Date']['input'];
  period: PeriodInput;
  scope: Scalars['ID']['input'];
};


export type QueryIndicatorTargetHistoryArgs = {
  department: Scalars['ID']['input'];
  indicator?: InputMaybe<IndicatorKey>;
};


export type QueryIndicatorTargetsArgs = {
  scope: Scalars['ID']['input'];
};


export type QueryOpenCasesArgs = {
  asOf: Scalars['Date']['input'];
  filter?: InputMaybe<OpenCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  scope: Scalars['ID']['input'];
};


export type QueryReviewArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReviewRoundArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReviewRoundPlanArgs = {
  input: ReviewPlanInput;
};


export type QueryReviewRoundsArgs = {
  scope?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySampleSizeArgs = {
  input: SampleSizeInput;
};

/** Spearman's rank correlation over department-quarter pairs. */
export type RankCorrelation = {
  __typename?: 'RankCorrelation';
  n: Scalars['Int']['output'];
  pairs: Array<DepartmentQuarter>;
  /** ρ in [−1, 1]; null with fewer than 2 pairs or a constant series. */
  rho?: Maybe<Scalars['Float']['output']>;
};

/** Resources in balance (metrics.md, "Resources"). */
export type Resources = {
  __typename?: 'Resources';
  /** Mean daily headcount over the period. */
  averageHeadcount?: Maybe<Scalars['Float']['output']>;
  /** Open cases on the as-of date (the backlog). */
  backlog?: Maybe<Scalars['Int']['output']>;
  /** backlog ÷ headcountOnAsOf; null when the headcount is 0. */
  caseload?: Maybe<Scalars['Float']['output']>;
  /** Cases decided in the period. */
  decided?: Maybe<Scalars['Int']['output']>;
  /** decided ÷ (averageHeadcount × days in the period ÷ 365); null when the average headcount is 0. */
  decisionsPerCaseworkerYear?: Maybe<Scalars['Float']['output']>;
  /** Caseworkers employed in the scope on the as-of date. */
  headcountOnAsOf?: Maybe<Scalars['Int']['output']>;
  suppressed: Array<Suppression>;
  withheld: Scalars['Boolean']['output'];
};

/** One reviewer's review of one sampled case. */
export type Review = {
  __typename?: 'Review';
  answers: Array<ItemAnswer>;
  case: Case;
  checklist: ChecklistTemplate;
  decision?: Maybe<DecisionAssessment>;
  id: Scalars['ID']['output'];
  level: AssignmentLevel;
  note?: Maybe<Scalars['String']['output']>;
  overall?: Maybe<OverallAssessment>;
  reviewer: ReviewerCandidate;
  roundId: Scalars['ID']['output'];
  roundName: Scalars['String']['output'];
  savedAt?: Maybe<Scalars['DateTime']['output']>;
  status: ReviewStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ReviewDraftInput = {
  answers: Array<ItemAnswerInput>;
  decision?: InputMaybe<DecisionAssessment>;
  note?: InputMaybe<Scalars['String']['input']>;
  overall?: InputMaybe<OverallAssessment>;
  reviewId: Scalars['ID']['input'];
};

/** The frame a round was drawn from, as stored with it. */
export type ReviewFrame = {
  __typename?: 'ReviewFrame';
  asOf: Scalars['Date']['output'];
  /** Case type ids; empty when all. */
  caseTypes: Array<Scalars['ID']['output']>;
  excludeEarlierRounds: Scalars['Boolean']['output'];
  kind: FrameKind;
  period?: Maybe<Period>;
  /** Cases in the frame. */
  size: Scalars['Int']['output'];
};

export type ReviewPlanInput = {
  allocation: AllocationInput;
  frame: FrameInput;
  scope: Scalars['ID']['input'];
  strata: Stratification;
};

export type ReviewProgress = {
  __typename?: 'ReviewProgress';
  assigned: Scalars['Int']['output'];
  eliminated: Scalars['Int']['output'];
  /** Cases in the sample now (eliminated ones not counted). */
  sampled: Scalars['Int']['output'];
  submitted: Scalars['Int']['output'];
};

export type ReviewResults = {
  __typename?: 'ReviewResults';
  changed: Proportion;
  /** Share of reviewed cases assessed "in order". */
  inOrder: ScopeProportion;
  /** In-order stratified estimate now minus the previous round's. */
  inOrderChangeSincePrevious?: Maybe<Scalars['Float']['output']>;
  items: Array<ItemResult>;
  /** Share of reviewed cases with at least one breached mandatory safeguard ("no" on such an item). */
  mandatoryBreach: ScopeProportion;
  minorDeficiencies: Scalars['Int']['output'];
  /** The previous round of the same scope (by creation), if any. */
  previousRoundId?: Maybe<Scalars['ID']['output']>;
  remitted: Proportion;
  /** Submitted first-level reviews counted. */
  reviewed: Scalars['Int']['output'];
  significantDeficiencies: Scalars['Int']['output'];
  upheld: Proportion;
};

/** A supervisory review round. */
export type ReviewRound = {
  __typename?: 'ReviewRound';
  actions: Array<FollowUpAction>;
  /** Agreement between first and second reviewers, per pair of reviewers. */
  agreement: Array<ReviewerAgreement>;
  allocationMethod: AllocationMethod;
  checklist: ChecklistTemplate;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Display name of the user who created the round. */
  createdBy: Scalars['String']['output'];
  eliminations: Array<Elimination>;
  /** What happened on the round, oldest first. */
  events: Array<ReviewRoundEvent>;
  frame: ReviewFrame;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  progress: ReviewProgress;
  reserveShare: Scalars['Float']['output'];
  results: ReviewResults;
  /** Every case in the sample now (drawn, or from the reserve in place of an eliminated case), in stratum and draw order. */
  sample: Array<SampledCase>;
  scope: Department;
  seed: Scalars['String']['output'];
  status: ReviewRoundStatus;
  strata: Array<Stratum>;
  stratification: Stratification;
  /** Re-draws from the stored frame and seed, and compares the stored frame with the data now. */
  verification: SampleVerification;
};

export type ReviewRoundEvent = {
  __typename?: 'ReviewRoundEvent';
  at: Scalars['DateTime']['output'];
  /** Display name of who did it. */
  by: Scalars['String']['output'];
  caseId?: Maybe<Scalars['ID']['output']>;
  detail?: Maybe<Scalars['String']['output']>;
  /** CREATED, ELIMINATED, REPLACED, ASSIGNED, REVIEW_SUBMITTED, REVIEW_REOPENED, SECOND_LEVEL_DRAWN, ACTION_ADDED, ACTION_UPDATED, CLOSED. */
  kind: Scalars['String']['output'];
};

export type ReviewRoundInput = {
  allocation: AllocationInput;
  frame: FrameInput;
  /** 1–120 characters. */
  name: Scalars['String']['input'];
  /** Reserve per stratum as a share of its allocation, in [0, 1]; default 0.2. */
  reserveShare?: InputMaybe<Scalars['Float']['input']>;
  scope: Scalars['ID']['input'];
  /** Used verbatim (1–200 characters); generated and shown when absent. */
  seed?: InputMaybe<Scalars['String']['input']>;
  strata: Stratification;
};

export type ReviewRoundPlan = {
  __typename?: 'ReviewRoundPlan';
  /** The planned total (may exceed the requested total: at least one per non-empty stratum). */
  allocated: Scalars['Int']['output'];
  frameSize: Scalars['Int']['output'];
  strata: Array<PlannedStratum>;
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

export type ReviewerAgreement = {
  __typename?: 'ReviewerAgreement';
  /** Cases reviewed by both (second review submitted). */
  cases: Scalars['Int']['output'];
  firstReviewer: Scalars['String']['output'];
  /** Items both answered. */
  items: Scalars['Int']['output'];
  /** Cohen's κ over yes / no / not relevant; null when chance agreement is 1. */
  kappa?: Maybe<Scalars['Float']['output']>;
  percentAgreement?: Maybe<Scalars['Float']['output']>;
  secondReviewer: Scalars['String']['output'];
};

export type ReviewerCandidate = {
  __typename?: 'ReviewerCandidate';
  displayName: Scalars['String']['output'];
  role: Role;
  username: Scalars['String']['output'];
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

export type SampleSize = {
  __typename?: 'SampleSize';
  /** Smallest n with P(X ≤ k) ≤ 0.05, X binomial(n, T); null without `tolerableRate` or unreachable. */
  binomial?: Maybe<Scalars['Int']['output']>;
  /** By margin of error (with finite population correction); null without `margin`. */
  byMargin?: Maybe<Scalars['Int']['output']>;
  frameSize: Scalars['Int']['output'];
  /** The same with X hypergeometric in the frame (⌈T·N⌉ deviations); null when unreachable. */
  hypergeometric?: Maybe<Scalars['Int']['output']>;
};

export type SampleSizeInput = {
  /** Expected deviations k for the tolerable-rate method; default 0. */
  expectedDeviations?: InputMaybe<Scalars['Int']['input']>;
  /** Expected deviation rate p for the margin method; 0.5 when unknown. */
  expectedRate?: InputMaybe<Scalars['Float']['input']>;
  /** The frame size N. */
  frameSize: Scalars['Int']['input'];
  /** Margin of error e at 95 %, in (0, 1). */
  margin?: InputMaybe<Scalars['Float']['input']>;
  /** Tolerable deviation rate T, in (0, 1]. */
  tolerableRate?: InputMaybe<Scalars['Float']['input']>;
};

export type SampleVerification = {
  __typename?: 'SampleVerification';
  differenceCount: Scalars['Int']['output'];
  /** What differs (at most 200 listed). */
  differences: Array<VerificationDifference>;
  /** The data now gives exactly the stored frame (false after re-imports that changed the frame). */
  frameUnchanged: Scalars['Boolean']['output'];
  /** The stored frame and seed give exactly the stored sample and reserve. */
  sampleIdentical: Scalars['Boolean']['output'];
};

/** A case in a round's sample. */
export type SampledCase = {
  __typename?: 'SampledCase';
  case: Case;
  /** True when the case came from the reserve. */
  fromReserve: Scalars['Boolean']['output'];
  /** Position in its stratum's hash order, from 1. */
  position: Scalars['Int']['output'];
  /** The eliminated case this one replaces. */
  replaces?: Maybe<Scalars['ID']['output']>;
  /** The first-level review (null until assigned). */
  review?: Maybe<Review>;
  /** The second-level review, when drawn for one. */
  secondReview?: Maybe<Review>;
  status: SampledCaseStatus;
  stratumKey: Scalars['String']['output'];
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

/** The figures of one scope for one period, as known on the as-of date. */
export type ScopeFigures = {
  __typename?: 'ScopeFigures';
  /** Appeals decided in the period on the scope's cases and the reversal rate. Covers appealed cases only. */
  appeals: Appeals;
  /** The as-of date: data is taken as it was known on this day. */
  asOf: Scalars['Date']['output'];
  /** The open cases on the as-of date: overdue count and age bands. */
  backlog: Backlog;
  /** Per case type handled in the scope: timeliness, processing days, box-plot distribution and deadline realism. */
  caseTypeDeadlines: Array<CaseTypeDeadlineFigures>;
  /** The same figures for each direct child department, by name. */
  children: Array<ScopeFigures>;
  /** Complaints to the citizens' advisor received in the period, in total and by category, per 1,000 decisions (metrics.md, "Complaints and appeals"). */
  complaints: Complaints;
  /**
   * Complaints received in the period per direct child department and category, with both margins,
   * disclosure-controlled as one table for the committee (metrics.md: a row or column with exactly one
   * hidden cell gets a second one hidden).
   */
  complaintsByDepartment: ComplaintTable;
  /** Complaints per month or quarter of the period (cut to the period), each with its decisions. */
  complaintsOverTime: Array<ComplaintPeriod>;
  /** Caseworker changes on the cases decided in the period: the fixed-caseworker share and turnover-related changes. */
  continuity: Continuity;
  /** Citizen continuity indices over contacts in the period (citizens with at least 3 contacts). */
  continuityIndices: ContinuityIndices;
  /** Citizens with cases in two or more departments, their caseworkers and how their cases fare (metrics.md, "Citizens across departments"). */
  crossDepartment: CrossDepartment;
  /**
   * The overview's indicators (domain.md, "The development plan's five themes") with the scope's
   * target, status and the trend against the same period one year earlier; all when `keys` is absent.
   */
  indicators: Array<Indicator>;
  /** The period the figures cover. */
  period: Period;
  /** Processing days of the cases decided in the period: p50, p80, p90 (percentile_cont). */
  processingTime: Percentiles;
  /** Caseload on the as-of date and decisions per caseworker-year in the period (metrics.md, "Resources"). */
  resources: Resources;
  /** The department the figures cover, with its subtree. */
  scope: Department;
  /** Staff turnover in the scope: daily-average headcount, leavers (moves inside the scope are no loss), rates. */
  staff: Staff;
  /** Headcount, leavers and the fixed-caseworker share per month or quarter of the period (cut to the period). */
  staffOverTime: Array<StaffPeriod>;
  /** Kaplan–Meier time to decision for the cohort received in the period (open and closed cases censored). */
  timeToDecision: KaplanMeier;
  /** Timeliness of the cases decided in the period (metrics.md, "Deadlines"). */
  timeliness: Timeliness;
  /** Timeliness per calendar month of the period (months cut to the period). */
  timelinessByMonth: Array<MonthTimeliness>;
  /** Each direct child department's timeliness against its volume, with binomial control limits around the scope's rate. */
  timelinessFunnel: Funnel;
  /** Department-quarters of the scope's leaf departments: annualised turnover against the fixed-caseworker share, Spearman's ρ. */
  turnoverVersusContinuity: RankCorrelation;
};


/** The figures of one scope for one period, as known on the as-of date. */
export type ScopeFiguresComplaintsOverTimeArgs = {
  granularity?: InputMaybe<Granularity>;
};


/** The figures of one scope for one period, as known on the as-of date. */
export type ScopeFiguresIndicatorsArgs = {
  keys?: InputMaybe<Array<IndicatorKey>>;
};


/** The figures of one scope for one period, as known on the as-of date. */
export type ScopeFiguresStaffOverTimeArgs = {
  granularity?: InputMaybe<Granularity>;
};

/** A share for the whole scope: pooled (Wilson), stratified, and per stratum. */
export type ScopeProportion = {
  __typename?: 'ScopeProportion';
  pooled: Proportion;
  strata: Array<StratumProportion>;
  /** Null when no stratum has answers. */
  stratified?: Maybe<StratifiedEstimate>;
};

/** Staff turnover for a period (metrics.md, "Staff turnover and the fixed caseworker"). */
export type Staff = {
  __typename?: 'Staff';
  /** turnoverRate × 365 ÷ days in the period. */
  annualisedTurnoverRate?: Maybe<Scalars['Float']['output']>;
  /** Mean of the daily headcount (distinct caseworkers employed in the scope) over the days of the period. */
  averageHeadcount?: Maybe<Scalars['Float']['output']>;
  /** Distinct caseworkers employed in the scope on the as-of date. */
  headcountOnAsOf?: Maybe<Scalars['Int']['output']>;
  /** Employment periods in the scope ending in the period, less moves inside the scope (restart within 1–7 days). */
  leavers?: Maybe<Scalars['Int']['output']>;
  leaversByReason: Array<LeaversByReason>;
  suppressed: Array<Suppression>;
  /** leavers ÷ averageHeadcount. */
  turnoverRate?: Maybe<Scalars['Float']['output']>;
  withheld: Scalars['Boolean']['output'];
};

/** Headcount, leavers and continuity in one month or quarter of the period. */
export type StaffPeriod = {
  __typename?: 'StaffPeriod';
  annualisedTurnoverRate?: Maybe<Scalars['Float']['output']>;
  averageHeadcount?: Maybe<Scalars['Float']['output']>;
  /** Cases decided in the part with at least one assignment. */
  decidedCases?: Maybe<Scalars['Int']['output']>;
  fixedCaseworkerShare?: Maybe<Scalars['Float']['output']>;
  from: Scalars['Date']['output'];
  leavers?: Maybe<Scalars['Int']['output']>;
  suppressed: Array<Suppression>;
  to: Scalars['Date']['output'];
  withheld: Scalars['Boolean']['output'];
};

/** How the frame is split into strata. */
export type Stratification =
  /** The case's own department; key = department id. */
  | 'DEPARTMENT'
  /** The case's own department and its case type; key = `departmentId/caseTypeId`. */
  | 'DEPARTMENT_AND_CASE_TYPE';

/** The scope estimate weighting strata by frame size, with its standard error and 95 % interval. */
export type StratifiedEstimate = {
  __typename?: 'StratifiedEstimate';
  estimate: Scalars['Float']['output'];
  lower: Scalars['Float']['output'];
  standardError: Scalars['Float']['output'];
  upper: Scalars['Float']['output'];
};

/** One stratum of a round. */
export type Stratum = {
  __typename?: 'Stratum';
  allocated: Scalars['Int']['output'];
  caseType?: Maybe<CaseType>;
  department: Department;
  /** The first `allocated` cases of the hash order, as drawn (eliminated ones included). */
  drawn: Array<Case>;
  frameSize: Scalars['Int']['output'];
  /** Department id, or `departmentId/caseTypeId`. */
  key: Scalars['String']['output'];
  /** The next ⌈reserveShare × allocated⌉ cases, in the order they replace eliminated ones. */
  reserve: Array<Case>;
};

export type StratumProportion = {
  __typename?: 'StratumProportion';
  frameSize: Scalars['Int']['output'];
  proportion: Proportion;
  stratumKey: Scalars['String']['output'];
};

/** One withheld figure of an object: the field name and why. */
export type Suppression = {
  __typename?: 'Suppression';
  /** The field withheld, e.g. `rate`. */
  field: Scalars['String']['output'];
  /** Why it was withheld. */
  reason: SuppressionReason;
};

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

/** Timeliness for a period: `rate = onTime ÷ decidedWithDueDate`. */
export type Timeliness = {
  __typename?: 'Timeliness';
  /** Cases decided in the period, whatever the outcome (withdrawn cases are never decided). */
  decided?: Maybe<Scalars['Int']['output']>;
  /** Decided cases whose type had a deadline in force on the received date (the denominator). */
  decidedWithDueDate?: Maybe<Scalars['Int']['output']>;
  /** Decided on or before the due date. */
  onTime?: Maybe<Scalars['Int']['output']>;
  /** onTime ÷ decidedWithDueDate, in [0, 1]; null when the denominator is 0. */
  rate?: Maybe<Scalars['Float']['output']>;
  /** The withheld fields of this object and why. */
  suppressed: Array<Suppression>;
  /** True when disclosure control withheld any figure of this object (see `suppressed`). */
  withheld: Scalars['Boolean']['output'];
  /** Decided cases without a deadline in force. */
  withoutDeadline?: Maybe<Scalars['Int']['output']>;
};

/** The value against the same period one year earlier, read in the indicator's direction. */
export type TrendDirection =
  | 'BETTER'
  | 'UNCHANGED'
  | 'WORSE';

/** A user account. */
export type User = {
  __typename?: 'User';
  /** The user's own imported `caseworker_id`, if they also handle cases. */
  caseworkerId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Department ids as imported; unknown ids (after a re-import) are kept and shown. */
  departmentIds: Array<Scalars['ID']['output']>;
  disabled: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  hasPassword: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** One of the built-in demo accounts (one-click sign-in while demo mode is on, disabled otherwise). */
  isDemoAccount: Scalars['Boolean']['output'];
  role: Role;
  username: Scalars['String']['output'];
  /** True when the account signs in through the municipality's identity provider. */
  usesSingleSignOn: Scalars['Boolean']['output'];
};

export type VerificationDifference = {
  __typename?: 'VerificationDifference';
  caseId: Scalars['ID']['output'];
  kind: VerificationDifferenceKind;
  stratumKey: Scalars['String']['output'];
};

export type VerificationDifferenceKind =
  /** A case is in the frame the data gives now but not in the stored frame. */
  | 'ADDED_TO_FRAME'
  /** The re-draw puts a case in the sample that the round does not have. */
  | 'MISSING_FROM_ROUND'
  /** The round has a case in the sample that the re-draw does not give. */
  | 'NOT_IN_REDRAW'
  /** A case of the stored frame is no longer in the frame the data gives now. */
  | 'REMOVED_FROM_FRAME';

/** The signed-in user. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The department subtrees the user is bound to (managers' case-level access). */
  departments: Array<Department>;
  displayName: Scalars['String']['output'];
  role: Role;
  username: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessLogEntry: ResolverTypeWrapper<AccessLogEntryModel>;
  AccessLogFilterInput: AccessLogFilterInput;
  AccessLogPage: ResolverTypeWrapper<AccessLogPageModel>;
  AddUserInput: AddUserInput;
  AgeBand: ResolverTypeWrapper<AgeBand>;
  AllocationInput: AllocationInput;
  AllocationMethod: AllocationMethod;
  ApiToken: ResolverTypeWrapper<ApiTokenModel>;
  Appeal: ResolverTypeWrapper<AppealModel>;
  AppealOutcome: AppealOutcome;
  Appeals: ResolverTypeWrapper<Appeals>;
  AssignReviewerInput: AssignReviewerInput;
  Assignment: ResolverTypeWrapper<Assignment>;
  AssignmentLevel: AssignmentLevel;
  Backlog: ResolverTypeWrapper<Backlog>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BoxPlot: ResolverTypeWrapper<BoxPlot>;
  Case: ResolverTypeWrapper<CaseModel>;
  CaseOutcome: CaseOutcome;
  CaseType: ResolverTypeWrapper<CaseTypeModel>;
  CaseTypeDeadlineFigures: ResolverTypeWrapper<Omit<CaseTypeDeadlineFigures, 'caseType' | 'deadlineInForce'> & { caseType: ResolversTypes['CaseType'], deadlineInForce?: Maybe<ResolversTypes['Deadline']> }>;
  Caseworker: ResolverTypeWrapper<Caseworker>;
  CaseworkerCountBin: ResolverTypeWrapper<CaseworkerCountBin>;
  CaseworkerFigures: ResolverTypeWrapper<CaseworkerFiguresModel>;
  ChangesBin: ResolverTypeWrapper<ChangesBin>;
  ChecklistAnswer: ChecklistAnswer;
  ChecklistItem: ResolverTypeWrapper<ChecklistItemModel>;
  ChecklistItemInput: ChecklistItemInput;
  ChecklistRuleType: ChecklistRuleType;
  ChecklistTemplate: ResolverTypeWrapper<ChecklistTemplateModel>;
  ChecklistTemplateInput: ChecklistTemplateInput;
  CitizenOverview: ResolverTypeWrapper<CitizenOverviewModel>;
  ComplaintCategory: ComplaintCategory;
  ComplaintCategoryCount: ResolverTypeWrapper<ComplaintCategoryCount>;
  ComplaintPeriod: ResolverTypeWrapper<ComplaintPeriod>;
  ComplaintTable: ResolverTypeWrapper<Omit<ComplaintTable, 'rows'> & { rows: Array<ResolversTypes['ComplaintTableRow']> }>;
  ComplaintTableCell: ResolverTypeWrapper<ComplaintTableCell>;
  ComplaintTableRow: ResolverTypeWrapper<ComplaintTableRowModel>;
  Complaints: ResolverTypeWrapper<Complaints>;
  Contact: ResolverTypeWrapper<ContactModel>;
  ContactChannel: ContactChannel;
  Continuity: ResolverTypeWrapper<Continuity>;
  ContinuityIndices: ResolverTypeWrapper<ContinuityIndices>;
  CrossDepartment: ResolverTypeWrapper<CrossDepartmentModel>;
  CrossDepartmentCitizen: ResolverTypeWrapper<CrossDepartmentCitizenModel>;
  CrossDepartmentCitizenPage: ResolverTypeWrapper<Omit<CrossDepartmentCitizenPage, 'citizens'> & { citizens: Array<ResolversTypes['CrossDepartmentCitizen']> }>;
  DataStatus: ResolverTypeWrapper<DataStatusModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deadline: ResolverTypeWrapper<DeadlineModel>;
  DeadlineInput: DeadlineInput;
  DeadlineLength: ResolverTypeWrapper<DeadlineLength>;
  DeadlineRealism: ResolverTypeWrapper<DeadlineRealism>;
  DeadlineScenario: ResolverTypeWrapper<Omit<DeadlineScenario, 'caseType'> & { caseType: ResolversTypes['CaseType'] }>;
  DeadlineUnit: DeadlineUnit;
  DecisionAssessment: DecisionAssessment;
  Department: ResolverTypeWrapper<DepartmentModel>;
  DepartmentCombination: ResolverTypeWrapper<DepartmentCombinationModel>;
  DepartmentQuarter: ResolverTypeWrapper<Omit<DepartmentQuarter, 'department'> & { department: ResolversTypes['Department'] }>;
  Elimination: ResolverTypeWrapper<Elimination>;
  EliminationInput: EliminationInput;
  EliminationReason: EliminationReason;
  EndReason: EndReason;
  EntityCount: ResolverTypeWrapper<EntityCount>;
  FileCounts: ResolverTypeWrapper<FileCounts>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowUpAction: ResolverTypeWrapper<FollowUpActionModel>;
  FollowUpActionInput: FollowUpActionInput;
  FollowUpActionUpdateInput: FollowUpActionUpdateInput;
  FollowUpStatus: FollowUpStatus;
  FrameInput: FrameInput;
  FrameKind: FrameKind;
  Funnel: ResolverTypeWrapper<Omit<Funnel, 'points'> & { points: Array<ResolversTypes['FunnelPoint']> }>;
  FunnelPoint: ResolverTypeWrapper<Omit<FunnelPoint, 'department'> & { department: ResolversTypes['Department'] }>;
  Granularity: Granularity;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportBatch: ResolverTypeWrapper<ImportBatchModel>;
  ImportStatus: ImportStatus;
  ImportedFile: ResolverTypeWrapper<ImportedFile>;
  Indicator: ResolverTypeWrapper<IndicatorModel>;
  IndicatorDirection: IndicatorDirection;
  IndicatorKey: IndicatorKey;
  IndicatorQuarter: ResolverTypeWrapper<IndicatorQuarter>;
  IndicatorTarget: ResolverTypeWrapper<IndicatorTargetModel>;
  IndicatorTargetChange: ResolverTypeWrapper<IndicatorTargetChangeModel>;
  IndicatorTargetInput: IndicatorTargetInput;
  IndicatorUnit: IndicatorUnit;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IssuedApiToken: ResolverTypeWrapper<IssuedApiTokenModel>;
  ItemAnswer: ResolverTypeWrapper<ItemAnswer>;
  ItemAnswerInput: ItemAnswerInput;
  ItemResult: ResolverTypeWrapper<Omit<ItemResult, 'item'> & { item: ResolversTypes['ChecklistItem'] }>;
  KaplanMeier: ResolverTypeWrapper<KaplanMeier>;
  KaplanMeierPoint: ResolverTypeWrapper<KaplanMeierPoint>;
  LeaversByReason: ResolverTypeWrapper<LeaversByReason>;
  MonthCount: ResolverTypeWrapper<MonthCount>;
  MonthTimeliness: ResolverTypeWrapper<MonthTimeliness>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenCase: ResolverTypeWrapper<Omit<OpenCase, 'case'> & { case: ResolversTypes['Case'] }>;
  OpenCaseFilter: OpenCaseFilter;
  OpenCasePage: ResolverTypeWrapper<Omit<OpenCasePage, 'cases'> & { cases: Array<ResolversTypes['OpenCase']> }>;
  OverallAssessment: OverallAssessment;
  Percentiles: ResolverTypeWrapper<Percentiles>;
  Period: ResolverTypeWrapper<PeriodModel>;
  PeriodInput: PeriodInput;
  PlannedStratum: ResolverTypeWrapper<Omit<PlannedStratum, 'caseType' | 'department'> & { caseType?: Maybe<ResolversTypes['CaseType']>, department: ResolversTypes['Department'] }>;
  Proportion: ResolverTypeWrapper<Proportion>;
  PublicCaseTypeTimes: ResolverTypeWrapper<PublicCaseTypeTimes>;
  PublicProcessingTimes: ResolverTypeWrapper<PublicProcessingTimes>;
  PublicWithholding: PublicWithholding;
  PublicationSettings: ResolverTypeWrapper<PublicationSettings>;
  PublicationSettingsInput: PublicationSettingsInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankCorrelation: ResolverTypeWrapper<Omit<RankCorrelation, 'pairs'> & { pairs: Array<ResolversTypes['DepartmentQuarter']> }>;
  Resources: ResolverTypeWrapper<Resources>;
  Review: ResolverTypeWrapper<ReviewModel>;
  ReviewDraftInput: ReviewDraftInput;
  ReviewFrame: ResolverTypeWrapper<Omit<ReviewFrame, 'period'> & { period?: Maybe<ResolversTypes['Period']> }>;
  ReviewPlanInput: ReviewPlanInput;
  ReviewProgress: ResolverTypeWrapper<ReviewProgress>;
  ReviewResults: ResolverTypeWrapper<Omit<ReviewResults, 'items'> & { items: Array<ResolversTypes['ItemResult']> }>;
  ReviewRound: ResolverTypeWrapper<ReviewRoundModel>;
  ReviewRoundEvent: ResolverTypeWrapper<ReviewRoundEvent>;
  ReviewRoundInput: ReviewRoundInput;
  ReviewRoundPlan: ResolverTypeWrapper<Omit<ReviewRoundPlan, 'strata'> & { strata: Array<ResolversTypes['PlannedStratum']> }>;
  ReviewRoundStatus: ReviewRoundStatus;
  ReviewStatus: ReviewStatus;
  ReviewerAgreement: ResolverTypeWrapper<ReviewerAgreement>;
  ReviewerCandidate: ResolverTypeWrapper<ReviewerCandidate>;
  Role: Role;
  SampleSize: ResolverTypeWrapper<SampleSize>;
  SampleSizeInput: SampleSizeInput;
  SampleVerification: ResolverTypeWrapper<SampleVerification>;
  SampledCase: ResolverTypeWrapper<SampledCaseModel>;
  SampledCaseStatus: SampledCaseStatus;
  ScopeFigures: ResolverTypeWrapper<ScopeFiguresModel>;
  ScopeProportion: ResolverTypeWrapper<ScopeProportion>;
  Staff: ResolverTypeWrapper<Staff>;
  StaffPeriod: ResolverTypeWrapper<StaffPeriod>;
  Stratification: Stratification;
  StratifiedEstimate: ResolverTypeWrapper<StratifiedEstimate>;
  Stratum: ResolverTypeWrapper<StratumModel>;
  StratumProportion: ResolverTypeWrapper<StratumProportion>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Suppression: ResolverTypeWrapper<Suppression>;
  SuppressionReason: SuppressionReason;
  TargetStatus: TargetStatus;
  Theme: Theme;
  Timeliness: ResolverTypeWrapper<Timeliness>;
  TrendDirection: TrendDirection;
  User: ResolverTypeWrapper<UserModel>;
  VerificationDifference: ResolverTypeWrapper<VerificationDifference>;
  VerificationDifferenceKind: VerificationDifferenceKind;
  Viewer: ResolverTypeWrapper<ViewerModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessLogEntry: AccessLogEntryModel;
  AccessLogFilterInput: AccessLogFilterInput;
  AccessLogPage: AccessLogPageModel;
  AddUserInput: AddUserInput;
  AgeBand: AgeBand;
  AllocationInput: AllocationInput;
  ApiToken: ApiTokenModel;
  Appeal: AppealModel;
  Appeals: Appeals;
  AssignReviewerInput: AssignReviewerInput;
  Assignment: Assignment;
  Backlog: Backlog;
  Boolean: Scalars['Boolean']['output'];
  BoxPlot: BoxPlot;
  Case: CaseModel;
  CaseType: CaseTypeModel;
  CaseTypeDeadlineFigures: Omit<CaseTypeDeadlineFigures, 'caseType' | 'deadlineInForce'> & { caseType: ResolversParentTypes['CaseType'], deadlineInForce?: Maybe<ResolversParentTypes['Deadline']> };
  Caseworker: Caseworker;
  CaseworkerCountBin: CaseworkerCountBin;
  CaseworkerFigures: CaseworkerFiguresModel;
  ChangesBin: ChangesBin;
  ChecklistItem: ChecklistItemModel;
  ChecklistItemInput: ChecklistItemInput;
  ChecklistTemplate: ChecklistTemplateModel;
  ChecklistTemplateInput: ChecklistTemplateInput;
  CitizenOverview: CitizenOverviewModel;
  ComplaintCategoryCount: ComplaintCategoryCount;
  ComplaintPeriod: ComplaintPeriod;
  ComplaintTable: Omit<ComplaintTable, 'rows'> & { rows: Array<ResolversParentTypes['ComplaintTableRow']> };
  ComplaintTableCell: ComplaintTableCell;
  ComplaintTableRow: ComplaintTableRowModel;
  Complaints: Complaints;
  Contact: ContactModel;
  Continuity: Continuity;
  ContinuityIndices: ContinuityIndices;
  CrossDepartment: CrossDepartmentModel;
  CrossDepartmentCitizen: CrossDepartmentCitizenModel;
  CrossDepartmentCitizenPage: Omit<CrossDepartmentCitizenPage, 'citizens'> & { citizens: Array<ResolversParentTypes['CrossDepartmentCitizen']> };
  DataStatus: DataStatusModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deadline: DeadlineModel;
  DeadlineInput: DeadlineInput;
  DeadlineLength: DeadlineLength;
  DeadlineRealism: DeadlineRealism;
  DeadlineScenario: Omit<DeadlineScenario, 'caseType'> & { caseType: ResolversParentTypes['CaseType'] };
  Department: DepartmentModel;
  DepartmentCombination: DepartmentCombinationModel;
  DepartmentQuarter: Omit<DepartmentQuarter, 'department'> & { department: ResolversParentTypes['Department'] };
  Elimination: Elimination;
  EliminationInput: EliminationInput;
  EntityCount: EntityCount;
  FileCounts: FileCounts;
  Float: Scalars['Float']['output'];
  FollowUpAction: FollowUpActionModel;
  FollowUpActionInput: FollowUpActionInput;
  FollowUpActionUpdateInput: FollowUpActionUpdateInput;
  FrameInput: FrameInput;
  Funnel: Omit<Funnel, 'points'> & { points: Array<ResolversParentTypes['FunnelPoint']> };
  FunnelPoint: Omit<FunnelPoint, 'department'> & { department: ResolversParentTypes['Department'] };
  ID: Scalars['ID']['output'];
  ImportBatch: ImportBatchModel;
  ImportedFile: ImportedFile;
  Indicator: IndicatorModel;
  IndicatorQuarter: IndicatorQuarter;
  IndicatorTarget: IndicatorTargetModel;
  IndicatorTargetChange: IndicatorTargetChangeModel;
  IndicatorTargetInput: IndicatorTargetInput;
  Int: Scalars['Int']['output'];
  IssuedApiToken: IssuedApiTokenModel;
  ItemAnswer: ItemAnswer;
  ItemAnswerInput: ItemAnswerInput;
  ItemResult: Omit<ItemResult, 'item'> & { item: ResolversParentTypes['ChecklistItem'] };
  KaplanMeier: KaplanMeier;
  KaplanMeierPoint: KaplanMeierPoint;
  LeaversByReason: LeaversByReason;
  MonthCount: MonthCount;
  MonthTimeliness: MonthTimeliness;
  Mutation: Record<PropertyKey, never>;
  OpenCase: Omit<OpenCase, 'case'> & { case: ResolversParentTypes['Case'] };
  OpenCasePage: Omit<OpenCasePage, 'cases'> & { cases: Array<ResolversParentTypes['OpenCase']> };
  Percentiles: Percentiles;
  Period: PeriodModel;
  PeriodInput: PeriodInput;
  PlannedStratum: Omit<PlannedStratum, 'caseType' | 'department'> & { caseType?: Maybe<ResolversParentTypes['CaseType']>, department: ResolversParentTypes['Department'] };
  Proportion: Proportion;
  PublicCaseTypeTimes: PublicCaseTypeTimes;
  PublicProcessingTimes: PublicProcessingTimes;
  PublicationSettings: PublicationSettings;
  PublicationSettingsInput: PublicationSettingsInput;
  Query: Record<PropertyKey, never>;
  RankCorrelation: Omit<RankCorrelation, 'pairs'> & { pairs: Array<ResolversParentTypes['DepartmentQuarter']> };
  Resources: Resources;
  Review: ReviewModel;
  ReviewDraftInput: ReviewDraftInput;
  ReviewFrame: Omit<ReviewFrame, 'period'> & { period?: Maybe<ResolversParentTypes['Period']> };
  ReviewPlanInput: ReviewPlanInput;
  ReviewProgress: ReviewProgress;
  ReviewResults: Omit<ReviewResults, 'items'> & { items: Array<ResolversParentTypes['ItemResult']> };
  ReviewRound: ReviewRoundModel;
  ReviewRoundEvent: ReviewRoundEvent;
  ReviewRoundInput: ReviewRoundInput;
  ReviewRoundPlan: Omit<ReviewRoundPlan, 'strata'> & { strata: Array<ResolversParentTypes['PlannedStratum']> };
  ReviewerAgreement: ReviewerAgreement;
  ReviewerCandidate: ReviewerCandidate;
  SampleSize: SampleSize;
  SampleSizeInput: SampleSizeInput;
  SampleVerification: SampleVerification;
  SampledCase: SampledCaseModel;
  ScopeFigures: ScopeFiguresModel;
  ScopeProportion: ScopeProportion;
  Staff: Staff;
  StaffPeriod: StaffPeriod;
  StratifiedEstimate: StratifiedEstimate;
  Stratum: StratumModel;
  StratumProportion: StratumProportion;
  String: Scalars['String']['output'];
  Suppression: Suppression;
  Timeliness: Timeliness;
  User: UserModel;
  VerificationDifference: VerificationDifference;
  Viewer: ViewerModel;
};

export type AccessLogEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  caseIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  citizenPseudonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purposeReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AccessLogPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccessLogPage'] = ResolversParentTypes['AccessLogPage']> = {
  entries?: Resolver<Array<ResolversTypes['AccessLogEntry']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AgeBandResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgeBand'] = ResolversParentTypes['AgeBand']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['SuppressionReason']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AppealResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Appeal'] = ResolversParentTypes['Appeal']> = {
  appealedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decidedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['AppealOutcome']>, ParentType, ContextType>;
};

export type AppealsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Appeals'] = ResolversParentTypes['Appeals']> = {
  changed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  decided?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dismissed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pending?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  remitted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reversalRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['Suppression']>, ParentType, ContextType>;
  upheld?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AssignmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Assignment'] = ResolversParentTypes['Assignment']> = {
  caseworker?: Resolver<ResolversTypes['Caseworker'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type BacklogResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Backlog'] = ResolversParentTypes['Backlog']> = {
  ageBands?: Resolver<Array<ResolversTypes['AgeBand']>, ParentType, ContextType>;
  overdue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['Suppression']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  withDueDate?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type BoxPlotResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BoxPlot'] = ResolversParentTypes['BoxPlot']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  median?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  q1?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  q3?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['Suppression']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CaseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case']> = {
  appeals?: Resolver<Array<ResolversTypes['Appeal']>, ParentType, ContextType>;
  assignments?: Resolver<Array<ResolversTypes['Assignment']>, ParentType, ContextType>;
  caseType?: Resolver<ResolversTypes['CaseType'], ParentType, ContextType>;
  citizenPseudonym?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Deadline']>, ParentType, ContextType>;
  decidedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['CaseOutcome']>, ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CaseTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CaseType'] = ResolversParentTypes['CaseType']> = {
  deadlineOn?: Resolver<Maybe<ResolversTypes['Deadline']>, ParentType, ContextType, RequireFields<CaseTypeDeadlineOnArgs, 'date'>>;
  deadlines?: Resolver<Array<ResolversTypes['Deadline']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseTypeDeadlineFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CaseTypeDeadlineFigures'] = ResolversParentTypes['CaseTypeDeadlineFigures']> = {
  caseType?: Resolver<ResolversTypes['CaseType'], ParentType, ContextType>;
  deadlineInForce?: Resolver<Maybe<ResolversTypes['Deadline']>, ParentType, ContextType>;
  distribution?: Resolver<ResolversTypes['BoxPlot'], ParentType, ContextType>;
  processingTime?: Resolver<ResolversTypes['Percentiles'], ParentType, ContextType>;
  realism?: Resolver<ResolversTypes['DeadlineRealism'], ParentType, ContextType>;
  timeliness?: Resolver<ResolversTypes['Timeliness'], ParentType, ContextType>;
};

export type CaseworkerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Caseworker'] = ResolversParentTypes['Caseworker']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CaseworkerCountBinResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CaseworkerCountBin'] = ResolversParentTypes['CaseworkerCountBin']> = {
  caseworkers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  citizens?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  crossDepartmentCitizens?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['SuppressionReason']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CaseworkerFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CaseworkerFigures'] = ResolversParentTypes['CaseworkerFigures']> = {
  caseworker?: Resolver<ResolversTypes['Caseworker'], ParentType, ContextType>;
  decidedCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  employedFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  employedTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['EndReason']>, ParentType, ContextType>;
  handovers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangesBinResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangesBin'] = ResolversParentTypes['ChangesBin']> = {
  cases?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['SuppressionReason']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ChecklistItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChecklistItem'] = ResolversParentTypes['ChecklistItem']> = {
  legalReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ruleType?: Resolver<ResolversTypes['ChecklistRuleType'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChecklistTemplateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChecklistTemplate'] = ResolversParentTypes['ChecklistTemplate']> = {
  items?: Resolver<Array<ResolversTypes['ChecklistItem']>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  publishedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CitizenOverviewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CitizenOverview'] = ResolversParentTypes['CitizenOverview']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  otherCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pseudonym?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ComplaintCategoryCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ComplaintCategoryCount'] = ResolversParentTypes['ComplaintCategoryCount']> = {
  category?: Resolver<ResolversTypes['ComplaintCategory'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  per1000Decisions?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['SuppressionReason']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ComplaintPeriodResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ComplaintPeriod'] = ResolversParentTypes['ComplaintPeriod']> = {
  byCategory?: Resolver<Array<ResolversTypes['ComplaintCategoryCount']>, ParentType, ContextType>;
  decisions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  per1000Decisions?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['Suppression']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ComplaintTableResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ComplaintTable'] = ResolversParentTypes['ComplaintTable']> = {
  categories?: Resolver<Array<ResolversTypes['ComplaintCategory']>, ParentType, ContextType>;
  columnTotals?: Resolver<Array<ResolversTypes['ComplaintTableCell']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ComplaintTableRow']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['ComplaintTableCell'], ParentType, ContextType>;
};

export type ComplaintTableCellResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ComplaintTableCell'] = ResolversParentTypes['ComplaintTableCell']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['SuppressionReason']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ComplaintTableRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ComplaintTableRow'] = ResolversParentTypes['ComplaintTableRow']> = {
  cells?: Resolver<Array<ResolversTypes['ComplaintTableCell']>, ParentType, ContextType>;
  decisions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  per1000Decisions?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  per1000Withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['ComplaintTableCell'], ParentType, ContextType>;
};

export type ComplaintsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Complaints'] = ResolversParentTypes['Complaints']> = {
  byCategory?: Resolver<Array<ResolversTypes['ComplaintCategoryCount']>, ParentType, ContextType>;
  decisions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  per1000Decisions?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['Suppression']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ContactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = {
  caseworker?: Resolver<ResolversTypes['Caseworker'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ContinuityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Continuity'] = ResolversParentTypes['Continuity']> = {
  cases?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  casesWithoutAssignments?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  changes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  distribution?: Resolver<Array<ResolversTypes['ChangesBin']>, ParentType, ContextType>;
  fixedCaseworkerShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  meanChanges?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['Suppression']>, ParentType, ContextType>;
  turnoverRelatedChanges?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  turnoverRelatedShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ContinuityIndicesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ContinuityIndices'] = ResolversParentTypes['ContinuityIndices']> = {
  citizens?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  coc?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  secon?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['Suppression']>, ParentType, ContextType>;
  upc?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CrossDepartmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CrossDepartment'] = ResolversParentTypes['CrossDepartment']> = {
  caseworkerHistogram?: Resolver<Array<ResolversTypes['CaseworkerCountBin']>, ParentType, ContextType>;
  caseworkersPerCitizen?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  caseworkersPerCrossDepartmentCitizen?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  caseworkersPerOtherCitizen?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  citizens?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  combinations?: Resolver<Array<ResolversTypes['DepartmentCombination']>, ParentType, ContextType, RequireFields<CrossDepartmentCombinationsArgs, 'first'>>;
  crossDepartmentCitizens?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  crossDepartmentShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  decidedWithDueDateCrossDepartment?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  decidedWithDueDateOthers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  shareWithThreeOrMoreCaseworkers?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  shareWithThreeOrMoreCaseworkersCrossDepartment?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  shareWithThreeOrMoreCaseworkersOthers?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['Suppression']>, ParentType, ContextType>;
  timelinessCrossDepartment?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  timelinessOthers?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CrossDepartmentCitizenResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CrossDepartmentCitizen'] = ResolversParentTypes['CrossDepartmentCitizen']> = {
  activeCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  caseworkers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  pseudonym?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CrossDepartmentCitizenPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CrossDepartmentCitizenPage'] = ResolversParentTypes['CrossDepartmentCitizenPage']> = {
  citizens?: Resolver<Array<ResolversTypes['CrossDepartmentCitizen']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DataStatusResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DataStatus'] = ResolversParentTypes['DataStatus']> = {
  counts?: Resolver<Array<ResolversTypes['EntityCount']>, ParentType, ContextType>;
  empty?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  imports?: Resolver<Array<ResolversTypes['ImportBatch']>, ParentType, ContextType, RequireFields<DataStatusImportsArgs, 'limit'>>;
  lastImport?: Resolver<Maybe<ResolversTypes['ImportBatch']>, ParentType, ContextType>;
  latestEvent?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  receivedPerMonth?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  receivedRange?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeadlineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Deadline'] = ResolversParentTypes['Deadline']> = {
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['DeadlineUnit'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeadlineLengthResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeadlineLength'] = ResolversParentTypes['DeadlineLength']> = {
  unit?: Resolver<ResolversTypes['DeadlineUnit'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeadlineRealismResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeadlineRealism'] = ResolversParentTypes['DeadlineRealism']> = {
  deadlineDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  p80?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suggested?: Resolver<Maybe<ResolversTypes['DeadlineLength']>, ParentType, ContextType>;
  suggestedRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['Suppression']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DeadlineScenarioResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeadlineScenario'] = ResolversParentTypes['DeadlineScenario']> = {
  actual?: Resolver<ResolversTypes['Timeliness'], ParentType, ContextType>;
  becameLate?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  becameOnTime?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  caseType?: Resolver<ResolversTypes['CaseType'], ParentType, ContextType>;
  changedStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  proposed?: Resolver<ResolversTypes['DeadlineLength'], ParentType, ContextType>;
  scenario?: Resolver<ResolversTypes['Timeliness'], ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['Suppression']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  withoutActualDueDate?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DepartmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = {
  children?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
};

export type DepartmentCombinationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DepartmentCombination'] = ResolversParentTypes['DepartmentCombination']> = {
  citizens?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['SuppressionReason']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DepartmentQuarterResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DepartmentQuarter'] = ResolversParentTypes['DepartmentQuarter']> = {
  decided?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  fixedShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  quarter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  turnover?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type EliminationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Elimination'] = ResolversParentTypes['Elimination']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['EliminationReason'], ParentType, ContextType>;
  replacementCaseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type EntityCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityCount'] = ResolversParentTypes['EntityCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FileCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FileCounts'] = ResolversParentTypes['FileCounts']> = {
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inserted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FollowUpActionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FollowUpAction'] = ResolversParentTypes['FollowUpAction']> = {
  caseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  dropReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  responsible?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roundId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FollowUpStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type FunnelResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Funnel'] = ResolversParentTypes['Funnel']> = {
  overallRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['FunnelPoint']>, ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['Suppression']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FunnelPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FunnelPoint'] = ResolversParentTypes['FunnelPoint']> = {
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  flagged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lower95?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lower998?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  n?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['Suppression']>, ParentType, ContextType>;
  upper95?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  upper998?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ImportBatchResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportBatch'] = ResolversParentTypes['ImportBatch']> = {
  counts?: Resolver<Array<ResolversTypes['FileCounts']>, ParentType, ContextType>;
  errorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['ImportedFile']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportStatus'], ParentType, ContextType>;
};

export type ImportedFileResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportedFile'] = ResolversParentTypes['ImportedFile']> = {
  bytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  base?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['IndicatorDirection'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['IndicatorKey'], ParentType, ContextType>;
  previousValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  previousWithheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  quarters?: Resolver<Array<ResolversTypes['IndicatorQuarter']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['SuppressionReason']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['TargetStatus']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['IndicatorTarget']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  trend?: Resolver<Maybe<ResolversTypes['TrendDirection']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['IndicatorUnit'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type IndicatorQuarterResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndicatorQuarter'] = ResolversParentTypes['IndicatorQuarter']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type IndicatorTargetResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndicatorTarget'] = ResolversParentTypes['IndicatorTarget']> = {
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  high?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['IndicatorKey'], ParentType, ContextType>;
  inherited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  low?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  setAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  setBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  setOn?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type IndicatorTargetChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndicatorTargetChange'] = ResolversParentTypes['IndicatorTargetChange']> = {
  cleared?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  high?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['IndicatorKey'], ParentType, ContextType>;
  low?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  setAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  setBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type IssuedApiTokenResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IssuedApiToken'] = ResolversParentTypes['IssuedApiToken']> = {
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ItemAnswerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ItemAnswer'] = ResolversParentTypes['ItemAnswer']> = {
  answer?: Resolver<Maybe<ResolversTypes['ChecklistAnswer']>, ParentType, ContextType>;
  itemNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ItemResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ItemResult'] = ResolversParentTypes['ItemResult']> = {
  changeSincePrevious?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  compliance?: Resolver<ResolversTypes['ScopeProportion'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ChecklistItem'], ParentType, ContextType>;
  notRelevant?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KaplanMeierResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['KaplanMeier'] = ResolversParentTypes['KaplanMeier']> = {
  censored?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  cohort?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  events?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  median?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  p80?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['KaplanMeierPoint']>, ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['Suppression']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type KaplanMeierPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['KaplanMeierPoint'] = ResolversParentTypes['KaplanMeierPoint']> = {
  atRisk?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  events?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  survival?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  t?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LeaversByReasonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LeaversByReason'] = ResolversParentTypes['LeaversByReason']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  endReason?: Resolver<ResolversTypes['EndReason'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['SuppressionReason']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MonthCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MonthCount'] = ResolversParentTypes['MonthCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MonthTimelinessResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MonthTimeliness'] = ResolversParentTypes['MonthTimeliness']> = {
  month?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  timeliness?: Resolver<ResolversTypes['Timeliness'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addFollowUpAction?: Resolver<ResolversTypes['FollowUpAction'], ParentType, ContextType, RequireFields<MutationAddFollowUpActionArgs, 'input'>>;
  addUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationAddUserArgs, 'input'>>;
  assignReviewer?: Resolver<Array<ResolversTypes['SampledCase']>, ParentType, ContextType, RequireFields<MutationAssignReviewerArgs, 'input'>>;
  clearIndicatorTarget?: Resolver<Maybe<ResolversTypes['IndicatorTarget']>, ParentType, ContextType, RequireFields<MutationClearIndicatorTargetArgs, 'department' | 'indicator'>>;
  closeReviewRound?: Resolver<ResolversTypes['ReviewRound'], ParentType, ContextType, RequireFields<MutationCloseReviewRoundArgs, 'id'>>;
  createReviewRound?: Resolver<ResolversTypes['ReviewRound'], ParentType, ContextType, RequireFields<MutationCreateReviewRoundArgs, 'input'>>;
  drawSecondReviews?: Resolver<Array<ResolversTypes['SampledCase']>, ParentType, ContextType, RequireFields<MutationDrawSecondReviewsArgs, 'roundId' | 'share'>>;
  eliminateSampledCase?: Resolver<ResolversTypes['Elimination'], ParentType, ContextType, RequireFields<MutationEliminateSampledCaseArgs, 'input'>>;
  issueApiToken?: Resolver<ResolversTypes['IssuedApiToken'], ParentType, ContextType, RequireFields<MutationIssueApiTokenArgs, 'label' | 'username'>>;
  publishChecklistTemplate?: Resolver<ResolversTypes['ChecklistTemplate'], ParentType, ContextType, RequireFields<MutationPublishChecklistTemplateArgs, 'input'>>;
  purgeAccessLog?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reopenReview?: Resolver<ResolversTypes['Review'], ParentType, ContextType, RequireFields<MutationReopenReviewArgs, 'id' | 'reason'>>;
  revokeApiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  saveReviewDraft?: Resolver<ResolversTypes['Review'], ParentType, ContextType, RequireFields<MutationSaveReviewDraftArgs, 'input'>>;
  setIndicatorTarget?: Resolver<ResolversTypes['IndicatorTarget'], ParentType, ContextType, RequireFields<MutationSetIndicatorTargetArgs, 'input'>>;
  submitReview?: Resolver<ResolversTypes['Review'], ParentType, ContextType, RequireFields<MutationSubmitReviewArgs, 'input'>>;
  updateFollowUpAction?: Resolver<ResolversTypes['FollowUpAction'], ParentType, ContextType, RequireFields<MutationUpdateFollowUpActionArgs, 'input'>>;
  updatePublicationSettings?: Resolver<ResolversTypes['PublicationSettings'], ParentType, ContextType, RequireFields<MutationUpdatePublicationSettingsArgs, 'input'>>;
};

export type OpenCaseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OpenCase'] = ResolversParentTypes['OpenCase']> = {
  ageDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  caseworker?: Resolver<Maybe<ResolversTypes['Caseworker']>, ParentType, ContextType>;
  daysOverdue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type OpenCasePageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OpenCasePage'] = ResolversParentTypes['OpenCasePage']> = {
  cases?: Resolver<Array<ResolversTypes['OpenCase']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PercentilesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Percentiles'] = ResolversParentTypes['Percentiles']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  p50?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p80?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['Suppression']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PeriodResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Period'] = ResolversParentTypes['Period']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PlannedStratumResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlannedStratum'] = ResolversParentTypes['PlannedStratum']> = {
  allocated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  caseType?: Resolver<Maybe<ResolversTypes['CaseType']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  frameSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProportionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Proportion'] = ResolversParentTypes['Proportion']> = {
  estimate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lower?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  successes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trials?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  upper?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type PublicCaseTypeTimesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PublicCaseTypeTimes'] = ResolversParentTypes['PublicCaseTypeTimes']> = {
  caseTypeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseTypeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DeadlineLength']>, ParentType, ContextType>;
  decisions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  decisionsWithDeadline?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  departmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  departmentName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medianDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p80Days?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  withheldReason?: Resolver<Maybe<ResolversTypes['PublicWithholding']>, ParentType, ContextType>;
};

export type PublicProcessingTimesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PublicProcessingTimes'] = ResolversParentTypes['PublicProcessingTimes']> = {
  dataDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  generatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minimumDecisions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['PublicCaseTypeTimes']>, ParentType, ContextType>;
};

export type PublicationSettingsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PublicationSettings'] = ResolversParentTypes['PublicationSettings']> = {
  departmentIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accessLog?: Resolver<ResolversTypes['AccessLogPage'], ParentType, ContextType, RequireFields<QueryAccessLogArgs, 'first' | 'offset'>>;
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType, Partial<QueryApiTokensArgs>>;
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  caseTypes?: Resolver<Array<ResolversTypes['CaseType']>, ParentType, ContextType, Partial<QueryCaseTypesArgs>>;
  caseworkerFigures?: Resolver<Array<ResolversTypes['CaseworkerFigures']>, ParentType, ContextType, RequireFields<QueryCaseworkerFiguresArgs, 'asOf' | 'period' | 'scope'>>;
  checklistTemplates?: Resolver<Array<ResolversTypes['ChecklistTemplate']>, ParentType, ContextType>;
  citizen?: Resolver<Maybe<ResolversTypes['CitizenOverview']>, ParentType, ContextType, RequireFields<QueryCitizenArgs, 'pseudonym'>>;
  crossDepartmentCitizens?: Resolver<ResolversTypes['CrossDepartmentCitizenPage'], ParentType, ContextType, RequireFields<QueryCrossDepartmentCitizensArgs, 'asOf' | 'first' | 'offset' | 'period' | 'scope'>>;
  dataStatus?: Resolver<ResolversTypes['DataStatus'], ParentType, ContextType>;
  deadlineScenario?: Resolver<ResolversTypes['DeadlineScenario'], ParentType, ContextType, RequireFields<QueryDeadlineScenarioArgs, 'asOf' | 'caseType' | 'deadline' | 'period' | 'scope'>>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType, RequireFields<QueryDepartmentArgs, 'id'>>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['ScopeFigures'], ParentType, ContextType, RequireFields<QueryFiguresArgs, 'asOf' | 'period' | 'scope'>>;
  indicatorTargetHistory?: Resolver<Array<ResolversTypes['IndicatorTargetChange']>, ParentType, ContextType, RequireFields<QueryIndicatorTargetHistoryArgs, 'department'>>;
  indicatorTargets?: Resolver<Array<ResolversTypes['IndicatorTarget']>, ParentType, ContextType, RequireFields<QueryIndicatorTargetsArgs, 'scope'>>;
  myReviews?: Resolver<Array<ResolversTypes['Review']>, ParentType, ContextType>;
  openCases?: Resolver<ResolversTypes['OpenCasePage'], ParentType, ContextType, RequireFields<QueryOpenCasesArgs, 'asOf' | 'filter' | 'first' | 'offset' | 'scope'>>;
  publicProcessingTimes?: Resolver<ResolversTypes['PublicProcessingTimes'], ParentType, ContextType>;
  publicationSettings?: Resolver<ResolversTypes['PublicationSettings'], ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType, RequireFields<QueryReviewArgs, 'id'>>;
  reviewRound?: Resolver<Maybe<ResolversTypes['ReviewRound']>, ParentType, ContextType, RequireFields<QueryReviewRoundArgs, 'id'>>;
  reviewRoundPlan?: Resolver<ResolversTypes['ReviewRoundPlan'], ParentType, ContextType, RequireFields<QueryReviewRoundPlanArgs, 'input'>>;
  reviewRounds?: Resolver<Array<ResolversTypes['ReviewRound']>, ParentType, ContextType, Partial<QueryReviewRoundsArgs>>;
  reviewerCandidates?: Resolver<Array<ResolversTypes['ReviewerCandidate']>, ParentType, ContextType>;
  sampleSize?: Resolver<ResolversTypes['SampleSize'], ParentType, ContextType, RequireFields<QuerySampleSizeArgs, 'input'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type RankCorrelationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RankCorrelation'] = ResolversParentTypes['RankCorrelation']> = {
  n?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pairs?: Resolver<Array<ResolversTypes['DepartmentQuarter']>, ParentType, ContextType>;
  rho?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ResourcesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Resources'] = ResolversParentTypes['Resources']> = {
  averageHeadcount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  backlog?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  caseload?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  decided?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  decisionsPerCaseworkerYear?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  headcountOnAsOf?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['Suppression']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ReviewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Review'] = ResolversParentTypes['Review']> = {
  answers?: Resolver<Array<ResolversTypes['ItemAnswer']>, ParentType, ContextType>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  checklist?: Resolver<ResolversTypes['ChecklistTemplate'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['DecisionAssessment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AssignmentLevel'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overall?: Resolver<Maybe<ResolversTypes['OverallAssessment']>, ParentType, ContextType>;
  reviewer?: Resolver<ResolversTypes['ReviewerCandidate'], ParentType, ContextType>;
  roundId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roundName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  savedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ReviewFrameResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReviewFrame'] = ResolversParentTypes['ReviewFrame']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  caseTypes?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  excludeEarlierRounds?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FrameKind'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReviewProgressResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReviewProgress'] = ResolversParentTypes['ReviewProgress']> = {
  assigned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eliminated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sampled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReviewResultsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReviewResults'] = ResolversParentTypes['ReviewResults']> = {
  changed?: Resolver<ResolversTypes['Proportion'], ParentType, ContextType>;
  inOrder?: Resolver<ResolversTypes['ScopeProportion'], ParentType, ContextType>;
  inOrderChangeSincePrevious?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ItemResult']>, ParentType, ContextType>;
  mandatoryBreach?: Resolver<ResolversTypes['ScopeProportion'], ParentType, ContextType>;
  minorDeficiencies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previousRoundId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  remitted?: Resolver<ResolversTypes['Proportion'], ParentType, ContextType>;
  reviewed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  significantDeficiencies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  upheld?: Resolver<ResolversTypes['Proportion'], ParentType, ContextType>;
};

export type ReviewRoundResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReviewRound'] = ResolversParentTypes['ReviewRound']> = {
  actions?: Resolver<Array<ResolversTypes['FollowUpAction']>, ParentType, ContextType>;
  agreement?: Resolver<Array<ResolversTypes['ReviewerAgreement']>, ParentType, ContextType>;
  allocationMethod?: Resolver<ResolversTypes['AllocationMethod'], ParentType, ContextType>;
  checklist?: Resolver<ResolversTypes['ChecklistTemplate'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eliminations?: Resolver<Array<ResolversTypes['Elimination']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['ReviewRoundEvent']>, ParentType, ContextType>;
  frame?: Resolver<ResolversTypes['ReviewFrame'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['ReviewProgress'], ParentType, ContextType>;
  reserveShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  results?: Resolver<ResolversTypes['ReviewResults'], ParentType, ContextType>;
  sample?: Resolver<Array<ResolversTypes['SampledCase']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewRoundStatus'], ParentType, ContextType>;
  strata?: Resolver<Array<ResolversTypes['Stratum']>, ParentType, ContextType>;
  stratification?: Resolver<ResolversTypes['Stratification'], ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['SampleVerification'], ParentType, ContextType>;
};

export type ReviewRoundEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReviewRoundEvent'] = ResolversParentTypes['ReviewRoundEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReviewRoundPlanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReviewRoundPlan'] = ResolversParentTypes['ReviewRoundPlan']> = {
  allocated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  frameSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  strata?: Resolver<Array<ResolversTypes['PlannedStratum']>, ParentType, ContextType>;
};

export type ReviewerAgreementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReviewerAgreement'] = ResolversParentTypes['ReviewerAgreement']> = {
  cases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstReviewer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kappa?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentAgreement?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  secondReviewer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReviewerCandidateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReviewerCandidate'] = ResolversParentTypes['ReviewerCandidate']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SampleSizeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SampleSize'] = ResolversParentTypes['SampleSize']> = {
  binomial?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  byMargin?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  frameSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hypergeometric?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SampleVerificationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SampleVerification'] = ResolversParentTypes['SampleVerification']> = {
  differenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  differences?: Resolver<Array<ResolversTypes['VerificationDifference']>, ParentType, ContextType>;
  frameUnchanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sampleIdentical?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SampledCaseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SampledCase'] = ResolversParentTypes['SampledCase']> = {
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  fromReserve?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replaces?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType>;
  secondReview?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SampledCaseStatus'], ParentType, ContextType>;
  stratumKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScopeFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ScopeFigures'] = ResolversParentTypes['ScopeFigures']> = {
  appeals?: Resolver<ResolversTypes['Appeals'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  backlog?: Resolver<ResolversTypes['Backlog'], ParentType, ContextType>;
  caseTypeDeadlines?: Resolver<Array<ResolversTypes['CaseTypeDeadlineFigures']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['ScopeFigures']>, ParentType, ContextType>;
  complaints?: Resolver<ResolversTypes['Complaints'], ParentType, ContextType>;
  complaintsByDepartment?: Resolver<ResolversTypes['ComplaintTable'], ParentType, ContextType>;
  complaintsOverTime?: Resolver<Array<ResolversTypes['ComplaintPeriod']>, ParentType, ContextType, RequireFields<ScopeFiguresComplaintsOverTimeArgs, 'granularity'>>;
  continuity?: Resolver<ResolversTypes['Continuity'], ParentType, ContextType>;
  continuityIndices?: Resolver<ResolversTypes['ContinuityIndices'], ParentType, ContextType>;
  crossDepartment?: Resolver<ResolversTypes['CrossDepartment'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, Partial<ScopeFiguresIndicatorsArgs>>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  processingTime?: Resolver<ResolversTypes['Percentiles'], ParentType, ContextType>;
  resources?: Resolver<ResolversTypes['Resources'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  staff?: Resolver<ResolversTypes['Staff'], ParentType, ContextType>;
  staffOverTime?: Resolver<Array<ResolversTypes['StaffPeriod']>, ParentType, ContextType, RequireFields<ScopeFiguresStaffOverTimeArgs, 'granularity'>>;
  timeToDecision?: Resolver<ResolversTypes['KaplanMeier'], ParentType, ContextType>;
  timeliness?: Resolver<ResolversTypes['Timeliness'], ParentType, ContextType>;
  timelinessByMonth?: Resolver<Array<ResolversTypes['MonthTimeliness']>, ParentType, ContextType>;
  timelinessFunnel?: Resolver<ResolversTypes['Funnel'], ParentType, ContextType>;
  turnoverVersusContinuity?: Resolver<ResolversTypes['RankCorrelation'], ParentType, ContextType>;
};

export type ScopeProportionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ScopeProportion'] = ResolversParentTypes['ScopeProportion']> = {
  pooled?: Resolver<ResolversTypes['Proportion'], ParentType, ContextType>;
  strata?: Resolver<Array<ResolversTypes['StratumProportion']>, ParentType, ContextType>;
  stratified?: Resolver<Maybe<ResolversTypes['StratifiedEstimate']>, ParentType, ContextType>;
};

export type StaffResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Staff'] = ResolversParentTypes['Staff']> = {
  annualisedTurnoverRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageHeadcount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  headcountOnAsOf?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  leavers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  leaversByReason?: Resolver<Array<ResolversTypes['LeaversByReason']>, ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['Suppression']>, ParentType, ContextType>;
  turnoverRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type StaffPeriodResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StaffPeriod'] = ResolversParentTypes['StaffPeriod']> = {
  annualisedTurnoverRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageHeadcount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  decidedCases?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fixedCaseworkerShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  leavers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['Suppression']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type StratifiedEstimateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StratifiedEstimate'] = ResolversParentTypes['StratifiedEstimate']> = {
  estimate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lower?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  standardError?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  upper?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type StratumResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Stratum'] = ResolversParentTypes['Stratum']> = {
  allocated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  caseType?: Resolver<Maybe<ResolversTypes['CaseType']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  drawn?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  frameSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reserve?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
};

export type StratumProportionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StratumProportion'] = ResolversParentTypes['StratumProportion']> = {
  frameSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proportion?: Resolver<ResolversTypes['Proportion'], ParentType, ContextType>;
  stratumKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SuppressionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Suppression'] = ResolversParentTypes['Suppression']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['SuppressionReason'], ParentType, ContextType>;
};

export type TimelinessResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Timeliness'] = ResolversParentTypes['Timeliness']> = {
  decided?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  decidedWithDueDate?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  onTime?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['Suppression']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  withoutDeadline?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  caseworkerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  departmentIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDemoAccount?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usesSingleSignOn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type VerificationDifferenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['VerificationDifference'] = ResolversParentTypes['VerificationDifference']> = {
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VerificationDifferenceKind'], ParentType, ContextType>;
  stratumKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessLogPage?: AccessLogPageResolvers<ContextType>;
  AgeBand?: AgeBandResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  Appeal?: AppealResolvers<ContextType>;
  Appeals?: AppealsResolvers<ContextType>;
  Assignment?: AssignmentResolvers<ContextType>;
  Backlog?: BacklogResolvers<ContextType>;
  BoxPlot?: BoxPlotResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseType?: CaseTypeResolvers<ContextType>;
  CaseTypeDeadlineFigures?: CaseTypeDeadlineFiguresResolvers<ContextType>;
  Caseworker?: CaseworkerResolvers<ContextType>;
  CaseworkerCountBin?: CaseworkerCountBinResolvers<ContextType>;
  CaseworkerFigures?: CaseworkerFiguresResolvers<ContextType>;
  ChangesBin?: ChangesBinResolvers<ContextType>;
  ChecklistItem?: ChecklistItemResolvers<ContextType>;
  ChecklistTemplate?: ChecklistTemplateResolvers<ContextType>;
  CitizenOverview?: CitizenOverviewResolvers<ContextType>;
  ComplaintCategoryCount?: ComplaintCategoryCountResolvers<ContextType>;
  ComplaintPeriod?: ComplaintPeriodResolvers<ContextType>;
  ComplaintTable?: ComplaintTableResolvers<ContextType>;
  ComplaintTableCell?: ComplaintTableCellResolvers<ContextType>;
  ComplaintTableRow?: ComplaintTableRowResolvers<ContextType>;
  Complaints?: ComplaintsResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  Continuity?: ContinuityResolvers<ContextType>;
  ContinuityIndices?: ContinuityIndicesResolvers<ContextType>;
  CrossDepartment?: CrossDepartmentResolvers<ContextType>;
  CrossDepartmentCitizen?: CrossDepartmentCitizenResolvers<ContextType>;
  CrossDepartmentCitizenPage?: CrossDepartmentCitizenPageResolvers<ContextType>;
  DataStatus?: DataStatusResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deadline?: DeadlineResolvers<ContextType>;
  DeadlineLength?: DeadlineLengthResolvers<ContextType>;
  DeadlineRealism?: DeadlineRealismResolvers<ContextType>;
  DeadlineScenario?: DeadlineScenarioResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  DepartmentCombination?: DepartmentCombinationResolvers<ContextType>;
  DepartmentQuarter?: DepartmentQuarterResolvers<ContextType>;
  Elimination?: EliminationResolvers<ContextType>;
  EntityCount?: EntityCountResolvers<ContextType>;
  FileCounts?: FileCountsResolvers<ContextType>;
  FollowUpAction?: FollowUpActionResolvers<ContextType>;
  Funnel?: FunnelResolvers<ContextType>;
  FunnelPoint?: FunnelPointResolvers<ContextType>;
  ImportBatch?: ImportBatchResolvers<ContextType>;
  ImportedFile?: ImportedFileResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorQuarter?: IndicatorQuarterResolvers<ContextType>;
  IndicatorTarget?: IndicatorTargetResolvers<ContextType>;
  IndicatorTargetChange?: IndicatorTargetChangeResolvers<ContextType>;
  IssuedApiToken?: IssuedApiTokenResolvers<ContextType>;
  ItemAnswer?: ItemAnswerResolvers<ContextType>;
  ItemResult?: ItemResultResolvers<ContextType>;
  KaplanMeier?: KaplanMeierResolvers<ContextType>;
  KaplanMeierPoint?: KaplanMeierPointResolvers<ContextType>;
  LeaversByReason?: LeaversByReasonResolvers<ContextType>;
  MonthCount?: MonthCountResolvers<ContextType>;
  MonthTimeliness?: MonthTimelinessResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OpenCase?: OpenCaseResolvers<ContextType>;
  OpenCasePage?: OpenCasePageResolvers<ContextType>;
  Percentiles?: PercentilesResolvers<ContextType>;
  Period?: PeriodResolvers<ContextType>;
  PlannedStratum?: PlannedStratumResolvers<ContextType>;
  Proportion?: ProportionResolvers<ContextType>;
  PublicCaseTypeTimes?: PublicCaseTypeTimesResolvers<ContextType>;
  PublicProcessingTimes?: PublicProcessingTimesResolvers<ContextType>;
  PublicationSettings?: PublicationSettingsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RankCorrelation?: RankCorrelationResolvers<ContextType>;
  Resources?: ResourcesResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
  ReviewFrame?: ReviewFrameResolvers<ContextType>;
  ReviewProgress?: ReviewProgressResolvers<ContextType>;
  ReviewResults?: ReviewResultsResolvers<ContextType>;
  ReviewRound?: ReviewRoundResolvers<ContextType>;
  ReviewRoundEvent?: ReviewRoundEventResolvers<ContextType>;
  ReviewRoundPlan?: ReviewRoundPlanResolvers<ContextType>;
  ReviewerAgreement?: ReviewerAgreementResolvers<ContextType>;
  ReviewerCandidate?: ReviewerCandidateResolvers<ContextType>;
  SampleSize?: SampleSizeResolvers<ContextType>;
  SampleVerification?: SampleVerificationResolvers<ContextType>;
  SampledCase?: SampledCaseResolvers<ContextType>;
  ScopeFigures?: ScopeFiguresResolvers<ContextType>;
  ScopeProportion?: ScopeProportionResolvers<ContextType>;
  Staff?: StaffResolvers<ContextType>;
  StaffPeriod?: StaffPeriodResolvers<ContextType>;
  StratifiedEstimate?: StratifiedEstimateResolvers<ContextType>;
  Stratum?: StratumResolvers<ContextType>;
  StratumProportion?: StratumProportionResolvers<ContextType>;
  Suppression?: SuppressionResolvers<ContextType>;
  Timeliness?: TimelinessResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  VerificationDifference?: VerificationDifferenceResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

