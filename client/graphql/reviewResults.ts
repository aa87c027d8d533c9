import { graphql } from '../gql';

/** A round's results (aggregates), reviewer agreement, second-level review and follow-up. */

export const ReviewRoundResultsQuery = graphql(`
  query ReviewRoundResults($id: ID!) {
    reviewRound(id: $id) {
      id
      results {
        reviewed
        minorDeficiencies
        significantDeficiencies
        previousRoundId
        inOrderChangeSincePrevious
        items {
          notRelevant
          changeSincePrevious
          item {
            number
            text
            legalReference
            ruleType
          }
          compliance {
            ...ScopeProportionFields
          }
        }
        inOrder {
          ...ScopeProportionFields
        }
        mandatoryBreach {
          ...ScopeProportionFields
        }
        upheld {
          ...ProportionFields
        }
        changed {
          ...ProportionFields
        }
        remitted {
          ...ProportionFields
        }
      }
      agreement {
        firstReviewer
        secondReviewer
        cases
        items
        percentAgreement
        kappa
      }
    }
  }

  fragment ProportionFields on Proportion {
    successes
    trials
    estimate
    lower
    upper
  }

  fragment ScopeProportionFields on ScopeProportion {
    pooled {
      ...ProportionFields
    }
    stratified {
      estimate
      standardError
      lower
      upper
    }
    strata {
      stratumKey
      frameSize
      proportion {
        ...ProportionFields
      }
    }
  }
`);

/** Draws a share of the submitted reviews for a second reviewer (purpose `REVIEW_ROUND:<id>`). */
export const DrawSecondReviewsMutation = graphql(`
  mutation DrawSecondReviews($roundId: ID!, $share: Float) {
    drawSecondReviews(roundId: $roundId, share: $share) {
      stratumKey
      position
      case {
        id
      }
    }
  }
`);

/** The round's follow-up actions. */
export const ReviewRoundActionsQuery = graphql(`
  query ReviewRoundActions($id: ID!) {
    reviewRound(id: $id) {
      id
      status
      actions {
        ...FollowUpActionFields
      }
    }
  }

  fragment FollowUpActionFields on FollowUpAction {
    id
    roundId
    caseId
    itemNumber
    text
    responsible
    dueOn
    status
    dropReason
    updatedAt
  }
`);

export const AddFollowUpActionMutation = graphql(`
  mutation AddFollowUpAction($input: FollowUpActionInput!) {
    addFollowUpAction(input: $input) {
      ...FollowUpActionFields
    }
  }
`);

export const UpdateFollowUpActionMutation = graphql(`
  mutation UpdateFollowUpAction($input: FollowUpActionUpdateInput!) {
    updateFollowUpAction(input: $input) {
      ...FollowUpActionFields
    }
  }
`);

/** Closes the round; refused (with the server's message) while actions remain open. */
export const CloseReviewRoundMutation = graphql(`
  mutation CloseReviewRound($id: ID!) {
    closeReviewRound(id: $id) {
      id
      status
      closedAt
    }
  }
`);
