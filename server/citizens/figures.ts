// The CrossDepartment figure and its combinations, through disclosure control for the committee
// (`controlled`; metrics.md, "Disclosure control"). Citizens, cross-department citizens, the
// histogram's bins and the combinations are counts; shares and means rest on their group's
// citizens, timeliness rates on their decided cases with a due date. What adds up to a shown
// total is protected as a table with a total: the histogram's columns (all citizens, the
// cross-department ones), all citizens = cross-department + others (the others are not shown,
// per figure and per bin), decided with a due date = on time + late (a rate would give away an
// on-time count, as in the timeliness figure); the combinations as a list.
import { discloseFigure, type DisclosureSpec, type Suppression } from '../access/disclosure-apply';
import { discloseList } from '../access/disclosure-table';
import type { WithheldReason } from '../access/disclosure';
import type { CaseworkerCountBin, CrossDepartment } from '../graphql/generated';
import type { DepartmentCombinationModel } from './models';
import { allCitizens, type Combination, type CrossDepartmentTotals, type GroupTotals } from './totals';

export type CrossDepartmentFigure = Omit<CrossDepartment, 'combinations'>;

type Flat = Record<string, number | null>;

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
/** Internal fields (bins, on-time counts) carry an `@`; they never reach the API as fields. */
const allAt = (k: number) => `citizens@${k}`;
const crossAt = (k: number) => `crossDepartmentCitizens@${k}`;

const mean = (g: GroupTotals) => ratio(g.caseworkerSum, g.citizens);
const threeOrMoreShare = (g: GroupTotals) => ratio(g.threeOrMore, g.citizens);

function rawFigure(t: CrossDepartmentTotals): Flat {
  const all = allCitizens(t);
  const raw: Flat = {
    citizens: all.citizens, crossDepartmentCitizens: t.cross.citizens, crossDepartmentShare: ratio(t.cross.citizens, all.citizens),
    caseworkersPerCitizen: mean(all), caseworkersPerCrossDepartmentCitizen: mean(t.cross), caseworkersPerOtherCitizen: mean(t.others),
    shareWithThreeOrMoreCaseworkers: threeOrMoreShare(all), shareWithThreeOrMoreCaseworkersCrossDepartment: threeOrMoreShare(t.cross),
    shareWithThreeOrMoreCaseworkersOthers: threeOrMoreShare(t.others),
    timelinessCrossDepartment: ratio(t.cross.onTime, t.cross.withDueDate), decidedWithDueDateCrossDepartment: t.cross.withDueDate,
    timelinessOthers: ratio(t.others.onTime, t.others.withDueDate), decidedWithDueDateOthers: t.others.withDueDate,
    'onTime@CrossDepartment': t.cross.onTime, 'onTime@Others': t.others.onTime,
  };
  for (const bin of t.bins) {
    raw[allAt(bin.caseworkers)] = bin.citizens;
    raw[crossAt(bin.caseworkers)] = bin.crossDepartmentCitizens;
  }
  return raw;
}

function disclosureSpec(t: CrossDepartmentTotals): DisclosureSpec<Flat> {
  const ks = t.bins.map((b) => b.caseworkers);
  return {
    counts: ['citizens', 'crossDepartmentCitizens', 'decidedWithDueDateCrossDepartment', 'decidedWithDueDateOthers',
      'onTime@CrossDepartment', 'onTime@Others', ...ks.map(allAt), ...ks.map(crossAt)],
    statistics: {
      crossDepartmentShare: 'citizens', caseworkersPerCitizen: 'citizens', shareWithThreeOrMoreCaseworkers: 'citizens',
      caseworkersPerCrossDepartmentCitizen: 'crossDepartmentCitizens', shareWithThreeOrMoreCaseworkersCrossDepartment: 'crossDepartmentCitizens',
      caseworkersPerOtherCitizen: t.others.citizens, shareWithThreeOrMoreCaseworkersOthers: t.others.citizens,
      timelinessCrossDepartment: 'decidedWithDueDateCrossDepartment', timelinessOthers: 'decidedWithDueDateOthers',
    },
    partitions: [
      { total: 'citizens', parts: ['crossDepartmentCitizens', null] },
      { total: 'citizens', parts: ks.map(allAt) },
      { total: 'crossDepartmentCitizens', parts: ks.map(crossAt) },
      ...ks.map((k) => ({ total: allAt(k), parts: [crossAt(k), null] })),
      { total: 'decidedWithDueDateCrossDepartment', parts: ['onTime@CrossDepartment', null] },
      { total: 'decidedWithDueDateOthers', parts: ['onTime@Others', null] },
    ],
    reveals: {
      crossDepartmentShare: ['crossDepartmentCitizens'],
      timelinessCrossDepartment: ['onTime@CrossDepartment'], timelinessOthers: ['onTime@Others'],
    },
  };
}

function histogram(t: CrossDepartmentTotals, values: Flat, marks: ReadonlyMap<string, WithheldReason>): CaseworkerCountBin[] {
  return t.bins.map(({ caseworkers: k }) => {
    const reason = marks.get(allAt(k)) ?? marks.get(crossAt(k)) ?? null;
    return { caseworkers: k, citizens: values[allAt(k)] ?? null, crossDepartmentCitizens: values[crossAt(k)] ?? null, withheld: reason !== null, reason };
  });
}

const FIGURE_FIELDS = [
  'citizens', 'crossDepartmentCitizens', 'crossDepartmentShare', 'caseworkersPerCitizen', 'caseworkersPerCrossDepartmentCitizen',
  'caseworkersPerOtherCitizen', 'shareWithThreeOrMoreCaseworkers', 'shareWithThreeOrMoreCaseworkersCrossDepartment',
  'shareWithThreeOrMoreCaseworkersOthers', 'timelinessCrossDepartment', 'decidedWithDueDateCrossDepartment', 'timelinessOthers',
  'decidedWithDueDateOthers',
] as const satisfies readonly (keyof CrossDepartmentFigure)[];

/** The figure without its combinations (resolved on their own, with their `first`). */
export function crossDepartmentFigure(t: CrossDepartmentTotals, controlled: boolean): CrossDepartmentFigure {
  const disclosed = discloseFigure(rawFigure(t), disclosureSpec(t), controlled);
  const marks = new Map(disclosed.suppressed.map((s) => [s.field, s.reason] as const));
  const suppressed: Suppression[] = disclosed.suppressed.filter((s) => !s.field.includes('@'));
  const fields = Object.fromEntries(FIGURE_FIELDS.map((name) => [name, disclosed[name] ?? null]));
  return {
    ...(fields as Pick<CrossDepartmentFigure, (typeof FIGURE_FIELDS)[number]>),
    caseworkerHistogram: histogram(t, disclosed, marks),
    withheld: suppressed.length > 0, suppressed,
  };
}

/** The first `first` combinations; for the committee the whole list is protected first (counts 1–4, and one lone hidden count). */
export function combinationsFigure(all: readonly Combination[], first: number, controlled: boolean): DepartmentCombinationModel[] {
  const cells = controlled ? discloseList(all.map((c) => c.citizens)).cells : all.map((c) => ({ value: c.citizens, withheld: false, reason: null }));
  return all.slice(0, first).map((c, i) => ({
    departmentIds: c.departmentIds, citizens: cells[i]!.value, withheld: cells[i]!.withheld, reason: cells[i]!.reason,
  }));
}
