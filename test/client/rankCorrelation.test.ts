import { describe, expect, it } from 'vitest';
import { correlationStrength, describeRankCorrelation, formatRho } from '../../client/utils/rankCorrelation';
import { danishText } from './chartHelpers';

const da = danishText();

describe('Spearman’s ρ in words', () => {
  it('states a negative ρ with a true minus sign, its strength and direction', () => {
    expect(describeRankCorrelation({ rho: -0.42, n: 37 }, da)).toBe(
      'Spearmans ρ = −0,42 over 37 enhed-kvartaler: en moderat negativ sammenhæng. Jo højere personaleomsætning, jo færre sager med fast sagsbehandler – som tendens, ikke i hvert enkelt kvartal.',
    );
  });

  it('states a positive ρ', () => {
    expect(describeRankCorrelation({ rho: 0.61, n: 120 }, da)).toBe(
      'Spearmans ρ = 0,61 over 120 enhed-kvartaler: en stærk positiv sammenhæng. Jo højere personaleomsætning, jo flere sager med fast sagsbehandler – som tendens, ikke i hvert enkelt kvartal.',
    );
  });

  it('calls a small |ρ| no clear relation, without a direction', () => {
    const sentence = describeRankCorrelation({ rho: -0.04, n: 37 }, da);
    expect(sentence).toBe(
      'Spearmans ρ = −0,04 over 37 enhed-kvartaler: ingen tydelig sammenhæng mellem personaleomsætning og andelen af sager med fast sagsbehandler.',
    );
    expect(sentence).not.toContain('negativ');
    expect(describeRankCorrelation({ rho: 0.2, n: 37 }, da)).toContain('en svag positiv sammenhæng');
  });

  it('says why ρ is null: too few pairs, or a constant series', () => {
    expect(describeRankCorrelation({ rho: null, n: 0 }, da)).toBe(
      'Spearmans ρ kan ikke beregnes: intet enhed-kvartal har mindst 10 afgjorte sager, og der skal mindst 2 til.',
    );
    expect(describeRankCorrelation({ rho: null, n: 1 }, da)).toBe(
      'Spearmans ρ kan ikke beregnes: kun 1 enhed-kvartal har mindst 10 afgjorte sager, og der skal mindst 2 til.',
    );
    expect(describeRankCorrelation({ rho: null, n: 6 }, da)).toBe(
      'Spearmans ρ kan ikke beregnes over de 6 enhed-kvartaler, fordi personaleomsætningen eller andelen med fast sagsbehandler er den samme i dem alle.',
    );
  });

  it('adds a caution with few pairs', () => {
    expect(describeRankCorrelation({ rho: -0.8, n: 4 }, da)).toMatch(/stærk negativ sammenhæng.*Med så få enhed-kvartaler er tallet usikkert\.$/);
  });

  it('reads strength by the usual thresholds and never shows "−0"', () => {
    expect([0, 0.099, 0.1, 0.299, 0.3, 0.5, -1].map(correlationStrength)).toEqual(['none', 'none', 'weak', 'weak', 'moderate', 'strong', 'strong']);
    expect(formatRho(-0.001, da)).toBe('0');
    expect(formatRho(-1, da)).toBe('−1');
  });
});
