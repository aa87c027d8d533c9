import { graphql } from '../gql';

/**
 * Borgeren i centrum (metrics.md, "Citizens across departments"): the scope's figures, the child
 * departments' figures, and — case-level, personal data, purpose `CITIZEN_OVERVIEW` — the list of
 * cross-department citizens and one citizen's cases on one timeline.
 */
export const CrossDepartmentFragment = graphql(`
  fragment CrossDepartmentFields on CrossDepartment {
    citizens
    crossDepartmentCitizens
    crossDepartmentShare
    caseworkersPerCitizen
    caseworkersPerCrossDepartmentCitizen
    caseworkersPerOtherCitizen
    shareWithThreeOrMoreCaseworkers
    shareWithThreeOrMoreCaseworkersCrossDepartment
    shareWithThreeOrMoreCaseworkersOthers
    timelinessCrossDepartment
    decidedWithDueDateCrossDepartment
    timelinessOthers
    decidedWithDueDateOthers
    withheld
    suppressed {
      field
      reason
    }
  }
`);

export const CitizensScopeQuery = graphql(`
  query CitizensScope($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
    figures(scope: $scope, period: $period, asOf: $asOf) {
      scope {
        id
        name
      }
      crossDepartment {
        ...CrossDepartmentFields
        caseworkerHistogram {
          caseworkers
          citizens
          crossDepartmentCitizens
          withheld
          reason
        }
        combinations(first: 10) {
          departments {
            id
            name
          }
          citizens
          withheld
          reason
        }
      }
    }
  }
`);

export const CitizensDepartmentsQuery = graphql(`
  query CitizensDepartments($scope: ID!, $period: PeriodInput!, $asOf: Date!) {
    figures(scope: $scope, period: $period, asOf: $asOf) {
      children {
        scope {
          id
          name
        }
        crossDepartment {
          ...CrossDepartmentFields
        }
      }
    }
  }
`);

/** A page of the scope's cross-department citizens, most caseworkers first (purpose `CITIZEN_OVERVIEW`). */
export const CrossDepartmentCitizensQuery = graphql(`
  query CrossDepartmentCitizens($scope: ID!, $period: PeriodInput!, $asOf: Date!, $first: Int, $offset: Int) {
    crossDepartmentCitizens(scope: $scope, period: $period, asOf: $asOf, first: $first, offset: $offset) {
      total
      citizens {
        pseudonym
        departments {
          id
          name
        }
        activeCases
        caseworkers
      }
    }
  }
`);

/** One citizen's cases across departments, each with its timeline (purpose `CITIZEN_OVERVIEW`). */
export const CitizenQuery = graphql(`
  query Citizen($pseudonym: String!, $asOf: Date) {
    citizen(pseudonym: $pseudonym, asOf: $asOf) {
      pseudonym
      asOf
      cases {
        ...CaseTimelineFields
      }
      departments {
        id
        name
      }
      otherCases
    }
  }
`);
