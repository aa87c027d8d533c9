import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { isIsoDate, localIsoDate, twelveMonthsEndingAt, type Period } from '../utils/dates';
import { firstRootId, type DepartmentNode } from '../utils/departmentTree';

/** The URL query keys the selection is mirrored in, e.g. `?scope=BCH&from=2025-11-24&to=2026-11-23&asOf=2026-11-23`. */
export const SELECTION_KEYS = ['scope', 'from', 'to', 'asOf'] as const;
export type SelectionKey = (typeof SELECTION_KEYS)[number];
export type SelectionQuery = Partial<Record<SelectionKey, string>>;

/** A URL query as vue-router gives it (values may be null or repeated). */
export type LooseQuery = Readonly<Record<string, unknown>>;

export interface Selection {
  scope: string | null;
  period: Period;
  asOf: string;
}

function single(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

/** Department ids are free text from the import, but never empty, huge or with control characters. */
function isPlausibleId(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '' && value.length <= 200 && !/[\u0000-\u001f]/.test(value);
}

/** The default selection on `today`: the 12 months ending today, as of today, scope not yet known. */
export function defaultSelection(today: string): Selection {
  return { scope: null, period: twelveMonthsEndingAt(today), asOf: today };
}

/**
 * A selection from a URL query; each invalid or missing value falls back to its default: `asOf`
 * to today, the period (unless both dates are valid and `from ≤ to`) to the 12 months ending at
 * `asOf`, and the scope to null (the first root, once departments are known).
 */
export function parseSelection(query: LooseQuery, today: string): Selection {
  const asOfParam = single(query.asOf);
  const asOf = isIsoDate(asOfParam) ? asOfParam : today;
  const from = single(query.from);
  const to = single(query.to);
  const period = isIsoDate(from) && isIsoDate(to) && from <= to ? { from, to } : twelveMonthsEndingAt(asOf);
  const scope = single(query.scope);
  return { scope: isPlausibleId(scope) ? scope : null, period, asOf };
}

/** The URL query of a selection (no `scope` while it is unknown). */
export function selectionToQuery(selection: Selection): SelectionQuery {
  const query: SelectionQuery = {};
  if (selection.scope !== null) query.scope = selection.scope;
  query.from = selection.period.from;
  query.to = selection.period.to;
  query.asOf = selection.asOf;
  return query;
}

/**
 * What the figures are for: the scope (a department and its subtree), the period and the as-of
 * date. Shared by every view and mirrored in the URL (see `useSelectionUrlSync`).
 */
export const useSelectionStore = defineStore('selection', () => {
  let clock: () => Date = () => new Date();
  const today = (): string => localIsoDate(clock());

  const initial = defaultSelection(today());
  const scope = ref<string | null>(initial.scope);
  const period = ref<Period>(initial.period);
  const asOf = ref<string>(initial.asOf);

  const selection = computed<Selection>(() => ({ scope: scope.value, period: period.value, asOf: asOf.value }));
  const query = computed<SelectionQuery>(() => selectionToQuery(selection.value));

  /** Replaces the clock "today" is read from (tests; a server-given date), and resets to its defaults. */
  function setClock(now: () => Date): void {
    clock = now;
    applyQuery({});
  }

  function setScope(id: string): void {
    if (isPlausibleId(id)) scope.value = id;
  }

  /** Sets the period if it is valid (both ISO dates, `from ≤ to`); returns whether it was. */
  function setPeriod(next: Period): boolean {
    if (!isIsoDate(next.from) || !isIsoDate(next.to) || next.from > next.to) return false;
    if (next.from !== period.value.from || next.to !== period.value.to) period.value = { from: next.from, to: next.to };
    return true;
  }

  /** Sets the as-of date if it is a valid ISO date; returns whether it was. */
  function setAsOf(next: string): boolean {
    if (!isIsoDate(next)) return false;
    asOf.value = next;
    return true;
  }

  /** Takes the selection from a URL query, falling back to defaults for invalid values. */
  function applyQuery(raw: LooseQuery): void {
    const parsed = parseSelection(raw, today());
    scope.value = parsed.scope;
    setPeriod(parsed.period);
    asOf.value = parsed.asOf;
  }

  /**
   * Once departments are known: a missing or unknown scope becomes the user's own department
   * (`preferred`, e.g. a manager's unit) if known, else the first root department.
   */
  function reconcileScope(departments: readonly DepartmentNode[], preferred: readonly string[] = []): void {
    if (departments.length === 0) return;
    if (scope.value !== null && departments.some((d) => d.id === scope.value)) return;
    scope.value = preferred.find((id) => departments.some((d) => d.id === id)) ?? firstRootId(departments);
  }

  return { scope, period, asOf, selection, query, setClock, setScope, setPeriod, setAsOf, applyQuery, reconcileScope };
});
