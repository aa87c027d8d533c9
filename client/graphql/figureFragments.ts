import { graphql } from '../gql';

/** Figure fields shared by the timeliness queries (and, later, the committee page). */
export const FigureFragments = graphql(`
  fragment TimelinessFields on Timeliness {
    decided
    decidedWithDueDate
    withoutDeadline
    onTime
    rate
    withheld
    suppressed {
      field
      reason
    }
  }

  fragment BacklogFields on Backlog {
    total
    withDueDate
    overdue
    ageBands {
      label
      count
      withheld
      reason
    }
    withheld
    suppressed {
      field
      reason
    }
  }

  fragment CaseTypeDeadlineFields on CaseTypeDeadlineFigures {
    caseType {
      id
      name
      legalBasis
    }
    deadlineInForce {
      value
      unit
    }
    timeliness {
      ...TimelinessFields
    }
    distribution {
      min
      q1
      median
      q3
      max
      count
      withheld
      suppressed {
        field
        reason
      }
    }
    realism {
      p80
      p90
      deadlineDays
      suggested {
        value
        unit
      }
      suggestedRate
      withheld
      suppressed {
        field
        reason
      }
    }
  }
`);
