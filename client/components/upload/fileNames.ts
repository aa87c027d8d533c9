/**
 * The files of the import format (shared/spec/data-format.md), as the upload page names them. The
 * server checks the names itself; this list only helps the data steward choose.
 */
export const FILE_NAMES = {
  required: ['departments.csv', 'case_types.csv', 'deadlines.csv', 'caseworkers.csv', 'employments.csv', 'cases.csv', 'assignments.csv'],
  optional: ['contacts.csv', 'complaints.csv', 'appeals.csv'],
} as const;
