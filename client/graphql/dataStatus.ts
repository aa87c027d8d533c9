import { graphql } from '../gql';

/** What data Tilsyn holds: imports, counts per entity, date range and cases received per month. */
export const DataStatusQuery = graphql(`
  query DataStatus {
    dataStatus {
      empty
      lastImport {
        ...ImportBatchFields
      }
      imports(limit: 10) {
        ...ImportBatchFields
      }
      counts {
        entity
        count
      }
      receivedRange {
        from
        to
      }
      latestEvent
      receivedPerMonth {
        month
        count
      }
    }
  }

  fragment ImportBatchFields on ImportBatch {
    id
    startedAt
    finishedAt
    startedBy
    source
    status
    errorCount
    files {
      file
      sha256
      bytes
      records
    }
    counts {
      file
      inserted
      updated
      unchanged
      removed
    }
  }
`);
