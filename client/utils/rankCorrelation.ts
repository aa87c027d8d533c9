import type { FigureText } from './figureText';

/** Spearman's ρ over department-quarters, as `turnoverVersusContinuity` gives it. */
export interface RankCorrelationFigure {
  rho: number | null;
  n: number;
}

export type CorrelationStrength = 'none' | 'weak' | 'moderate' | 'strong';

/** Below this many pairs a ρ is shown with a word of caution. */
export const FEW_PAIRS = 10;

/** The usual reading of |ρ|: below 0,1 no clear relation, then weak, moderate (from 0,3) and strong (from 0,5). */
export function correlationStrength(rho: number): CorrelationStrength {
  const size = Math.abs(rho);
  if (size < 0.1) return 'none';
  if (size < 0.3) return 'weak';
  if (size < 0.5) return 'moderate';
  return 'strong';
}

/** ρ with two decimals and a true minus sign ("−0,42"). */
export function formatRho(rho: number, text: FigureText): string {
  const shown = text.fmt.decimal(Math.abs(rho), 2);
  return rho < 0 && shown !== text.fmt.decimal(0, 2) ? `\u2212${shown}` : shown;
}

/**
 * The correlation in one plain sentence (two with few pairs): ρ and n, how strong and which way,
 * or why there is no ρ (fewer than 2 pairs, or one of the series is constant).
 */
export function describeRankCorrelation({ rho, n }: RankCorrelationFigure, text: FigureText): string {
  const { t, fmt } = text;
  const pairs = fmt.integer(n);
  if (rho === null) {
    return n < 2
      ? t('continuity.scatter.rho.tooFew', { n: pairs }, n)
      : t('continuity.scatter.rho.constant', { n: pairs });
  }
  const strength = correlationStrength(rho);
  const named = { rho: formatRho(rho, text), n: pairs };
  const sentence =
    strength === 'none'
      ? t('continuity.scatter.rho.none', named)
      : t(rho < 0 ? 'continuity.scatter.rho.negative' : 'continuity.scatter.rho.positive', {
          ...named,
          strength: t(`continuity.scatter.rho.strength.${strength}`),
        });
  return n < FEW_PAIRS ? `${sentence} ${t('continuity.scatter.rho.fewPairs')}` : sentence;
}
