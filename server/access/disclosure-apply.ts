// Applying disclosure control to a figure object the API returns: for the committee, counts and
// statistics are replaced by their disclosed values and the object lists what was withheld.
// Everyone else gets the object as computed, with `withheld: false`.
import { discloseStatistic, isBelowFive, type WithheldReason } from './disclosure';

export interface Suppression { field: string; reason: WithheldReason }
export interface DisclosureMarks { withheld: boolean; suppressed: Suppression[] }

/**
 * Which fields of T are counts, and which are statistics with the field (or number) that is
 * their base. Inside one object figures add up, so a hidden count could be worked back:
 * `partitions` name counts that sum to a shown total (`null` for a part that is not shown, the
 * total minus the others), and `reveals` names the counts a statistic would give away
 * (rate × base = onTime); both get the table rule of metrics.md (secondary suppression).
 */
export interface DisclosureSpec<T> {
  counts: readonly (keyof T & string)[];
  statistics?: Partial<Record<keyof T & string, (keyof T & string) | number>>;
  partitions?: readonly { total: keyof T & string; parts: readonly ((keyof T & string) | null)[] }[];
  reveals?: Partial<Record<keyof T & string, readonly (keyof T & string)[]>>;
}

type Nullable<T> = { [K in keyof T]: T[K] | null };
type Marks = Map<string, WithheldReason>;

const numberOf = (raw: object, field: string): number => {
  const value = (raw as Record<string, unknown>)[field];
  return typeof value === 'number' ? value : 0;
};

/**
 * One pass over the partitions: a line whose only hidden cell is sensitive (hidden, or an unshown
 * part of 1–4) gets its smallest other non-zero shown part hidden too. True when it hid one.
 */
function protectOnePartition<T extends object>(raw: T, spec: DisclosureSpec<T>, marks: Marks): boolean {
  for (const { total, parts } of spec.partitions ?? []) {
    if (marks.has(total)) continue;
    const shownSum = parts.reduce((sum, p) => sum + (p ? numberOf(raw, p) : 0), 0);
    const cells = parts.map((p) => ({ field: p, value: p ? numberOf(raw, p) : numberOf(raw, total) - shownSum }));
    const hidden = cells.filter((c) => c.field === null || marks.has(c.field));
    const sensitive = hidden.filter((c) => (c.field ? marks.has(c.field) : isBelowFive(c.value)));
    if (hidden.length !== 1 || sensitive.length !== 1) continue;
    const candidates = cells.filter((c) => c.field !== null && !marks.has(c.field) && c.value > 0);
    const partner = candidates.reduce<(typeof candidates)[number] | null>((best, c) => (!best || c.value < best.value ? c : best), null);
    if (partner?.field) { marks.set(partner.field, 'SECONDARY'); return true; }
  }
  return false;
}

function statisticMarks<T extends object>(raw: T, spec: DisclosureSpec<T>, marks: Marks): Map<string, WithheldReason | 'NO_BASE'> {
  const result = new Map<string, WithheldReason | 'NO_BASE'>();
  for (const [field, base] of Object.entries(spec.statistics ?? {}) as [string, string | number][]) {
    const disclosed = discloseStatistic((raw as Record<string, unknown>)[field], typeof base === 'number' ? base : numberOf(raw, base));
    if (disclosed.reason) result.set(field, disclosed.reason);
    else if (disclosed.value === null) result.set(field, 'NO_BASE');
    else if ((spec.reveals?.[field as keyof T & string] ?? []).some((count) => marks.has(count))) result.set(field, 'SECONDARY');
  }
  return result;
}

/** The figure as the viewer may see it; `controlled` is the guard's `disclosureControlled`. */
export function discloseFigure<T extends object>(raw: T, spec: DisclosureSpec<T>, controlled: boolean): Nullable<T> & DisclosureMarks {
  if (!controlled) return { ...raw, withheld: false, suppressed: [] };
  const marks: Marks = new Map();
  for (const field of spec.counts) if (isBelowFive(numberOf(raw, field))) marks.set(field, 'BELOW_FIVE');
  while (protectOnePartition(raw, spec, marks));
  const statistics = statisticMarks(raw, spec, marks);
  const result = { ...raw } as Record<string, unknown>;
  const suppressed: Suppression[] = [];
  for (const [field, reason] of statistics) {
    result[field] = null;
    if (reason !== 'NO_BASE') suppressed.push({ field, reason });
  }
  for (const field of spec.counts) {
    const reason = marks.get(field);
    if (reason) { result[field] = null; suppressed.push({ field, reason }); }
  }
  return { ...(result as Nullable<T>), withheld: suppressed.length > 0, suppressed };
}
