import { graphql } from '../gql';

/** Admin: the checklist versions, newest first; the first is the one new rounds use. */
export const ChecklistTemplatesQuery = graphql(`
  query ChecklistTemplates {
    checklistTemplates {
      ...ChecklistTemplateFields
    }
  }

  fragment ChecklistTemplateFields on ChecklistTemplate {
    version
    publishedAt
    publishedBy
    items {
      number
      text
      legalReference
      ruleType
    }
  }
`);

/** Admin: publishes a new version; running rounds keep the version they started with. */
export const PublishChecklistTemplateMutation = graphql(`
  mutation PublishChecklistTemplate($input: ChecklistTemplateInput!) {
    publishChecklistTemplate(input: $input) {
      ...ChecklistTemplateFields
    }
  }
`);
