import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DepartmentModel, CaseTypeModel, CaseModel, ScopeFiguresModel, DataStatusModel, ImportBatchModel, DeadlineModel, ContactModel, AppealModel, PeriodModel } from './models.js';
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

/** A count for one calendar month. */
export type MonthCount = {
  __typename?: 'MonthCount';
  /** The count. */
  count: Scalars['Int']['output'];
  /** The month as `YYYY-MM`. */
  month: Scalars['String']['output'];
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
  /** One case with its timeline (assignments, contacts, decision, appeals); null if unknown. */
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
  MonthCount: ResolverTypeWrapper<MonthCount>;
  Period: ResolverTypeWrapper<PeriodModel>;
  PeriodInput: PeriodInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ScopeFigures: ResolverTypeWrapper<ScopeFiguresModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
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
  MonthCount: MonthCount;
  Period: PeriodModel;
  PeriodInput: PeriodInput;
  Query: Record<PropertyKey, never>;
  ScopeFigures: ScopeFiguresModel;
  String: Scalars['String']['output'];
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

export type MonthCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MonthCount'] = ResolversParentTypes['MonthCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PeriodResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Period'] = ResolversParentTypes['Period']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  caseTypes?: Resolver<Array<ResolversTypes['CaseType']>, ParentType, ContextType, Partial<QueryCaseTypesArgs>>;
  dataStatus?: Resolver<ResolversTypes['DataStatus'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType, RequireFields<QueryDepartmentArgs, 'id'>>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['ScopeFigures'], ParentType, ContextType, RequireFields<QueryFiguresArgs, 'asOf' | 'period' | 'scope'>>;
};

export type ScopeFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ScopeFigures'] = ResolversParentTypes['ScopeFigures']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['ScopeFigures']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
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
  MonthCount?: MonthCountResolvers<ContextType>;
  Period?: PeriodResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ScopeFigures?: ScopeFiguresResolvers<ContextType>;
};

