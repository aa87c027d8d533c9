import { describe, expect, it } from 'vitest';
import { formattersFor } from '../../client/i18n/format';
import { timelinessGapSentence, type TimelinessGapFigures } from '../../client/utils/citizenSentences';
import { createAppI18n } from './fixtures';

const NBSP = '\u00a0';

function sentence(over: Partial<TimelinessGapFigures>, locale: 'da' | 'en' = 'da'): string {
  const { t } = createAppI18n(locale).global;
  const figures: TimelinessGapFigures = {
    crossDepartmentCitizens: 120,
    timelinessCrossDepartment: 0.64,
    decidedWithDueDateCrossDepartment: 150,
    timelinessOthers: 0.78,
    decidedWithDueDateOthers: 2300,
    withheld: false,
    suppressed: [],
    ...over,
  };
  return timelinessGapSentence(figures, formattersFor(locale), (key, named, plural) => t(key, named ?? {}, plural ?? 1));
}

describe('the timeliness gap sentence', () => {
  it('states a lower rate for cross-department citizens with the gap in points', () => {
    expect(sentence({})).toBe(
      `Sager for borgere med sager i flere afdelinger blev afgjort rettidigt i 64${NBSP}% af tilfældene mod 78${NBSP}% for øvrige borgere (14 procentpoint lavere).`,
    );
  });

  it('takes the gap between the rates as written, so the sentence adds up', () => {
    // 64,4 % and 77,6 % are written 64 % and 78 %: the gap is 14 points, not 13,2.
    expect(sentence({ timelinessCrossDepartment: 0.644, timelinessOthers: 0.776 })).toContain(
      `i 64${NBSP}% af tilfældene mod 78${NBSP}% for øvrige borgere (14 procentpoint lavere)`,
    );
  });

  it('states a higher rate', () => {
    expect(sentence({ timelinessCrossDepartment: 0.81, timelinessOthers: 0.7 })).toBe(
      `Sager for borgere med sager i flere afdelinger blev afgjort rettidigt i 81${NBSP}% af tilfældene mod 70${NBSP}% for øvrige borgere (11 procentpoint højere).`,
    );
  });

  it('calls rates that are written alike equal', () => {
    expect(sentence({ timelinessCrossDepartment: 0.781, timelinessOthers: 0.779 })).toBe(
      `Sager for borgere med sager i flere afdelinger blev afgjort rettidigt lige så ofte som sager for øvrige borgere (78${NBSP}%).`,
    );
  });

  it('says when no citizen had cases in several departments', () => {
    expect(sentence({ crossDepartmentCitizens: 0, timelinessCrossDepartment: null, decidedWithDueDateCrossDepartment: 0 })).toBe(
      'Ingen borgere havde aktive sager i flere afdelinger i perioden, så der er ingen forskel i rettidighed at vise.',
    );
  });

  it('says why a withheld or missing rate cannot be compared', () => {
    const withheldCross = sentence({
      timelinessCrossDepartment: null,
      decidedWithDueDateCrossDepartment: null,
      suppressed: [
        { field: 'timelinessCrossDepartment', reason: 'SMALL_BASE' },
        { field: 'decidedWithDueDateCrossDepartment', reason: 'BELOW_FIVE' },
      ],
    });
    expect(withheldCross).toBe(
      'Rettidigheden for borgere med sager i flere afdelinger vises ikke, fordi for få af deres sager blev afgjort med en frist i perioden.',
    );
    expect(sentence({ timelinessCrossDepartment: null, decidedWithDueDateCrossDepartment: 0 })).toBe(
      'Ingen sager for borgere med sager i flere afdelinger blev afgjort med en frist i perioden, så rettidigheden kan ikke sammenlignes.',
    );
    expect(sentence({ timelinessOthers: null, suppressed: [{ field: 'timelinessOthers', reason: 'SMALL_BASE' }] })).toBe(
      'Rettidigheden for øvrige borgere vises ikke, fordi for få af deres sager blev afgjort med en frist i perioden.',
    );
    expect(sentence({ timelinessOthers: null, decidedWithDueDateOthers: 0 })).toBe(
      'Ingen sager for øvrige borgere blev afgjort med en frist i perioden, så rettidigheden kan ikke sammenlignes.',
    );
    expect(sentence({ timelinessCrossDepartment: null, timelinessOthers: null })).toBe(
      'Rettidigheden kan ikke sammenlignes, fordi for få sager blev afgjort med en frist i perioden.',
    );
  });

  it('writes English with a singular point', () => {
    expect(sentence({ timelinessCrossDepartment: 0.77, timelinessOthers: 0.78 }, 'en')).toBe(
      'Cases of citizens with cases in several departments were decided on time in 77% of instances against 78% for other citizens (1 percentage point lower).',
    );
    expect(sentence({}, 'en')).toContain('(14 percentage points lower)');
  });
});
