import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoFolders, UNTIL } from './fixtures';
import { readDataSet, type DataSet } from './data-set-checker';
import { checkDataFormat } from './data-format-rules';

const folders = new DemoFolders();
beforeAll(() => folders.setUp());
afterAll(() => folders.tearDown());

function problemsOf(dir: string, until: string): { data: DataSet; problems: string[] } {
  const problems: string[] = [];
  const data = readDataSet(dir, problems);
  problems.push(...checkDataFormat(data, until));
  return { data, problems };
}

describe('demo data set against data-format.md', () => {
  it('breaks no rule at scale 0.2', async () => {
    const { dir, summary } = await folders.generate({ scale: 0.2 });
    const { data, problems } = problemsOf(dir, UNTIL);
    expect(problems.slice(0, 20)).toEqual([]);
    for (const { file, rows } of summary.files) expect(data[file]?.length, file).toBe(rows);
    expect(data['cases.csv']?.length).toBeGreaterThan(40_000);
  });

  it('cuts everything at a mid-month until, leaving open cases, pending appeals and running employments', async () => {
    const until = '2019-06-15';
    const { dir } = await folders.generate({ scale: 0.05, until });
    const { data, problems } = problemsOf(dir, until);
    expect(problems.slice(0, 20)).toEqual([]);
    const cases = data['cases.csv'] ?? [];
    expect(cases.some((c) => c.received_on === until || c.received_on === '2019-06-14')).toBe(true);
    expect(cases.filter((c) => c.outcome === '').length).toBeGreaterThan(100);
    expect((data['employments.csv'] ?? []).filter((e) => e.end_date === '').length).toBeGreaterThan(5);
    expect((data['appeals.csv'] ?? []).filter((a) => a.decided_on === '').length).toBeGreaterThan(0);
    expect((data['deadlines.csv'] ?? []).every((d) => (d.effective_from ?? '') <= until)).toBe(true);
  });

  it('quotes names with commas and quotes (RFC 4180)', async () => {
    const { dir } = await folders.generate({ scale: 0.05 });
    const data = readDataSet(dir);
    expect(data['departments.csv']?.some((d) => d.name?.includes(','))).toBe(true);
    const names = (data['caseworkers.csv'] ?? []).map((c) => c.display_name ?? '');
    expect(names.some((n) => n.includes(',') || n.includes('"'))).toBe(true);
    expect(names.every((n) => /^[\p{L} ,"-]+$/u.test(n))).toBe(true);
  });
});

describe('the independent checker itself', () => {
  it('reports broken rows, so a clean result means something', async () => {
    const { dir } = await folders.generate({ scale: 0.02 });
    const data = readDataSet(dir);
    const cases = data['cases.csv'] ?? [];
    const decided = cases.find((c) => c.outcome === 'granted') ?? {};
    const assignment = data['assignments.csv']?.[0] ?? {};
    cases.push({ ...decided, outcome: 'withdrawn' }); // duplicate id, withdrawn with a decision
    cases.push({ ...decided, case_id: 'bad id!', received_on: '2027-01-01', case_type_id: 'NOPE' });
    data['assignments.csv']?.push({ ...assignment, assigned_from: assignment.assigned_from ?? '', caseworker_id: 'SB999999' });
    const employment = data['employments.csv']?.[0] ?? {};
    const dayAfterStart = new Date(Date.parse(`${employment.start_date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    data['employments.csv']?.push({ ...employment, start_date: dayAfterStart, end_date: '', end_reason: 'resigned' });
    const problems = checkDataFormat(data, UNTIL).join('\n');
    for (const expected of ['duplicate key case_id', 'withdrawn needs closed_on', 'case_id "bad id!"', 'after until',
      'case_type_id "NOPE" refers to nothing', 'duplicate key case_id+assigned_from', 'caseworker_id "SB999999"',
      'end_reason must be empty', `periods of ${employment.caseworker_id} overlap`]) {
      expect(problems).toContain(expected);
    }
  });
});
