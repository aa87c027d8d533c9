import { graphql } from '../gql';

/**
 * The Klager og ankesager page's figures, in queries that load, fail and retry on their own: the
 * scope's complaints and appeals (key figures, the margin row of each table), the child
 * departments' complaints and appeals, and complaints per month or quarter.
 */
export const ComplaintsFragments = graphql(`
  fragment ComplaintCategoryFields on ComplaintCategoryCount {
    category
    count
    per1000Decisions
    withheld
    reason
  }

  fragment ComplaintTableCellFields on ComplaintTableCell {
    count
    withheld
    reason
  }

  fragment ComplaintsFields on Complaints {
    total
    decisions
    per1000Decisions
    byCategory {
      ...ComplaintCategoryFields
    }
    withheld
    suppressed {
      field
      reason
    }
  }

  fragment AppealsFields on Appeals {
    decided
    upheld
    changed
    remitted
    dismissed
    pending
    reversalRate
    withheld
    suppressed {
      field
      reason
    }
  }
`);

export const ComplaintsScopeQuery = graphql(`
  query ComplaintsScope($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
    figures(scope: $scope, period: $period, asOf: $asOf) {
      scope {
        id
        name
      }
      complaints {
        ...ComplaintsFields
      }
      appeals {
        ...AppealsFields
      }
    }
  }
`);

export const ComplaintsDepartmentsQuery = graphql(`
  query ComplaintsDepartments($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
    figures(scope: $scope, period: $period, asOf: $asOf) {
      complaintsByDepartment {
        categories
        rows {
          department {
            id
            name
          }
          cells {
            ...ComplaintTableCellFields
          }
          total {
            ...ComplaintTableCellFields
          }
          decisions
          per1000Decisions
          per1000Withheld
        }
        columnTotals {
          ...ComplaintTableCellFields
        }
        total {
          ...ComplaintTableCellFields
        }
      }
      children {
        scope {
          id
          name
        }
        appeals {
          ...AppealsFields
        }
      }
    }
  }
`);

export const ComplaintsOverTimeQuery = graphql(`
  query ComplaintsOverTime($scope: ID!, $period: PeriodInput!, $asOf: Date!, $granularity: Granularity!) {
    figures(scope: $scope, period: $period, asOf: $asOf) {
      complaintsOverTime(granularity: $granularity) {
        from
        to
        total
        decisions
        per1000Decisions
        byCategory {
          ...ComplaintCategoryFields
        }
        withheld
        suppressed {
          field
          reason
        }
      }
    }
  }
`);
