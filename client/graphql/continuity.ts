import { graphql } from '../gql';

/**
 * The Personale og kontinuitet page's figures, in queries that load, fail and retry on their
 * own: the scope's own figures (key figures, histogram, leavers by reason), the child
 * departments' turnover, the department-quarters behind Spearman's ρ, and the staff series.
 */
export const ContinuityFragments = graphql(`
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
`);

export const ContinuityScopeQuery = graphql(`
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
`);

export const ContinuityDepartmentsQuery = graphql(`
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
`);

export const TurnoverVersusContinuityQuery = graphql(`
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
`);

export const StaffOverTimeQuery = graphql(`
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
`);
