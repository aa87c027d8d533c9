import { graphql } from '../gql';

/** One page of the access log of personal data, newest first (admin only). */
export const AccessLogQuery = graphql(`
  query AccessLog($filter: AccessLogFilterInput, $first: Int, $offset: Int) {
    accessLog(filter: $filter, first: $first, offset: $offset) {
      entries {
        id
        at
        username
        role
        via
        purpose
        purposeReference
        operation
        requestId
        caseIds
        citizenPseudonyms
      }
      hasMore
    }
  }
`);
