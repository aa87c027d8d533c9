import { graphql } from '../gql';

/** The whole department tree, parents before children; shared by the scope picker and every view. */
export const DepartmentsQuery = graphql(`
  query Departments {
    departments {
      id
      name
      depth
      parent {
        id
      }
    }
  }
`);
