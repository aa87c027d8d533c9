import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DepartmentModel, CaseTypeModel, CaseModel, ScopeFiguresModel, DataStatusModel, ImportBatchModel, DeadlineModel, ContactModel, AppealModel, PeriodModel, ViewerModel, UserModel, ApiTokenModel, IssuedApiTokenModel, AccessLogEntryModel, AccessLogPageModel } from './models.js';
import type { RequestContext } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
  departmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  role: Role;
  /** 2–64 characters: lower-case letters, digits and . _ @ - */
  username: Scalars['String']['input'];
};

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

/** A caseworker (sagsbehandler). */
export type Caseworker = {
  __typename?: 'Caseworker';
  /** The caseworker's display name. */
  displayName: Scalars['String']['output'];
  /** The imported `caseworker_id`. */
  id: Scalars['ID']['output'];
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

/** The unit a published deadline is counted in. */
export type DeadlineUnit =
  | 'DAYS'
  | 'MONTHS'
  | 'WEEKS';

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

/** A newly issued token: `token` is shown this once; send it as `Authorization: Bearer <token>`. */
export type IssuedApiToken = {
  __typename?: 'IssuedApiToken';
  apiToken: ApiToken;
  token: Scalars['String']['output'];
};

/** A count for one calendar month. */
export type MonthCount = {
  __typename?: 'MonthCount';
  /** The count. */
  count: Scalars['Int']['output'];
  /** The month as `YYYY-MM`. */
  month: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a user account (admin only). Managers need at least one department. */
  addUser: User;
  /** Issues an API token for a user (admin only); the token is in the answer and never again. */
  issueApiToken: IssuedApiToken;
  /** Removes access-log rows older than the configured retention (admin only); returns how many. */
  purgeAccessLog: Scalars['Int']['output'];
  /** Revokes an API token at once (admin only). */
  revokeApiToken: ApiToken;
};


export type MutationAddUserArgs = {
  input: AddUserInput;
};


export type MutationIssueApiTokenArgs = {
  label: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
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
  /** What data Tilsyn holds: the last imports, counts per entity and the date range of cases. */
  dataStatus: DataStatus;
  /** One department by its imported `department_id`; null if unknown. */
  department?: Maybe<Department>;
  /** Every department of the tree, parents before children. Build the tree from `parent`. */
  departments: Array<Department>;
  /** Every figure of the metric definitions for a scope, a period and an as-of date. */
  figures: ScopeFigures;
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


export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFiguresArgs = {
  asOf: Scalars['Date']['input'];
  period: PeriodInput;
  scope: Scalars['ID']['input'];
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

/** The figures of one scope for one period, as known on the as-of date. */
export type ScopeFigures = {
  __typename?: 'ScopeFigures';
  /** The as-of date: data is taken as it was known on this day. */
  asOf: Scalars['Date']['output'];
  /** The same figures for each direct child department, by name. */
  children: Array<ScopeFigures>;
  /** The period the figures cover. */
  period: Period;
  /** The department the figures cover, with its subtree. */
  scope: Department;
};

/** A user account. */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  /** Department ids as imported; unknown ids (after a re-import) are kept and shown. */
  departmentIds: Array<Scalars['ID']['output']>;
  disabled: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  hasPassword: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  role: Role;
  username: Scalars['String']['output'];
  /** True when the account signs in through the municipality's identity provider. */
  usesSingleSignOn: Scalars['Boolean']['output'];
};

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
  ApiToken: ResolverTypeWrapper<ApiTokenModel>;
  Appeal: ResolverTypeWrapper<AppealModel>;
  AppealOutcome: AppealOutcome;
  Assignment: ResolverTypeWrapper<Assignment>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Case: ResolverTypeWrapper<CaseModel>;
  CaseOutcome: CaseOutcome;
  CaseType: ResolverTypeWrapper<CaseTypeModel>;
  Caseworker: ResolverTypeWrapper<Caseworker>;
  Contact: ResolverTypeWrapper<ContactModel>;
  ContactChannel: ContactChannel;
  DataStatus: ResolverTypeWrapper<DataStatusModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deadline: ResolverTypeWrapper<DeadlineModel>;
  DeadlineUnit: DeadlineUnit;
  Department: ResolverTypeWrapper<DepartmentModel>;
  EntityCount: ResolverTypeWrapper<EntityCount>;
  FileCounts: ResolverTypeWrapper<FileCounts>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportBatch: ResolverTypeWrapper<ImportBatchModel>;
  ImportStatus: ImportStatus;
  ImportedFile: ResolverTypeWrapper<ImportedFile>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IssuedApiToken: ResolverTypeWrapper<IssuedApiTokenModel>;
  MonthCount: ResolverTypeWrapper<MonthCount>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Period: ResolverTypeWrapper<PeriodModel>;
  PeriodInput: PeriodInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  ScopeFigures: ResolverTypeWrapper<ScopeFiguresModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  User: ResolverTypeWrapper<UserModel>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessLogEntry: AccessLogEntryModel;
  AccessLogFilterInput: AccessLogFilterInput;
  AccessLogPage: AccessLogPageModel;
  AddUserInput: AddUserInput;
  ApiToken: ApiTokenModel;
  Appeal: AppealModel;
  Assignment: Assignment;
  Boolean: Scalars['Boolean']['output'];
  Case: CaseModel;
  CaseType: CaseTypeModel;
  Caseworker: Caseworker;
  Contact: ContactModel;
  DataStatus: DataStatusModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deadline: DeadlineModel;
  Department: DepartmentModel;
  EntityCount: EntityCount;
  FileCounts: FileCounts;
  ID: Scalars['ID']['output'];
  ImportBatch: ImportBatchModel;
  ImportedFile: ImportedFile;
  Int: Scalars['Int']['output'];
  IssuedApiToken: IssuedApiTokenModel;
  MonthCount: MonthCount;
  Mutation: Record<PropertyKey, never>;
  Period: PeriodModel;
  PeriodInput: PeriodInput;
  Query: Record<PropertyKey, never>;
  ScopeFigures: ScopeFiguresModel;
  String: Scalars['String']['output'];
  User: UserModel;
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

export type AssignmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Assignment'] = ResolversParentTypes['Assignment']> = {
  caseworker?: Resolver<ResolversTypes['Caseworker'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
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

export type CaseworkerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Caseworker'] = ResolversParentTypes['Caseworker']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ContactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = {
  caseworker?: Resolver<ResolversTypes['Caseworker'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
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

export type DepartmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = {
  children?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
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

export type IssuedApiTokenResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IssuedApiToken'] = ResolversParentTypes['IssuedApiToken']> = {
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MonthCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MonthCount'] = ResolversParentTypes['MonthCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationAddUserArgs, 'input'>>;
  issueApiToken?: Resolver<ResolversTypes['IssuedApiToken'], ParentType, ContextType, RequireFields<MutationIssueApiTokenArgs, 'label' | 'username'>>;
  purgeAccessLog?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revokeApiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
};

export type PeriodResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Period'] = ResolversParentTypes['Period']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accessLog?: Resolver<ResolversTypes['AccessLogPage'], ParentType, ContextType, RequireFields<QueryAccessLogArgs, 'first' | 'offset'>>;
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType, Partial<QueryApiTokensArgs>>;
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  caseTypes?: Resolver<Array<ResolversTypes['CaseType']>, ParentType, ContextType, Partial<QueryCaseTypesArgs>>;
  dataStatus?: Resolver<ResolversTypes['DataStatus'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType, RequireFields<QueryDepartmentArgs, 'id'>>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['ScopeFigures'], ParentType, ContextType, RequireFields<QueryFiguresArgs, 'asOf' | 'period' | 'scope'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type ScopeFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ScopeFigures'] = ResolversParentTypes['ScopeFigures']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['ScopeFigures']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  departmentIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usesSingleSignOn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  ApiToken?: ApiTokenResolvers<ContextType>;
  Appeal?: AppealResolvers<ContextType>;
  Assignment?: AssignmentResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseType?: CaseTypeResolvers<ContextType>;
  Caseworker?: CaseworkerResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  DataStatus?: DataStatusResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deadline?: DeadlineResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  EntityCount?: EntityCountResolvers<ContextType>;
  FileCounts?: FileCountsResolvers<ContextType>;
  ImportBatch?: ImportBatchResolvers<ContextType>;
  ImportedFile?: ImportedFileResolvers<ContextType>;
  IssuedApiToken?: IssuedApiTokenResolvers<ContextType>;
  MonthCount?: MonthCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Period?: PeriodResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ScopeFigures?: ScopeFiguresResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

