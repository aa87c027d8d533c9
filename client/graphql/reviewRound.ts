import { graphql } from '../gql';

/**
 * One review round, read per tab so each loads on its own. The sample is case-level: read it with
 * the purpose `REVIEW_ROUND:<round id>` (utils/purpose.ts).
 */

/** The round's header: scope, frame, seed, checklist, strata sizes and progress. */
export const ReviewRoundQuery = graphql(`
  query ReviewRound($id: ID!) {
    reviewRound(id: $id) {
      id
      name
      status
      createdAt
      createdBy
      closedAt
      seed
      reserveShare
      stratification
      allocationMethod
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
        caseTypes
        excludeEarlierRounds
        size
      }
      checklist {
        version
        items {
          number
          text
          legalReference
          ruleType
        }
      }
      strata {
        key
        frameSize
        allocated
        department {
          id
          name
        }
        caseType {
          id
          name
        }
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

/** The sample now, with eliminations (purpose `REVIEW_ROUND:<id>`). */
export const ReviewRoundSampleQuery = graphql(`
  query ReviewRoundSample($id: ID!) {
    reviewRound(id: $id) {
      id
      sample {
        ...SampledCaseFields
      }
      eliminations {
        caseId
        reason
        note
        replacementCaseId
        at
        by
      }
    }
  }

  fragment SampledCaseFields on SampledCase {
    stratumKey
    position
    fromReserve
    replaces
    status
    case {
      id
      receivedOn
      decidedOn
      caseType {
        id
        name
      }
    }
    review {
      ...SampleReviewFields
    }
    secondReview {
      ...SampleReviewFields
    }
  }

  fragment SampleReviewFields on Review {
    id
    status
    submittedAt
    reviewer {
      username
      displayName
    }
  }
`);

/** Eliminates a sampled case; the next reserve case of its stratum replaces it. */
export const EliminateSampledCaseMutation = graphql(`
  mutation EliminateSampledCase($input: EliminationInput!) {
    eliminateSampledCase(input: $input) {
      caseId
      reason
      note
      replacementCaseId
      at
      by
    }
  }
`);

/** Assigns sampled cases to a reviewer (purpose `REVIEW_ROUND:<id>`: answers with the cases). */
export const AssignReviewerMutation = graphql(`
  mutation AssignReviewer($input: AssignReviewerInput!) {
    assignReviewer(input: $input) {
      ...SampledCaseFields
    }
  }
`);
