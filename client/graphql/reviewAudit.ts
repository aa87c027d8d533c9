import { graphql } from '../gql';

/** Checking a round: re-drawing its sample (Verificér) and its event log. */

/** Re-draws the sample from the stored frame and seed and compares (on demand: it does work). */
export const ReviewRoundVerificationQuery = graphql(`
  query ReviewRoundVerification($id: ID!) {
    reviewRound(id: $id) {
      id
      verification {
        sampleIdentical
        frameUnchanged
        differenceCount
        differences {
          kind
          stratumKey
          caseId
        }
      }
    }
  }
`);

/** What happened on the round, oldest first. */
export const ReviewRoundEventsQuery = graphql(`
  query ReviewRoundEvents($id: ID!) {
    reviewRound(id: $id) {
      id
      events {
        at
        by
        kind
        caseId
        detail
      }
    }
  }
`);
