// Collects every problem of a data set (up to a cap, counting the rest) in the words a data
// steward understands: file, line (header = line 1), column, the offending value, what is wrong.
import type { ImportErrorRecord } from '../db/schema';
import { isCprShaped } from './cpr';

export const PROBLEM_CAP = 100;

export class ProblemList {
  readonly items: ImportErrorRecord[] = [];
  total = 0;

  constructor(private readonly cap = PROBLEM_CAP) {}

  add(problem: ImportErrorRecord): void {
    this.total += 1;
    if (this.items.length < this.cap) this.items.push({ ...problem, value: safeValue(problem.column, problem.value) });
  }

  /** Problems known to exist beyond those listed (a check stops listing at the cap). */
  countUnlisted(n: number): void {
    this.total += Math.max(0, n);
  }

  get isEmpty(): boolean {
    return this.total === 0;
  }

  get omitted(): number {
    return this.total - this.items.length;
  }
}

/** A citizen id shaped like a CPR number is never echoed back, not even in an error report. */
function safeValue(column: string | null, value: string | null): string | null {
  if (value === null) return null;
  if (column === 'citizen_id' && isCprShaped(value)) return '(CPR number hidden)';
  return value.length > 80 ? `${value.slice(0, 77)}...` : value;
}

export function describeProblem(p: ImportErrorRecord): string {
  const where = [p.file, p.line !== null ? `line ${p.line}` : null, p.column !== null ? `column ${p.column}` : null]
    .filter(Boolean)
    .join(', ');
  const value = p.value !== null ? ` (value "${p.value}")` : '';
  return `${where}${value}: ${p.message}`;
}

/** Thrown inside the import transaction to roll it back; carries every problem found. */
export class ImportRejected extends Error {
  constructor(readonly problems: ProblemList) {
    super(`the data set was not imported: ${problems.total} problem${problems.total === 1 ? '' : 's'} found`);
  }
}
