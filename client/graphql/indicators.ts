import { graphql } from '../gql';

/** One indicator as the overview and the committee report show it: value, target, status, trend. */
export const IndicatorFieldsFragment = graphql(`
  fragment IndicatorFields on Indicator {
    key
    theme
    direction
    unit
    value
    base
    withheld
    reason
    status
    previousValue
    previousWithheld
    trend
    target {
      value
      low
      high
      inherited
      setOn {
        id
        name
      }
    }
  }
`);

/** The scope's and each child department's indicators, with the trend line of the last 8 quarters. */
export const IndicatorOverviewQuery = graphql(`
  query IndicatorOverview($scope: ID!, $period: PeriodInput!, $asOf: Date!, $keys: [IndicatorKey!]) {
    figures(scope: $scope, period: $period, asOf: $asOf) {
      scope {
        id
        name
      }
      indicators(keys: $keys) {
        ...IndicatorFields
        quarters {
          from
          to
          value
          withheld
        }
      }
      children {
        scope {
          id
          name
        }
        indicators(keys: $keys) {
          ...IndicatorFields
          quarters {
            from
            to
            value
            withheld
          }
        }
      }
    }
  }
`);
