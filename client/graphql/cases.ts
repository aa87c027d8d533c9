import { graphql } from '../gql';

/**
 * Case-level reads: personal data. Send a purpose (utils/purpose.ts) with each; the server
 * refuses them without one and writes every read to the access log.
 */

/** A page of the scope's open cases on the as-of date (purpose `OVERDUE_LIST`). */
export const OpenCasesQuery = graphql(`
  query OpenCases($scope: ID!, $asOf: Date!, $filter: OpenCaseFilter, $first: Int, $offset: Int) {
    openCases(scope: $scope, asOf: $asOf, filter: $filter, first: $first, offset: $offset) {
      total
      hasMore
      cases {
        dueDate
        daysOverdue
        ageDays
        caseworker {
          id
          displayName
        }
        case {
          id
          receivedOn
          caseType {
            id
            name
          }
          department {
            id
            name
          }
        }
      }
    }
  }
`);

/** One case with its timeline (purpose `CASE_VIEW`). */
/** A case with its timeline: what the case page and the review form show. */
export const CaseTimelineFields = graphql(`
  fragment CaseTimelineFields on Case {
    id
    citizenPseudonym
    caseType {
      id
      name
      legalBasis
    }
    department {
      id
      name
    }
    receivedOn
    decidedOn
    closedOn
    outcome
    deadline {
      effectiveFrom
      value
      unit
    }
    dueDate
    assignments {
      caseworker {
        id
        displayName
      }
      from
      to
    }
    contacts {
      on
      channel
      caseworker {
        id
        displayName
      }
    }
    appeals {
      appealedOn
      decidedOn
      outcome
    }
}
`);

export const CaseQuery = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      ...CaseTimelineFields
    }
  }
`);
