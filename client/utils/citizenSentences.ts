// Borgeren i centrum's headline sentence: the timeliness of cross-department citizens' cases
// against other citizens', written deterministically from the numbers. Pure: the words come from
// the translate function (client/i18n/citizens), the numbers from the formatters.
import type { TranslateWith } from '../charts/theme';
import type { Formatters } from '../i18n/format';
import { reasonFor, type Suppressible } from './withheld';

/** The figures the sentence is written from (a `CrossDepartment` as the API returns it). */
export type TimelinessGapFigures = Suppressible & {
  crossDepartmentCitizens: number | null;
  timelinessCrossDepartment: number | null;
  decidedWithDueDateCrossDepartment: number | null;
  timelinessOthers: number | null;
  decidedWithDueDateOthers: number | null;
};

type Availability = 'known' | 'withheld' | 'none';

function availability(figures: TimelinessGapFigures, rate: 'timelinessCrossDepartment' | 'timelinessOthers'): Availability {
  if (figures[rate] !== null) return 'known';
  const base = rate === 'timelinessCrossDepartment' ? 'decidedWithDueDateCrossDepartment' : 'decidedWithDueDateOthers';
  // A rate withheld, or missing on a base that is itself withheld, is too small to show.
  return reasonFor(figures, rate) || reasonFor(figures, base) ? 'withheld' : 'none';
}

/** A rate as the sentence writes it, in whole percent: "64 %". */
const wholePercent = (fmt: Formatters, value: number) => fmt.percent(value, 0);

/**
 * E.g. "Sager for borgere med sager i flere afdelinger blev afgjort rettidigt i 64 % af
 * tilfældene mod 78 % for øvrige borgere (14 procentpoint lavere)." The gap is taken between
 * the rates as written (whole percent), so the sentence adds up; rates that are written alike
 * are "lige så ofte". A withheld or missing rate says why there is nothing to compare.
 */
export function timelinessGapSentence(figures: TimelinessGapFigures, fmt: Formatters, t: TranslateWith): string {
  if (figures.crossDepartmentCitizens === 0 && !reasonFor(figures, 'crossDepartmentCitizens')) {
    return t('citizens.gap.noCrossCitizens');
  }
  const cross = availability(figures, 'timelinessCrossDepartment');
  const others = availability(figures, 'timelinessOthers');
  if (cross !== 'known' && others !== 'known') return t('citizens.gap.bothMissing');
  if (cross !== 'known') return t(cross === 'withheld' ? 'citizens.gap.crossWithheld' : 'citizens.gap.crossNone');
  if (others !== 'known') return t(others === 'withheld' ? 'citizens.gap.othersWithheld' : 'citizens.gap.othersNone');

  const crossPercent = Math.round(figures.timelinessCrossDepartment! * 100);
  const othersPercent = Math.round(figures.timelinessOthers! * 100);
  if (crossPercent === othersPercent) {
    return t('citizens.gap.equal', { rate: wholePercent(fmt, figures.timelinessCrossDepartment!) });
  }
  const points = Math.abs(crossPercent - othersPercent);
  return t(
    crossPercent < othersPercent ? 'citizens.gap.lower' : 'citizens.gap.higher',
    {
      cross: wholePercent(fmt, crossPercent / 100),
      others: wholePercent(fmt, othersPercent / 100),
      points: fmt.integer(points),
    },
    points,
  );
}
