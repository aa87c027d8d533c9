import { graphql } from '../gql';

/**
 * Supervisory review (ledelsestilsyn): the rounds list and the reviewer's own reviews. Reviews are
 * case-level: read them with the purpose `REVIEW_ROUND` (utils/purpose.ts); the server logs them.
 */

/** The rounds the viewer may see, newest first (aggregates only: no purpose needed). */
export const ReviewRoundsQuery = graphql(`
  query ReviewRounds($scope: ID) {
    reviewRounds(scope: $scope) {
      id
      name
      status
      createdAt
      createdBy
      scope {
        id
        name
      }
      frame {
        kind
        period {
          from
          to
        }
        asOf
        size
      }
      progress {
        sampled
        assigned
        submitted
        eliminated
      }
    }
  }
`);

/** The signed-in user's reviews in rounds that are not closed (purpose `REVIEW_ROUND`). */
export const MyReviewsQuery = graphql(`
  query MyReviews {
    myReviews {
      id
      roundId
      roundName
      level
      status
      savedAt
      submittedAt
      case {
        id
        receivedOn
        decidedOn
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
`);

/** Who may be assigned reviews, for the assignment picker. */
export const ReviewerCandidatesQuery = graphql(`
  query ReviewerCandidates {
    reviewerCandidates {
      username
      displayName
      role
    }
  }
`);
