import { graphql } from '../gql';

/** Every user account (admin only). */
export const UsersQuery = graphql(`
  query Users {
    users {
      id
      username
      displayName
      role
      departmentIds
      usesSingleSignOn
      isDemoAccount
      hasPassword
      disabled
      createdAt
    }
  }
`);

/** One user's API tokens; the token itself is never shown again after it was issued. */
export const ApiTokensQuery = graphql(`
  query ApiTokens($username: String!) {
    apiTokens(username: $username) {
      ...ApiTokenFields
    }
  }

  fragment ApiTokenFields on ApiToken {
    id
    username
    label
    createdAt
    lastUsedAt
    revokedAt
  }
`);

export const AddUserMutation = graphql(`
  mutation AddUser($input: AddUserInput!) {
    addUser(input: $input) {
      id
      username
    }
  }
`);

/** The answer holds the token this once. */
export const IssueApiTokenMutation = graphql(`
  mutation IssueApiToken($username: String!, $label: String!) {
    issueApiToken(username: $username, label: $label) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
`);
