/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DataStatus {\n    dataStatus {\n      empty\n      lastImport {\n        ...ImportBatchFields\n      }\n      imports(limit: 10) {\n        ...ImportBatchFields\n      }\n      counts {\n        entity\n        count\n      }\n      receivedRange {\n        from\n        to\n      }\n      latestEvent\n      receivedPerMonth {\n        month\n        count\n      }\n    }\n  }\n\n  fragment ImportBatchFields on ImportBatch {\n    id\n    startedAt\n    finishedAt\n    startedBy\n    source\n    status\n    errorCount\n    files {\n      file\n      sha256\n      bytes\n      records\n    }\n    counts {\n      file\n      inserted\n      updated\n      unchanged\n      removed\n    }\n  }\n": typeof types.DataStatusDocument,
    "\n  query Departments {\n    departments {\n      id\n      name\n      depth\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  query Overview($scope: ID!, $period: PeriodInput!, $asOf: Date!) {\n    figures(scope: $scope, period: $period, asOf: $asOf) {\n      scope {\n        id\n        name\n      }\n      children {\n        scope {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OverviewDocument,
};
const documents: Documents = {
    "\n  query DataStatus {\n    dataStatus {\n      empty\n      lastImport {\n        ...ImportBatchFields\n      }\n      imports(limit: 10) {\n        ...ImportBatchFields\n      }\n      counts {\n        entity\n        count\n      }\n      receivedRange {\n        from\n        to\n      }\n      latestEvent\n      receivedPerMonth {\n        month\n        count\n      }\n    }\n  }\n\n  fragment ImportBatchFields on ImportBatch {\n    id\n    startedAt\n    finishedAt\n    startedBy\n    source\n    status\n    errorCount\n    files {\n      file\n      sha256\n      bytes\n      records\n    }\n    counts {\n      file\n      inserted\n      updated\n      unchanged\n      removed\n    }\n  }\n": types.DataStatusDocument,
    "\n  query Departments {\n    departments {\n      id\n      name\n      depth\n      parent {\n        id\n      }\n    }\n  }\n": types.DepartmentsDocument,
    "\n  query Overview($scope: ID!, $period: PeriodInput!, $asOf: Date!) {\n    figures(scope: $scope, period: $period, asOf: $asOf) {\n      scope {\n        id\n        name\n      }\n      children {\n        scope {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OverviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataStatus {\n    dataStatus {\n      empty\n      lastImport {\n        ...ImportBatchFields\n      }\n      imports(limit: 10) {\n        ...ImportBatchFields\n      }\n      counts {\n        entity\n        count\n      }\n      receivedRange {\n        from\n        to\n      }\n      latestEvent\n      receivedPerMonth {\n        month\n        count\n      }\n    }\n  }\n\n  fragment ImportBatchFields on ImportBatch {\n    id\n    startedAt\n    finishedAt\n    startedBy\n    source\n    status\n    errorCount\n    files {\n      file\n      sha256\n      bytes\n      records\n    }\n    counts {\n      file\n      inserted\n      updated\n      unchanged\n      removed\n    }\n  }\n"): typeof import('./graphql').DataStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments {\n    departments {\n      id\n      name\n      depth\n      parent {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').DepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview($scope: ID!, $period: PeriodInput!, $asOf: Date!) {\n    figures(scope: $scope, period: $period, asOf: $asOf) {\n      scope {\n        id\n        name\n      }\n      children {\n        scope {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OverviewDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
