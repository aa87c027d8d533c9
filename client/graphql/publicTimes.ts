import { graphql } from '../gql';

/** Public, no sign-in: the published processing times (empty while publication is off). */
export const PublicProcessingTimesQuery = graphql(`
  query PublicProcessingTimes {
    publicProcessingTimes {
      published
      dataDate
      periodFrom
      minimumDecisions
      rows {
        departmentId
        departmentName
        caseTypeId
        caseTypeName
        legalBasis
        deadline {
          value
          unit
        }
        decisions
        decisionsWithDeadline
        medianDays
        p80Days
        onTimeRate
        withheld
        withheldReason
      }
    }
  }
`);

/** Admin: whether the processing times are published, and for which departments. */
export const PublicationSettingsQuery = graphql(`
  query PublicationSettings {
    publicationSettings {
      ...PublicationSettingsFields
    }
  }

  fragment PublicationSettingsFields on PublicationSettings {
    published
    departmentIds
    updatedAt
    updatedBy
  }
`);

export const UpdatePublicationSettingsMutation = graphql(`
  mutation UpdatePublicationSettings($input: PublicationSettingsInput!) {
    updatePublicationSettings(input: $input) {
      ...PublicationSettingsFields
    }
  }
`);
