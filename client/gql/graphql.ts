/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How an import ended. */
export type ImportStatus =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** An inclusive period of dates. */
export type PeriodInput = {
  /** First day of the period (inclusive). */
  from: string;
  /** Last day of the period (inclusive); not before `from`. */
  to: string;
};

export type DataStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type DataStatusQuery = { dataStatus: { empty: boolean, latestEvent: string | null, lastImport: { id: string, startedAt: string, finishedAt: string | null, startedBy: string, source: string, status: ImportStatus, errorCount: number, files: Array<{ file: string, sha256: string, bytes: number, records: number }>, counts: Array<{ file: string, inserted: number, updated: number, unchanged: number, removed: number }> } | null, imports: Array<{ id: string, startedAt: string, finishedAt: string | null, startedBy: string, source: string, status: ImportStatus, errorCount: number, files: Array<{ file: string, sha256: string, bytes: number, records: number }>, counts: Array<{ file: string, inserted: number, updated: number, unchanged: number, removed: number }> }>, counts: Array<{ entity: string, count: number }>, receivedRange: { from: string, to: string } | null, receivedPerMonth: Array<{ month: string, count: number }> } };

export type ImportBatchFieldsFragment = { id: string, startedAt: string, finishedAt: string | null, startedBy: string, source: string, status: ImportStatus, errorCount: number, files: Array<{ file: string, sha256: string, bytes: number, records: number }>, counts: Array<{ file: string, inserted: number, updated: number, unchanged: number, removed: number }> };

export type DepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentsQuery = { departments: Array<{ id: string, name: string, depth: number, parent: { id: string } | null }> };

export type OverviewQueryVariables = Exact<{
  scope: string | number;
  period: PeriodInput;
  asOf: string;
}>;


export type OverviewQuery = { figures: { scope: { id: string, name: string }, children: Array<{ scope: { id: string, name: string } }> } };

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