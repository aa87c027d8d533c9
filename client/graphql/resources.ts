import { graphql } from '../gql';

/** Resources in balance (Personale og kontinuitet, "Ressourcer"): the scope's figures and each child department's. */
export const ResourcesFragments = graphql(`
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
`);

export const ResourcesFiguresQuery = graphql(`
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
`);
