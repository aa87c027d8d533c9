// Every class of bad input: the import fails, names file, line and column, and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataSet } from '../../server/importer/service';
import { textOfStored } from '../../server/importer/problem-text';
import { createTestDatabase, snapshotData, type TestDatabase } from '../helpers/database';
import { FixtureCopy, SMALL_FIXTURE, TEST_SECRET } from '../helpers/fixtures';

let database: TestDatabase;
let baseline: Record<string, unknown[]>;

beforeAll(async () => {
  database = await createTestDatabase();
  const first = await importDataSet(database.db, { folder: SMALL_FIXTURE, secret: TEST_SECRET, startedBy: 'test' });
  expect(first.status).toBe('succeeded');
  baseline = await snapshotData(database.db);
});
afterAll(async () => { await database.dispose(); });

interface Expected { file: string; line: number | null; column: string | null; message: RegExp }
interface BadCase { name: string; breakIt: (f: FixtureCopy) => unknown; expected: Expected }

const cases: BadCase[] = [
  { name: 'a missing file', breakIt: (f) => f.remove('cases.csv'), expected: { file: 'cases.csv', line: null, column: null, message: /missing/ } },
  { name: 'a misspelt optional file', breakIt: (f) => f.write('complaint.csv', 'complaint_id\n'), expected: { file: 'complaint.csv', line: null, column: null, message: /not a file of the import format/ } },
  { name: 'an unknown column', breakIt: (f) => f.replace('cases.csv', 'closed_on,outcome', 'closed_on,outcome,note'), expected: { file: 'cases.csv', line: 1, column: 'note', message: /not a column/ } },
  { name: 'a misspelt column', breakIt: (f) => f.replace('cases.csv', 'decided_on,', 'decided_om,'), expected: { file: 'cases.csv', line: 1, column: 'decided_on', message: /missing from the header/ } },
  { name: 'a bad date', breakIt: (f) => f.replace('cases.csv', '2018-04-30', '2018-02-30'), expected: { file: 'cases.csv', line: 2, column: 'decided_on', message: /not a real calendar date/ } },
  { name: 'a date in another form', breakIt: (f) => f.replace('complaints.csv', '2018-04-01', '01-04-2018'), expected: { file: 'complaints.csv', line: 2, column: 'received_on', message: /YYYY-MM-DD/ } },
  { name: 'a bad enum value', breakIt: (f) => f.replace('cases.csv', 'granted', 'approved'), expected: { file: 'cases.csv', line: 2, column: 'outcome', message: /not one of/ } },
  { name: 'a bad deadline value', breakIt: (f) => f.replace('deadlines.csv', '8,weeks', '0,weeks'), expected: { file: 'deadlines.csv', line: 4, column: 'deadline_value', message: /positive whole number/ } },
  { name: 'bad id characters', breakIt: (f) => f.replace('caseworkers.csv', 'CW2,Bo', 'CW 2,Bo'), expected: { file: 'caseworkers.csv', line: 3, column: 'caseworker_id', message: /not a valid id/ } },
  { name: 'a dangling reference', breakIt: (f) => f.replace('cases.csv', 'C1,150372-4821,SEL-41', 'C1,150372-4821,SEL-999'), expected: { file: 'cases.csv', line: 2, column: 'case_type_id', message: /case type "SEL-999"/ } },
  { name: 'a duplicate id', breakIt: (f) => f.append('cases.csv', 'C1,B1,SEL-41,BORN,2019-01-01,,,'), expected: { file: 'cases.csv', line: 5, column: 'case_id', message: /repeats the key of line 2/ } },
  { name: 'a duplicate deadline date', breakIt: (f) => f.append('deadlines.csv', 'SEL-41,2018-07-01,5,months'), expected: { file: 'deadlines.csv', line: 5, column: 'case_type_id, effective_from', message: /repeats the key of line 3/ } },
  { name: 'overlapping assignments', breakIt: (f) => f.append('assignments.csv', 'C1,CW1,2018-02-20,2018-02-25'), expected: { file: 'assignments.csv', line: 6, column: 'assigned_from', message: /overlaps the period from 2018-01-31 to 2018-02-28 on line 2/ } },
  { name: 'overlapping employments', breakIt: (f) => f.append('employments.csv', 'CW2,VOKS,2019-01-01,2019-12-31,resigned'), expected: { file: 'employments.csv', line: 5, column: 'start_date', message: /overlaps the period from 2017-03-01 \(still open\) on line 4/ } },
  { name: 'an outcome without a decision date', breakIt: (f) => f.replace('cases.csv', '2019-06-01,withdrawn', '2019-06-01,granted'), expected: { file: 'cases.csv', line: 4, column: 'decided_on', message: /outcome is granted/ } },
  { name: 'an outcome on an open case', breakIt: (f) => f.replace('cases.csv', '2020-02-10,,,', '2020-02-10,,,refused'), expected: { file: 'cases.csv', line: 3, column: 'outcome', message: /neither decided_on nor closed_on/ } },
  { name: 'a decision before reception', breakIt: (f) => f.replace('cases.csv', '2018-04-30', '2018-01-30'), expected: { file: 'cases.csv', line: 2, column: 'decided_on', message: /before received_on 2018-01-31/ } },
  { name: 'an end date without a reason', breakIt: (f) => f.replace('employments.csv', '2020-06-30,transferred', '2020-06-30,'), expected: { file: 'employments.csv', line: 2, column: 'end_reason', message: /end_date is set/ } },
  { name: 'a decided appeal without outcome', breakIt: (f) => f.replace('appeals.csv', ',changed', ','), expected: { file: 'appeals.csv', line: 2, column: 'outcome', message: /decided appeal has an outcome/ } },
  { name: 'a cycle in the department tree', breakIt: (f) => f.replace('departments.csv', 'ADM,Socialforvaltningen,', 'ADM,Socialforvaltningen,VOKS'), expected: { file: 'departments.csv', line: 2, column: 'parent_id', message: /cycle/ } },
  { name: 'an empty file', breakIt: (f) => f.write('cases.csv', ''), expected: { file: 'cases.csv', line: 1, column: null, message: /empty/ } },
  { name: 'a file that is not UTF-8', breakIt: (f) => f.write('caseworkers.csv', Buffer.from('caseworker_id,display_name\nCW1,S\xf8ren Hansen\nCW2,Bo Jensen\n', 'latin1')), expected: { file: 'caseworkers.csv', line: 2, column: 'display_name', message: /not valid UTF-8/ } },
  { name: 'a record with too few fields', breakIt: (f) => f.append('cases.csv', 'C9,B1,SEL-41'), expected: { file: 'cases.csv', line: 5, column: 'department_id', message: /has 3 fields, but the header has 8/ } },
  { name: 'broken quoting', breakIt: (f) => f.append('case_types.csv', 'X1,"Unclosed,BORN,'), expected: { file: 'case_types.csv', line: 4, column: null, message: /cannot be read as CSV/ } },
];

