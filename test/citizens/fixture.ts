// The hand-made citizens data set (test/fixtures/citizens, answers in its README.md).
import { fileURLToPath } from 'node:url';
import { importDataSet } from '../../server/importer/service';
import { TEST_SECRET } from '../helpers/fixtures';
import { startTestApi, type TestApi } from '../helpers/api';

export const CITIZENS_FIXTURE = fileURLToPath(new URL('../fixtures/citizens', import.meta.url));

/** The period and as-of date most answers are worked out for. */
export const H1 = { from: '2024-01-01', to: '2024-06-30' };
export const AS_OF = '2024-07-15';

export async function startCitizensApi(): Promise<TestApi> {
  const api = await startTestApi({}, false);
  const result = await importDataSet(api.database.db, { folder: CITIZENS_FIXTURE, secret: TEST_SECRET, startedBy: 'test' });
  if (result.status !== 'succeeded') throw new Error(`fixture import failed: ${JSON.stringify(result.errors)}`);
  return api;
}

/** Every field of ScopeFigures.crossDepartment. */
export const CROSS_DEPARTMENT = `crossDepartment { citizens crossDepartmentCitizens crossDepartmentShare caseworkersPerCitizen
  caseworkersPerCrossDepartmentCitizen caseworkersPerOtherCitizen shareWithThreeOrMoreCaseworkers
  shareWithThreeOrMoreCaseworkersCrossDepartment shareWithThreeOrMoreCaseworkersOthers timelinessCrossDepartment
  decidedWithDueDateCrossDepartment timelinessOthers decidedWithDueDateOthers
  caseworkerHistogram { caseworkers citizens crossDepartmentCitizens withheld reason }
  combinations { departments { id } citizens withheld reason } withheld suppressed { field reason } }`;
