// Small computations over a demo data set, following metrics.md where a metric exists.
import type { DataSet, Row } from './data-set-checker';

export const HANDICAP = 'SOF.BCH.';
export const STRAINED = 'SOF.BCH.VOKSNE';

export const rowsOf = (data: DataSet, file: string): Row[] => data[file] ?? [];
export const field = (row: Row, column: string): string => row[column] ?? '';

export function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Caseworker changes of a decided case (metrics.md): merged runs of the same caseworker − 1. */
export function caseworkerChanges(decidedOn: string, assignments: readonly Row[]): { changes: number; sequence: string[] } | null {
  const held = assignments
    .filter((a) => field(a, 'assigned_from') <= decidedOn)
    .sort((a, b) => field(a, 'assigned_from').localeCompare(field(b, 'assigned_from')));
  if (held.length === 0) return null;
  const sequence: string[] = [];
  for (const a of held) if (sequence[sequence.length - 1] !== field(a, 'caseworker_id')) sequence.push(field(a, 'caseworker_id'));
  return { changes: sequence.length - 1, sequence };
}

/** The due date of a case: the deadline in force on received_on added to it (metrics.md). */
export function dueDate(received: string, rules: readonly Row[]): string | null {
  const inForce = rules
    .filter((r) => field(r, 'effective_from') <= received)
    .sort((a, b) => field(a, 'effective_from').localeCompare(field(b, 'effective_from')))
    .pop();
  if (!inForce) return null;
  const value = Number(field(inForce, 'deadline_value'));
  const unit = field(inForce, 'deadline_unit');
  if (unit !== 'months') return isoDay(dayNumber(received) + value * (unit === 'weeks' ? 7 : 1));
  const [year, month, day] = received.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month - 1 + value + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + value, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** Mean daily headcount of a department over [from, to], sampled every 30 days. */
export function averageHeadcount(employments: readonly Row[], departmentId: string, from: string, to: string): number {
  const samples: number[] = [];
  for (let day = dayNumber(from); day <= dayNumber(to); day += 30) {
    const iso = isoDay(day);
    samples.push(employments.filter((e) => field(e, 'department_id') === departmentId && field(e, 'start_date') <= iso
      && (field(e, 'end_date') === '' || field(e, 'end_date') >= iso)).length);
  }
  return samples.reduce((sum, n) => sum + n, 0) / samples.length;
}

/** Open cases of a department on day `asOf`: received by then, neither decided nor closed by then. */
export function backlog(cases: readonly Row[], departmentId: string, asOf: string): number {
  const done = (value: string) => value !== '' && value <= asOf;
  return cases.filter((c) => field(c, 'department_id') === departmentId && field(c, 'received_on') <= asOf
    && !done(field(c, 'decided_on')) && !done(field(c, 'closed_on'))).length;
}
