// The deadlines data set (test/fixtures/deadlines, answers in its README.md; P = Q1 2024,
// A = 2024-04-10) with what the indicators need on top, every answer worked out by hand:
//
// Assignments on cases decided in P (M1 CW1 is already there, 0 changes):
//   M2 CW1 → CW2 (1 change), M3 CW3 (0), M5 CW2 (0), H1 CW1 → CW2 (1 change)
//   → FIXED_CASEWORKER_SHARE: 5 cases, 3 without change = 3/5; all five are in NORD's subtree.
// One year earlier (P' = Q1 2023, A' = 2023-04-10), three HJM cases (30-day deadline):
//   Y1 NORD received 2023-01-10, decided 2023-01-20 (due 2023-02-09: on time), CW1 only (0 changes)
//   Y2 NORD received 2023-01-02, decided 2023-03-15 (due 2023-02-01: late), CW1 → CW2 (1 change)
//   Y3 SYD  received 2023-02-01, decided 2023-02-20 (due 2023-03-03: on time), no assignment
//   → TIMELINESS' 2/3 (base 3); FIXED_CASEWORKER_SHARE' 1/2 (base 2); backlog on A': O5 only
//     (received 2023-04-10, due 2023-05-10), so OVERDUE_BACKLOG' = 0 (base 1).
// They are decided before 2024, so no 2024 figure changes: TIMELINESS 6/11 (base 11), OVERDUE 5 (base 7).
import { importDataSet } from '../../server/importer/service';
import { startTestApi, type TestApi } from '../helpers/api';
import { FixtureCopy, TEST_SECRET } from '../helpers/fixtures';
import { DEADLINES_FIXTURE } from '../deadlines/fixture';

export { Q1, AS_OF } from '../deadlines/fixture';

const CASES = [
  'Y1,CIT30,HJM,NORD,2023-01-10,2023-01-20,,granted',
  'Y2,CIT31,HJM,NORD,2023-01-02,2023-03-15,,refused',
  'Y3,CIT32,HJM,SYD,2023-02-01,2023-02-20,,granted',
];

const ASSIGNMENTS = [
  'M2,CW1,2024-01-31,2024-02-14', 'M2,CW2,2024-02-15,',
  'M3,CW3,2024-02-29,',
  'M5,CW2,2024-02-10,',
  'H1,CW1,2024-01-31,2024-02-10', 'H1,CW2,2024-02-11,',
  'Y1,CW1,2023-01-10,',
  'Y2,CW1,2023-01-02,2023-02-01', 'Y2,CW2,2023-02-02,',
];

export async function startIndicatorsApi(): Promise<TestApi> {
  const copy = new FixtureCopy(DEADLINES_FIXTURE);
  try {
    for (const line of CASES) copy.append('cases.csv', line);
    for (const line of ASSIGNMENTS) copy.append('assignments.csv', line);
    const api = await startTestApi({}, false);
    const result = await importDataSet(api.database.db, { folder: copy.dir, secret: TEST_SECRET, startedBy: 'test' });
    if (result.status !== 'succeeded') throw new Error(`fixture import failed: ${JSON.stringify(result.errors)}`);
    return api;
  } finally {
    copy.dispose();
  }
}
