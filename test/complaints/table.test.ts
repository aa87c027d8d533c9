// The department × category complaints table, worked by hand (metrics.md, "Disclosure control"):
//   A: [6, 2, 0, 0, 0] (total 8, 100 decisions)   B: [7, 9, 0, 0, 1] (total 17, 3 decisions)
// "< 5": A·service (2) and B·other (1). Row A has one hidden cell → its smallest other non-zero,
// A·processing (6), goes too; row B likewise B·processing (7). Column service then has one
// hidden cell (A) → B·service (9) goes too. Column other has one hidden cell but only zeros
// besides: nothing more to hide. Margins: rows 8 and 17; columns 13, 11, 0, 0, 1 ("< 5"); 25.
import { describe, expect, it } from 'vitest';
import { complaintTable } from '../../server/complaints/table';

const departments = [
  { departmentId: 'A', totals: { counts: [6, 2, 0, 0, 0], total: 8 }, decisions: 100 },
  { departmentId: 'B', totals: { counts: [7, 9, 0, 0, 1], total: 17 }, decisions: 3 },
];
const shown = (count: number) => ({ count, withheld: false, reason: null });
const hidden = (reason: string) => ({ count: null, withheld: true, reason });

describe('complaintTable', () => {
  it('shows every cell and margin to directors', () => {
    const table = complaintTable(departments, false);
    expect(table.categories).toEqual(['PROCESSING_TIME', 'SERVICE', 'STATUS_INFORMATION', 'DECISION', 'OTHER']);
    expect(table.rows[1]!.cells.map((c) => c.count)).toEqual([7, 9, 0, 0, 1]);
    expect(table.columnTotals.map((c) => c.count)).toEqual([13, 11, 0, 0, 1]);
    expect(table.total).toEqual(shown(25));
    expect(table.rows[1]).toMatchObject({ decisions: 3, per1000Decisions: 17000 / 3, per1000Withheld: false });
  });

  it('hides partners in rows and columns for the committee, so no hidden cell can be worked out', () => {
    const table = complaintTable(departments, true);
    expect(table.rows[0]!.cells).toEqual([hidden('SECONDARY'), hidden('BELOW_FIVE'), shown(0), shown(0), shown(0)]);
    expect(table.rows[1]!.cells).toEqual([hidden('SECONDARY'), hidden('SECONDARY'), shown(0), shown(0), hidden('BELOW_FIVE')]);
    expect(table.rows.map((r) => r.total)).toEqual([shown(8), shown(17)]);
    expect(table.columnTotals).toEqual([shown(13), shown(11), shown(0), shown(0), hidden('BELOW_FIVE')]);
    expect(table.total).toEqual(shown(25));
  });

  it('withholds a per-1,000 figure on a base below 5, and a decision count below 5', () => {
    const [a, b] = complaintTable(departments, true).rows;
    expect(a).toMatchObject({ decisions: 100, per1000Decisions: 80, per1000Withheld: false });
    expect(b).toMatchObject({ decisions: null, per1000Decisions: null, per1000Withheld: true });
  });
});
