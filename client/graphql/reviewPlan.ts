import { graphql } from '../gql';

/** Planning a review round: case types to choose from, the live plan and sample sizes, the draw. */

/** The case types of a scope, for the frame's case-type filter. */
export const ReviewPlanCaseTypesQuery = graphql(`
  query ReviewPlanCaseTypes($scope: ID) {
    caseTypes(scope: $scope) {
      id
      name
      department {
        id
        name
      }
    }
  }
`);

/** Frame size and allocation per stratum of a planned round (writes nothing). */
export const ReviewRoundPlanQuery = graphql(`
  query ReviewRoundPlan($input: ReviewPlanInput!) {
    reviewRoundPlan(input: $input) {
      frameSize
      allocated
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
    }
  }
`);

/** Sample sizes by margin of error and by tolerable deviation rate for a frame. */
export const SampleSizeQuery = graphql(`
  query SampleSize($input: SampleSizeInput!) {
    sampleSize(input: $input) {
      frameSize
      byMargin
      binomial
      hypergeometric
    }
  }
`);

/** Plans and draws a round; answers with its id and the seed used (generated when none was given). */
export const CreateReviewRoundMutation = graphql(`
  mutation CreateReviewRound($input: ReviewRoundInput!) {
    createReviewRound(input: $input) {
      id
      seed
    }
  }
`);
