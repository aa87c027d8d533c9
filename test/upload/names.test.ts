import { describe, expect, it } from 'vitest';
import { baseName, checkDataSetNames, kindOf, uploadSource } from '../../server/upload/names';
import { stepOf } from '../../server/upload/progress';

const REQUIRED = ['departments.csv', 'case_types.csv', 'deadlines.csv', 'caseworkers.csv', 'employments.csv', 'cases.csv', 'assignments.csv'];

describe('upload names', () => {
  it('accepts the required files alone, and with the optional ones', () => {
    expect(checkDataSetNames(REQUIRED)).toEqual([]);
    expect(checkDataSetNames([...REQUIRED, 'contacts.csv', 'complaints.csv', 'appeals.csv'])).toEqual([]);
  });

  it('names unknown and repeated files, then the missing required ones in format order', () => {
    const problems = checkDataSetNames(['Cases.csv', 'departments.csv', 'departments.csv', 'deadlines.csv']);
    expect(problems.map((p) => [p.file, p.message.split(';')[0]])).toEqual([
      ['Cases.csv', 'is not a file of the import format'],
      ['departments.csv', 'was uploaded more than once'],
      ['case_types.csv', 'the file is missing from the data set'],
      ['caseworkers.csv', 'the file is missing from the data set'],
      ['employments.csv', 'the file is missing from the data set'],
      ['cases.csv', 'the file is missing from the data set'],
      ['assignments.csv', 'the file is missing from the data set'],
    ]);
    expect(problems.every((p) => p.line === null && p.column === null && p.value === null)).toBe(true);
  });

  it('strips folders and tells CSV from zip from anything else', () => {
    expect(baseName('export\\2025/cases.csv')).toBe('cases.csv');
    expect([kindOf('a.CSV'), kindOf('a.Zip'), kindOf('a.xlsx')]).toEqual(['csv', 'zip', 'other']);
    expect(uploadSource(['udtraek.zip'])).toBe('upload: udtraek.zip');
    expect(uploadSource(REQUIRED)).toBe('upload: departments.csv, case_types.csv, deadlines.csv +4');
  });
});

describe('upload progress', () => {
  // departments 100 bytes, cases 300, assignments 600: reading cases starts after 100 of 1000 bytes.
  const sizes = new Map([['assignments.csv', 600], ['departments.csv', 100], ['cases.csv', 300]]);

  it('weighs reading by the bytes of the files before the current one', () => {
    expect(stepOf({ phase: 'reading', file: 'departments.csv', records: 0 }, sizes)).toEqual({ status: 'validating', fraction: 0 });
    expect(stepOf({ phase: 'reading', file: 'cases.csv', records: 5 }, sizes)).toEqual({ status: 'validating', fraction: 0.09 });
    expect(stepOf({ phase: 'reading', file: 'assignments.csv' }, sizes).fraction).toBeCloseTo(0.36, 10);
    expect(stepOf({ phase: 'checking' }, sizes)).toEqual({ status: 'validating', fraction: 0.9 });
  });

  it('counts merged files, then tidying and done', () => {
    expect(stepOf({ phase: 'merging', file: 'departments.csv' }, sizes)).toEqual({ status: 'importing', fraction: 0 });
    expect(stepOf({ phase: 'merging', file: 'assignments.csv' }, sizes)).toEqual({ status: 'importing', fraction: 0.6 });
    expect(stepOf({ phase: 'tidying' }, sizes)).toEqual({ status: 'importing', fraction: 0.9 });
    expect(stepOf({ phase: 'done' }, sizes)).toEqual({ status: 'importing', fraction: 1 });
  });
});
