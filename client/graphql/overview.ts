import { graphql } from '../gql';

/** The chosen scope and its direct children; metric fields are added as they are built. */
export const OverviewQuery = graphql(`
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
`);
