import { graphql } from '../gql';

/** A target in force as the target panel shows it: the value or band, where it was set, by whom, when. */
export const TargetInForceFragment = graphql(`
  fragment TargetInForce on IndicatorTarget {
    indicator
    value
    low
    high
    inherited
    setOn {
      id
      name
    }
    setBy
    setAt
  }
`);

/**
 * One department's indicator for the target panel: what it is (direction, unit), its value and
 * status in the period, the target in force, and every change of the department's own target.
 */
export const IndicatorTargetPanelQuery = graphql(`
  query IndicatorTargetPanel($department: ID!, $indicator: IndicatorKey!, $period: PeriodInput!, $asOf: Date!) {
    figures(scope: $department, period: $period, asOf: $asOf) {
      scope {
        id
        name
      }
      indicators(keys: [$indicator]) {
        key
        direction
        unit
        value
        withheld
        reason
        status
        target {
          ...TargetInForce
        }
      }
    }
    indicatorTargetHistory(department: $department, indicator: $indicator) {
      indicator
      value
      low
      high
      cleared
      setBy
      setAt
    }
  }
`);

export const SetIndicatorTargetMutation = graphql(`
  mutation SetIndicatorTarget($input: IndicatorTargetInput!) {
    setIndicatorTarget(input: $input) {
      ...TargetInForce
    }
  }
`);

/** Answers with the target now in force (inherited from above), or null when there is none. */
export const ClearIndicatorTargetMutation = graphql(`
  mutation ClearIndicatorTarget($department: ID!, $indicator: IndicatorKey!) {
    clearIndicatorTarget(department: $department, indicator: $indicator) {
      ...TargetInForce
    }
  }
`);
