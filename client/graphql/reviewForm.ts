import { graphql } from '../gql';

/**
 * One review with its case's timeline (purpose `REVIEW_ROUND:<round id>`), and saving, submitting
 * and reopening it. The case fields are the case page's (`CaseTimelineFields`), so its parts show them.
 */
export const ReviewQuery = graphql(`
  query Review($id: ID!) {
    review(id: $id) {
      ...ReviewFormFields
      case {
        ...CaseTimelineFields
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
    }
  }

  fragment ReviewFormFields on Review {
    id
    roundId
    roundName
    level
    status
    overall
    decision
    note
    savedAt
    submittedAt
    reviewer {
      username
      displayName
    }
    answers {
      itemNumber
      answer
      note
    }
  }
`);

export const SaveReviewDraftMutation = graphql(`
  mutation SaveReviewDraft($input: ReviewDraftInput!) {
    saveReviewDraft(input: $input) {
      ...ReviewFormFields
    }
  }
`);

export const SubmitReviewMutation = graphql(`
  mutation SubmitReview($input: ReviewDraftInput!) {
    submitReview(input: $input) {
      ...ReviewFormFields
    }
  }
`);

export const ReopenReviewMutation = graphql(`
  mutation ReopenReview($id: ID!, $reason: String!) {
    reopenReview(id: $id, reason: $reason) {
      ...ReviewFormFields
    }
  }
`);
