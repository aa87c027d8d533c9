// The timeliness funnel plot: each direct child department's rate against its volume, with
// binomial control limits around the scope's overall rate (metrics.md, "Funnel limits").
import { discloseFigure } from '../access/disclosure-apply';
import type { Funnel, FunnelPoint } from '../graphql/generated';
import type { DepartmentModel } from '../graphql/models';
import { funnelLimits, isOutside, Z95, Z998 } from '../stats/funnel';
import type { RawTimeliness } from './figures';

export type FunnelPointFigure = Omit<FunnelPoint, '__typename' | 'department'> & { department: DepartmentModel };
export type FunnelFigure = Omit<Funnel, '__typename' | 'points'> & { points: FunnelPointFigure[] };

/** One child: n = decided with a due date; no rate, limits or flag when n = 0 (or no overall rate). */
export function funnelPoint(department: DepartmentModel, t: RawTimeliness, p0: number | null, controlled: boolean): FunnelPointFigure {
  const n = t.decidedWithDueDate;
  const limits95 = p0 !== null && n > 0 ? funnelLimits(p0, n, Z95) : null;
  const limits998 = p0 !== null && n > 0 ? funnelLimits(p0, n, Z998) : null;
  const raw = {
    n, rate: t.rate, lower95: limits95?.lower ?? null, upper95: limits95?.upper ?? null,
    lower998: limits998?.lower ?? null, upper998: limits998?.upper ?? null,
  };
  const disclosed = discloseFigure(raw, {
    counts: ['n'], statistics: { rate: 'n', lower95: 'n', upper95: 'n', lower998: 'n', upper998: 'n' },
  }, controlled);
  // A flag is a statement about the rate: where the rate is withheld, so is the flag.
  const flagged = disclosed.rate !== null && limits998 !== null && isOutside(disclosed.rate, limits998);
  return { department, ...disclosed, flagged };
}

export function funnelFigure(
  scope: RawTimeliness, children: readonly { department: DepartmentModel; timeliness: RawTimeliness }[], controlled: boolean,
): FunnelFigure {
  const p0 = scope.rate;
  const overall = discloseFigure({ overallRate: p0 }, { counts: [], statistics: { overallRate: scope.decidedWithDueDate } }, controlled);
  return { ...overall, points: children.map((c) => funnelPoint(c.department, c.timeliness, p0, controlled)) };
}
