// The resources figure (metrics.md, "Resources"), through disclosure control (`controlled` = the
// viewer is on the committee): backlog, headcounts and decisions are counts (the average headcount
// a fractional one); the caseload rests on the headcount on A and the decisions per caseworker-year
// on the average headcount, and each is withheld with the count it would give away
// (backlog = caseload × headcount; decided = rate × average headcount × days ÷ 365).
import { discloseFigure } from '../access/disclosure-apply';
import type { Resources } from '../graphql/generated';

export interface ResourceCounts {
  backlog: number; headcountOnAsOf: number; decided: number; averageHeadcount: number; daysInPeriod: number;
}

/** backlog ÷ headcount on A; null at 0. */
export const caseload = (c: ResourceCounts): number | null => (c.headcountOnAsOf === 0 ? null : c.backlog / c.headcountOnAsOf);

/** decided ÷ (average headcount × days in P ÷ 365); null at 0. */
export function decisionsPerCaseworkerYear(c: ResourceCounts): number | null {
  return c.averageHeadcount === 0 ? null : c.decided / ((c.averageHeadcount * c.daysInPeriod) / 365);
}

export function resourcesFigure(counts: ResourceCounts, controlled: boolean): Resources {
  const raw = {
    backlog: counts.backlog, headcountOnAsOf: counts.headcountOnAsOf, caseload: caseload(counts),
    decided: counts.decided, averageHeadcount: counts.averageHeadcount, decisionsPerCaseworkerYear: decisionsPerCaseworkerYear(counts),
  };
  return discloseFigure(raw, {
    counts: ['backlog', 'headcountOnAsOf', 'decided', 'averageHeadcount'],
    statistics: { caseload: 'headcountOnAsOf', decisionsPerCaseworkerYear: 'averageHeadcount' },
    reveals: { caseload: ['backlog'], decisionsPerCaseworkerYear: ['decided'] },
  }, controlled);
}
