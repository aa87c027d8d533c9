import { graphql } from '../gql';

/**
 * The committee report: the development plan's indicators for the scope and each child
 * department. Aggregates only (the committee never sees per-case or per-caseworker data); the
 * server withholds small figures for the committee role.
 */
export const CommitteeReportQuery = graphql(`
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
`);
