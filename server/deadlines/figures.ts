// Pure assembly of the deadline figure objects from grouped query rows, each passed through
// disclosure control (`controlled` = the viewer is on the committee): counts, and statistics on
// their bases (metrics.md, "Disclosure control").
import { discloseFigure, type DisclosureSpec } from '../access/disclosure-apply';
import { discloseList } from '../access/disclosure-table';
import { percentilesCont } from '../stats/percentiles';
import { totalCount, type ValueCount } from '../stats/grouped';
import { kaplanMeier, type KmObservation } from '../stats/kaplan-meier';
import type {
  AgeBand, Backlog as BacklogFigure, BoxPlot as BoxPlotFigure, KaplanMeier as KaplanMeierFigure,
  Percentiles as PercentilesFigure, Timeliness as TimelinessFigure,
} from '../graphql/generated';
import { AGE_BANDS, type BacklogRow, type TimelinessCounts } from './queries';

export interface RawTimeliness {
  decided: number; decidedWithDueDate: number; withoutDeadline: number; onTime: number; rate: number | null;
}

export const NO_CASES: TimelinessCounts = { decided: 0, withDueDate: 0, onTime: 0 };

/** Timeliness from the counts: `rate = onTime ÷ decidedWithDueDate`, null when that is 0. */
export function rawTimeliness(counts: TimelinessCounts = NO_CASES): RawTimeliness {
  const { decided, withDueDate, onTime } = counts;
  return {
    decided, decidedWithDueDate: withDueDate, withoutDeadline: decided - withDueDate, onTime,
    rate: withDueDate === 0 ? null : onTime / withDueDate,
  };
}

/** decided = withDueDate + withoutDeadline, withDueDate = onTime + late, rate × withDueDate = onTime. */
const TIMELINESS_DISCLOSURE: DisclosureSpec<RawTimeliness> = {
  counts: ['decided', 'decidedWithDueDate', 'withoutDeadline', 'onTime'],
  statistics: { rate: 'decidedWithDueDate' },
  partitions: [
    { total: 'decided', parts: ['decidedWithDueDate', 'withoutDeadline'] },
    { total: 'decidedWithDueDate', parts: ['onTime', null] },
  ],
  reveals: { rate: ['onTime', 'decidedWithDueDate'] },
};

export function discloseTimeliness(raw: RawTimeliness, controlled: boolean): TimelinessFigure {
  return discloseFigure(raw, TIMELINESS_DISCLOSURE, controlled);
}

export function timelinessFigure(counts: TimelinessCounts | undefined, controlled: boolean): TimelinessFigure {
  return discloseTimeliness(rawTimeliness(counts), controlled);
}

/** p50, p80, p90 of processing days (percentile_cont) with the number of cases. */
export function percentilesFigure(histogram: readonly ValueCount[], controlled: boolean): PercentilesFigure {
  const [p50, p80, p90] = percentilesCont(histogram, [0.5, 0.8, 0.9]);
  const raw = { p50: p50 ?? null, p80: p80 ?? null, p90: p90 ?? null, count: totalCount(histogram) };
  return discloseFigure(raw, { counts: ['count'], statistics: { p50: 'count', p80: 'count', p90: 'count' } }, controlled);
}

/** Min, quartiles and max of processing days (percentile_cont at 0, ¼, ½, ¾, 1). */
export function boxPlotFigure(histogram: readonly ValueCount[], controlled: boolean): BoxPlotFigure {
  const [min, q1, median, q3, max] = percentilesCont(histogram, [0, 0.25, 0.5, 0.75, 1]);
  const raw = { min: min ?? null, q1: q1 ?? null, median: median ?? null, q3: q3 ?? null, max: max ?? null, count: totalCount(histogram) };
  return discloseFigure(raw, {
    counts: ['count'], statistics: { min: 'count', q1: 'count', median: 'count', q3: 'count', max: 'count' },
  }, controlled);
}

/** Points the committee may see: at least this many cases at risk, and no counts. */
export const COMMITTEE_MIN_AT_RISK = 5;

/** Kaplan–Meier time to decision; for the committee the curve keeps points with ≥ 5 at risk, without counts. */
export function kaplanMeierFigure(observations: readonly KmObservation[], controlled: boolean): KaplanMeierFigure {
  const { points, ...summary } = kaplanMeier(observations);
  const disclosed = discloseFigure(summary, {
    counts: ['cohort', 'events', 'censored'], statistics: { median: 'cohort', p80: 'cohort' },
    partitions: [{ total: 'cohort', parts: ['events', 'censored'] }],
  }, controlled);
  const shown = controlled
    ? points.filter((p) => p.atRisk >= COMMITTEE_MIN_AT_RISK).map((p) => ({ t: p.t, atRisk: null, events: null, survival: p.survival }))
    : points;
  return { ...disclosed, points: shown };
}

/** The backlog on A; the age bands are a list with its total (secondary suppression for the committee). */
export function backlogFigure(row: BacklogRow | undefined, controlled: boolean): BacklogFigure {
  const counts = row ?? { total: 0, withDueDate: 0, overdue: 0, bands: AGE_BANDS.map(() => 0) };
  const disclosed = discloseFigure(
    { total: counts.total, withDueDate: counts.withDueDate, overdue: counts.overdue },
    {
      counts: ['total', 'withDueDate', 'overdue'],
      partitions: [{ total: 'total', parts: ['withDueDate', null] }, { total: 'withDueDate', parts: ['overdue', null] }],
    }, controlled,
  );
  const list = controlled ? discloseList(counts.bands).cells : counts.bands.map((value) => ({ value, withheld: false, reason: null }));
  const ageBands: AgeBand[] = AGE_BANDS.map((band, i) => ({
    label: band.label, count: list[i]!.value, withheld: list[i]!.withheld, reason: list[i]!.reason,
  }));
  return { ...disclosed, ageBands };
}
