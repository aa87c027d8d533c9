import { graphql } from '../gql';

/** What if the deadline of a case type were `deadline`? Actual against scenario timeliness. */
export const DeadlineScenarioQuery = graphql(`
  query DeadlineScenario(
    $scope: ID!
    $period: PeriodInput!
    $asOf: Date!
    $caseType: ID!
    $deadline: DeadlineInput!
  ) {
    deadlineScenario(scope: $scope, period: $period, asOf: $asOf, caseType: $caseType, deadline: $deadline) {
      caseType {
        id
        name
      }
      proposed {
        value
        unit
      }
      actual {
        ...TimelinessFields
      }
      scenario {
        ...TimelinessFields
      }
      becameLate
      becameOnTime
      changedStatus
      withoutActualDueDate
      withheld
      suppressed {
        field
        reason
      }
    }
  }
`);
