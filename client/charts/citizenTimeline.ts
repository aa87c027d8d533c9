/**
 * One citizen's cases on one time axis (the citizen view): a row per case from receipt to
 * closure, decision or the as-of date, with the caseworkers as segments, the deadline, the
 * decision and the appeals as marks. Pure: positions are fractions of the axis (0–1); the SVG
 * component (components/citizens/CitizenTimeline.vue) turns them into pixels.
 */

/** What the timeline needs of a case (the `CaseTimelineFields` fragment satisfies it). */
export interface TimelineCaseInput {
  id: string;
  caseType: { name: string };
  department: { name: string };
  receivedOn: string;
  decidedOn: string | null;
  closedOn: string | null;
  dueDate: string | null;
  assignments: ReadonlyArray<{ caseworker: { id: string; displayName: string }; from: string; to: string | null }>;
  appeals: ReadonlyArray<{ appealedOn: string }>;
}

export interface TimelineSegment {
  start: number;
  end: number;
  caseworker: string;
  from: string;
  to: string | null;
  /** The same caseworker has the same fill on every row. */
  fill: string;
}

export interface TimelineRow {
  id: string;
  caseType: string;
  department: string;
  start: number;
  end: number;
  /** Neither decided nor closed: the bar runs to the as-of date. */
  open: boolean;
  due: number | null;
  dueDate: string | null;
  /** Decided (or closed undecided) after the due date, or still open past it on the as-of date. */
  late: boolean;
  decided: number | null;
  decidedOn: string | null;
  appeals: Array<{ at: number; appealedOn: string }>;
  segments: TimelineSegment[];
}

export interface CitizenTimelineModel {
  /** The axis runs from the first day of `from`'s month to the first day after `to`'s month. */
  from: string;
  to: string;
  asOf: number;
  ticks: Array<{ at: number; label: string }>;
  rows: TimelineRow[];
}

/** Light fills that keep dark label text readable (contrast above 10:1 for #1a1a1a). */
export const SEGMENT_FILLS = ['#cfe0f1', '#f6dcb4', '#d3ebcf', '#e4d7f1', '#f7cfcb', '#d9dee3', '#fbeeb0', '#c9ebe8'] as const;

const DAY_MS = 86_400_000;
/** Month steps for the axis ticks, the first that gives at most {@link MAX_TICKS} ticks. */
const TICK_STEPS = [1, 2, 3, 6, 12, 24];
const MAX_TICKS = 8;

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function isoOfMonth(year: number, month: number): string {
  const date = new Date(Date.UTC(year, month, 1));
  return date.toISOString().slice(0, 10);
}

/** The first days of the months from `from`'s month up to the month after `to`. */
function monthStarts(from: string, to: string): string[] {
  const [y0, m0] = from.split('-').map(Number) as [number, number];
  const last = dayNumber(to);
  const months: string[] = [];
  for (let i = 0; ; i += 1) {
    const iso = isoOfMonth(y0, m0 - 1 + i);
    months.push(iso);
    if (dayNumber(iso) > last) return months;
  }
}

function latest(dates: ReadonlyArray<string | null>): string {
  return dates.filter((d): d is string => d !== null).reduce((a, b) => (b > a ? b : a));
}

function caseEnd(c: TimelineCaseInput, asOf: string): string {
  return c.closedOn ?? c.decidedOn ?? asOf;
}

/**
 * The timeline of the cases (ordered by receipt) as known on `asOf`; `monthLabel` writes a
 * `YYYY-MM` month for the axis. Assignments are clipped to their case's bar.
 */
export function buildCitizenTimeline(
  cases: readonly TimelineCaseInput[],
  asOf: string,
  monthLabel: (month: string) => string,
): CitizenTimelineModel {
  const sorted = [...cases].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id.localeCompare(b.id));
  const first = sorted.length > 0 ? sorted.map((c) => c.receivedOn).reduce((a, b) => (b < a ? b : a)) : asOf;
  const last = latest([asOf, ...sorted.flatMap((c) => [c.dueDate, caseEnd(c, asOf), ...c.appeals.map((a) => a.appealedOn)])]);
  const months = monthStarts(first, last);
  const start = dayNumber(months[0]!);
  const span = dayNumber(months[months.length - 1]!) - start;
  const at = (iso: string) => (dayNumber(iso) - start) / span;

  const step = TICK_STEPS.find((s) => Math.ceil(months.length / s) <= MAX_TICKS) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
  const ticks = months
    .filter((_, i) => i % step === 0 && i < months.length - 1)
    .map((iso) => ({ at: at(iso), label: monthLabel(iso.slice(0, 7)) }));

  const fills = new Map<string, string>();
  const fillOf = (id: string) => {
    if (!fills.has(id)) fills.set(id, SEGMENT_FILLS[fills.size % SEGMENT_FILLS.length]!);
    return fills.get(id)!;
  };

  const rows = sorted.map((c): TimelineRow => {
    const end = caseEnd(c, asOf);
    const segments = [...c.assignments]
      .sort((a, b) => a.from.localeCompare(b.from))
      .map((a) => ({ a, from: a.from < c.receivedOn ? c.receivedOn : a.from, to: a.to === null || a.to > end ? end : a.to }))
      .filter(({ from, to }) => from <= to)
      .map(({ a, from, to }) => ({
        start: at(from),
        end: at(to),
        caseworker: a.caseworker.displayName,
        from: a.from,
        to: a.to,
        fill: fillOf(a.caseworker.id),
      }));
    return {
      id: c.id,
      caseType: c.caseType.name,
      department: c.department.name,
      start: at(c.receivedOn),
      end: at(end),
      open: c.closedOn === null && c.decidedOn === null,
      due: c.dueDate ? at(c.dueDate) : null,
      dueDate: c.dueDate,
      late: c.dueDate !== null && (c.decidedOn ?? c.closedOn ?? asOf) > c.dueDate,
      decided: c.decidedOn ? at(c.decidedOn) : null,
      decidedOn: c.decidedOn,
      appeals: c.appeals.map((a) => ({ at: at(a.appealedOn), appealedOn: a.appealedOn })),
      segments,
    };
  });

  return { from: months[0]!, to: last, asOf: at(asOf), ticks, rows };
}

/** The label as it fits in `width` pixels (about `charWidth` a character): whole, cut with "…", or nothing. */
export function fitLabel(label: string, width: number, charWidth = 7): string {
  const room = Math.floor((width - 8) / charWidth);
  if (label.length <= room) return label;
  return room >= 4 ? `${label.slice(0, room - 1)}…` : '';
}
