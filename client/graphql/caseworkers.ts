import { graphql } from '../gql';

/** Per-caseworker figures for the Personale og kontinuitet page (directors and managers only). */
export const CaseworkerFiguresQuery = graphql(`
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
`);
