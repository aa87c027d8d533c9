// The open-data files from a table, without a database or HTTP.
import { describe, expect, it } from 'vitest';
import { openDataCsv, openDataJson } from '../../server/public-times/open-data';
import { OPEN_DATA_COLUMNS } from '../../server/public-times/columns';
import type { PublicTimesEntry, PublicTimesTable } from '../../server/public-times/table';

const shown: PublicTimesEntry = {
  departmentId: 'B', departmentName: 'Myndighed B; Syd', ancestorIds: ['B', 'ROOT'], caseTypeId: 'CHG', caseTypeName: 'Fristskift',
  legalBasis: 'Serviceloven § 85', deadline: { value: 8, unit: 'weeks' }, decisions: 25, decisionsWithDeadline: 25,
  medianDays: 60, p80Days: 70.5, onTimeRate: 0.8, withheldReason: null,
};
const tooFew: PublicTimesEntry = {
  ...shown, caseTypeId: 'T19', caseTypeName: '=Nitten', legalBasis: null, deadline: null, decisions: null, decisionsWithDeadline: null,
  medianDays: null, p80Days: null, onTimeRate: null, withheldReason: 'TOO_FEW_DECISIONS',
};
const table: PublicTimesTable = { dataDate: '2025-06-30', periodFrom: '2024-07-01', generatedAt: new Date('2025-07-01T04:00:00Z'), entries: [shown, tooFew] };

describe('the CSV', () => {
  const csv = openDataCsv({ table, entries: [shown, tooFew] });
  const lines = csv.slice(1).split('\r\n');

  it('starts with a BOM, separates with semicolons and names the columns in the first line', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(OPEN_DATA_COLUMNS.map((c) => c.name).join(';'));
    expect(lines).toHaveLength(4); // header, two rows, and the empty string after the last CRLF
  });

  it('rounds days to one decimal and the rate to four (interpolated percentiles carry float noise)', () => {
    const noisy = { ...shown, medianDays: 16.200000000000003, p80Days: 94.44999999, onTimeRate: 0.5333333333333333 };
    const row = openDataCsv({ table, entries: [noisy] }).slice(1).split('\r\n')[1]!;
    expect(row.split(';').slice(10, 13)).toEqual(['16.2', '94.4', '0.5333']);
  });

  it('writes numbers with a decimal point, quotes a cell holding the separator and leaves missing figures empty', () => {
    expect(lines[1]).toBe('B;"Myndighed B; Syd";CHG;Fristskift;Serviceloven § 85;8;weeks;25;25;60;70.5;0.8;;2024-07-01;2025-06-30');
    expect(lines[2]).toBe("B;\"Myndighed B; Syd\";T19;'=Nitten;;;;;;;;;too_few_decisions;2024-07-01;2025-06-30");
  });
});

describe('the JSON', () => {
  const json = openDataJson({ table, entries: [shown, tooFew] });

  it('describes every column in Danish and English', () => {
    const columns = json.columns as Array<{ name: string; type: string; description: { da: string; en: string } }>;
    expect(columns.map((c) => c.name)).toEqual(OPEN_DATA_COLUMNS.map((c) => c.name));
    for (const column of columns) {
      expect(column.description.da.length, column.name).toBeGreaterThan(10);
      expect(column.description.en.length, column.name).toBeGreaterThan(10);
      expect(['string', 'integer', 'number', 'date']).toContain(column.type);
    }
  });

  it('gives the dates and the rows keyed by column, with null for what is not shown', () => {
    expect(json).toMatchObject({ generatedAt: '2025-07-01T04:00:00.000Z', dataDate: '2025-06-30', periodFrom: '2024-07-01', minimumDecisions: 20 });
    const rows = json.rows as Array<Record<string, unknown>>;
    expect(rows[0]).toMatchObject({ case_type: 'Fristskift', deadline_value: 8, deadline_unit: 'weeks', median_days: 60, on_time_rate: 0.8, withheld: null });
    expect(rows[1]).toMatchObject({ case_type: '=Nitten', decisions: null, median_days: null, withheld: 'too_few_decisions', data_date: '2025-06-30' });
  });
});
