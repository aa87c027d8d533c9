import { graphql } from '../gql';

/**
 * The Rettidighed page's figures, in three queries so that each group of sections loads, fails
 * and retries on its own: the scope's own figures (KPIs, case types, Kaplan–Meier), the direct
 * child departments (bars, funnel, backlog age bands) and the monthly trend.
 */
export const TimelinessScopeQuery = graphql(`
  query TimelinessScope($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
    figures(scope: $scope, period: $period, asOf: $asOf) {
      scope {
        id
        name
      }
      timeliness {
        ...TimelinessFields
      }
      processingTime {
        p50
        p80
        p90
        count
        withheld
        suppressed {
          field
          reason
        }
      }
      timeToDecision {
        cohort
        events
        censored
        median
        p80
        points {
          t
          atRisk
          events
          survival
        }
        withheld
        suppressed {
          field
          reason
        }
      }
      backlog {
        ...BacklogFields
      }
      caseTypeDeadlines {
        ...CaseTypeDeadlineFields
      }
    }
  }
`);

export const TimelinessDepartmentsQuery = graphql(`
  query TimelinessDepartments($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
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
        timeliness {
          ...TimelinessFields
        }
        backlog {
          ...BacklogFields
        }
      }
      timelinessFunnel {
        overallRate
        points {
          department {
            id
            name
          }
          n
          rate
          flagged
          withheld
          suppressed {
            field
            reason
          }
        }
      }
    }
  }
`);

export const TimelinessTrendQuery = graphql(`
  query TimelinessTrend($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
    figures(scope: $scope, period: $period, asOf: $asOf) {
      timelinessByMonth {
        month
        timeliness {
          ...TimelinessFields
        }
      }
    }
  }
`);