describe('a data set with bad input', () => {
  it.each(cases)('rejects $name, naming where, and changes nothing', async ({ breakIt, expected }) => {
    const copy = new FixtureCopy();
    breakIt(copy);
    const result = await importDataSet(database.db, { folder: copy.dir, secret: TEST_SECRET, startedBy: 'test' });
    copy.dispose();
    expect(result.status).toBe('failed');
    expect(result.counts).toEqual([]);
    const match = result.errors.find((e) => e.file === expected.file && e.line === expected.line && e.column === expected.column);
    expect(match, JSON.stringify(result.errors, null, 1)).toBeDefined();
    expect(match!.message).toMatch(expected.message);
    // Every problem carries its code and values, and they give exactly its English text.
    for (const error of result.errors) expect(textOfStored(error.code!, error.params ?? {})?.message, error.message).toBe(error.message);
    expect(await snapshotData(database.db)).toEqual(baseline);
  });

  it('reports every problem, not only the first', async () => {
    const copy = new FixtureCopy()
      .replace('cases.csv', '2018-04-30', '2018-02-30')
      .replace('caseworkers.csv', 'CW2,Bo', 'CW 2,Bo')
      .append('assignments.csv', 'C1,CW1,2018-02-20,2018-02-25');
    const result = await importDataSet(database.db, { folder: copy.dir, secret: TEST_SECRET, startedBy: 'test' });
    copy.dispose();
    expect(result.errors.map((e) => `${e.file}:${e.line}:${e.column}`).sort()).toEqual([
      'assignments.csv:6:assigned_from', 'cases.csv:2:decided_on', 'caseworkers.csv:3:caseworker_id',
    ]);
  });

  it('lists at most 100 problems and counts the rest', async () => {
    const copy = new FixtureCopy();
    for (let i = 0; i < 150; i += 1) copy.append('complaints.csv', `KX${i},BORN,,2018-13-01,service`);
    const result = await importDataSet(database.db, { folder: copy.dir, secret: TEST_SECRET, startedBy: 'test' });
    copy.dispose();
    expect(result.errorCount).toBe(150);
    expect(result.errors).toHaveLength(100);
    expect(await snapshotData(database.db)).toEqual(baseline);
  });
});
