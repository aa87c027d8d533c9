// Secondary suppression for committee tables that show a total (metrics.md, "Disclosure
// control"): backlog age bands with the backlog, complaints by category with the total, complaints
// department × category with both margins. A lone hidden cell in a line with a shown total could be
// worked out by subtraction, so a second cell of that line is hidden too.
import { discloseCount, isBelowFive, type Disclosed, type WithheldReason } from './disclosure';

type Cell = readonly [row: number, column: number];
type Pattern = (WithheldReason | null)[][];

export interface DisclosedTable {
  cells: Disclosed<number>[][];
  /** Margins are ordinary counts: not protected by secondary suppression, but still "< 5" when 1–4. */
  rowTotals: Disclosed<number>[];
  columnTotals: Disclosed<number>[];
  total: Disclosed<number>;
}

export interface DisclosedList {
  cells: Disclosed<number>[];
  total: Disclosed<number>;
}

function assertCounts(cells: readonly (readonly number[])[]): void {
  const width = cells[0]?.length ?? 0;
  for (const row of cells) {
    if (row.length !== width) throw new RangeError('disclosure: table rows must have the same length');
    if (row.some((count) => !(count >= 0))) throw new RangeError('disclosure: table cells must be non-negative counts');
  }
}

/** Every row (top to bottom), then every column (left to right), each as its cells in order. */
function linesOf(rows: number, columns: number): Cell[][] {
  const byRow = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c): Cell => [r, c]));
  const byColumn = Array.from({ length: columns }, (_, c) => Array.from({ length: rows }, (_, r): Cell => [r, c]));
  return [...byRow, ...byColumn];
}

/**
 * The cell to hide next in a line: when exactly one of its cells is hidden, the smallest other
 * non-zero cell (the first in order on ties). Zero cells are never chosen: a 0 reveals nothing
 * new, and hiding it would not make the lone cell any harder to work out. Null when the line is
 * fine or has nothing left to hide.
 */
function partnerIn(line: readonly Cell[], cells: readonly (readonly number[])[], pattern: Pattern): Cell | null {
  if (line.filter(([r, c]) => pattern[r]![c] !== null).length !== 1) return null;
  let best: Cell | null = null;
  for (const [r, c] of line) {
    const count = cells[r]![c]!;
    if (pattern[r]![c] !== null || count === 0) continue;
    if (best === null || count < cells[best[0]]![best[1]]!) best = [r, c];
  }
  return best;
}

/**
 * Which cells are hidden and why. Primary: counts 1–4 are "< 5". Secondary: the first line (rows,
 * then columns) with exactly one hidden cell gets its partner hidden, and the scan starts over,
 * since that may leave a crossing line with exactly one; it ends when no line can be fixed. A line
 * whose only non-hidden cells are 0 keeps its single hidden cell: there is nothing else to hide.
 */
export function suppressionPattern(cells: readonly (readonly number[])[]): Pattern {
  assertCounts(cells);
  const pattern: Pattern = cells.map((row) => row.map((count) => (isBelowFive(count) ? 'BELOW_FIVE' : null)));
  const lines = linesOf(cells.length, cells[0]?.length ?? 0);
  for (;;) {
    const partner = lines.map((line) => partnerIn(line, cells, pattern)).find((cell) => cell !== null);
    if (!partner) return pattern;
    pattern[partner[0]]![partner[1]] = 'SECONDARY';
  }
}

function applyPattern(cells: readonly (readonly number[])[], pattern: Pattern): Disclosed<number>[][] {
  return cells.map((row, r) =>
    row.map((count, c) => {
      const reason = pattern[r]![c]!;
      return reason === null ? { value: count, withheld: false, reason: null } : { value: null, withheld: true, reason };
    }),
  );
}

const sum = (counts: readonly number[]): number => counts.reduce((a, b) => a + b, 0);

/**
 * A rows × columns table shown with both margins (complaints department × category). Margins are
 * the sums of the cells; a caller whose shown total also covers rows not in the table (a parent
 * department's own complaints) discloses that total itself with `discloseCount`.
 */
export function discloseTable(cells: readonly (readonly number[])[]): DisclosedTable {
  const pattern = suppressionPattern(cells);
  const width = cells[0]?.length ?? 0;
  const columnSums = Array.from({ length: width }, (_, c) => sum(cells.map((row) => row[c]!)));
  return {
    cells: applyPattern(cells, pattern),
    rowTotals: cells.map((row) => discloseCount(sum(row))),
    columnTotals: columnSums.map(discloseCount),
    total: discloseCount(sum(columnSums)),
  };
}

/**
 * A one-dimensional list with its total (backlog age bands, complaints by category): a table of
 * one row. Use this rather than `discloseTable`, whose column totals would repeat the cells.
 */
export function discloseList(cells: readonly number[]): DisclosedList {
  const [row] = applyPattern([cells], suppressionPattern([cells]));
  return { cells: row ?? [], total: discloseCount(sum(cells)) };
}
