import type { CitizenQuery, CrossDepartmentFieldsFragment } from '../../client/gql/graphql';
import { DEPARTMENTS } from './fixtures';
import type { Answer } from './timelinessApp';

/** Borgeren i centrum's and the citizen view's API answers, by operation name. */

const nameOf = (id: string) => DEPARTMENTS.find((d) => d.id === id)!.name;

/** 160 citizens, 20 of them in several departments; their cases 64 % on time against 78 %. */
export function crossFigures(over: Partial<CrossDepartmentFieldsFragment> = {}): CrossDepartmentFieldsFragment {
  return {
    citizens: 160,
    crossDepartmentCitizens: 20,
    crossDepartmentShare: 0.125,
    caseworkersPerCitizen: 1.6,
    caseworkersPerCrossDepartmentCitizen: 2.4,
    caseworkersPerOtherCitizen: 1.5,
    shareWithThreeOrMoreCaseworkers: 0.2,
    shareWithThreeOrMoreCaseworkersCrossDepartment: 0.35,
    shareWithThreeOrMoreCaseworkersOthers: 0.1,
    timelinessCrossDepartment: 0.64,
    decidedWithDueDateCrossDepartment: 150,
    timelinessOthers: 0.78,
    decidedWithDueDateOthers: 2300,
    withheld: false,
    suppressed: [],
    ...over,
  };
}

/** A department too small to show: its counts below 5, its means and shares on a small base. */
const SMALL = crossFigures({
  citizens: null,
  crossDepartmentCitizens: 0,
  crossDepartmentShare: null,
  caseworkersPerCrossDepartmentCitizen: null,
  caseworkersPerOtherCitizen: null,
  shareWithThreeOrMoreCaseworkersCrossDepartment: null,
  shareWithThreeOrMoreCaseworkersOthers: null,
  withheld: true,
  suppressed: [
    { field: 'citizens', reason: 'BELOW_FIVE' },
    { field: 'crossDepartmentShare', reason: 'SMALL_BASE' },
    { field: 'caseworkersPerOtherCitizen', reason: 'SMALL_BASE' },
    { field: 'shareWithThreeOrMoreCaseworkersOthers', reason: 'SMALL_BASE' },
  ],
});

export function citizensScope(scope: string) {
  return {
    figures: {
      scope: { id: scope, name: nameOf(scope) },
      crossDepartment: {
        ...crossFigures(),
        caseworkerHistogram: [
          { caseworkers: 1, citizens: 100, crossDepartmentCitizens: 5, withheld: false, reason: null },
          { caseworkers: 2, citizens: 60, crossDepartmentCitizens: 15, withheld: false, reason: null },
        ],
        combinations: [
          { departments: [{ id: 'MYN-B', name: 'Myndighed Børn' }, { id: 'AFD-2', name: 'Afdeling 2' }], citizens: 17, withheld: false, reason: null },
          { departments: [{ id: 'AFD-2', name: 'Afdeling 2' }, { id: 'AFD-10', name: 'Afdeling 10' }], citizens: null, withheld: true, reason: 'BELOW_FIVE' },
        ],
      },
    },
  };
}

export function citizensDepartments(scope: string) {
  const children = DEPARTMENTS.filter((d) => d.parent?.id === scope);
  return {
    figures: {
      children: children.map((d) => ({
        scope: { id: d.id, name: d.name },
        crossDepartment: d.id === 'AFD-10' ? SMALL : crossFigures({ citizens: 80, crossDepartmentCitizens: 6, crossDepartmentShare: 0.075 }),
      })),
    },
  };
}

/** `total` citizens, listed from `offset`. */
export function citizenPage(total: number, offset: number, first: number) {
  const count = Math.max(0, Math.min(first, total - offset));
  return {
    crossDepartmentCitizens: {
      total,
      citizens: Array.from({ length: count }, (_, i) => ({
        pseudonym: `P-${offset + i + 1}`,
        departments: [{ id: 'MYN-B', name: 'Myndighed Børn' }, { id: 'AFD-2', name: 'Afdeling 2' }],
        activeCases: 2,
        caseworkers: 4 - (i % 2),
      })),
    },
  };
}

type CitizenCase = NonNullable<CitizenQuery['citizen']>['cases'][number];

function citizenCase(over: Partial<CitizenCase> & { id: string }): CitizenCase {
  return {
    citizenPseudonym: 'P-1',
    caseType: { id: 'CT-41', name: 'Merudgifter', legalBasis: 'Serviceloven § 41' },
    department: { id: 'MYN-B', name: 'Myndighed Børn' },
    receivedOn: '2026-03-10',
    decidedOn: null,
    closedOn: null,
    outcome: null,
    deadline: null,
    dueDate: null,
    assignments: [],
    contacts: [],
    appeals: [],
    ...over,
  };
}

/** Citizen P-1: a closed case decided late and appealed, and an open one in another department. */
export function citizenOverview(otherCases = 0): CitizenQuery {
  return {
    citizen: {
      pseudonym: 'P-1',
      asOf: '2026-11-23',
      otherCases,
      departments: [{ id: 'MYN-B', name: 'Myndighed Børn' }, { id: 'AFD-2', name: 'Afdeling 2' }],
      cases: [
        citizenCase({
          id: 'C-2',
          department: { id: 'AFD-2', name: 'Afdeling 2' },
          caseType: { id: 'CT-85', name: 'Socialpædagogisk støtte', legalBasis: null },
          receivedOn: '2026-06-01',
          dueDate: '2026-08-01',
          assignments: [{ caseworker: { id: 'CW2', displayName: 'Bo Berg' }, from: '2026-06-02', to: null }],
        }),
        citizenCase({
          id: 'C-1',
          decidedOn: '2026-05-20',
          closedOn: '2026-05-25',
          outcome: 'GRANTED',
          dueDate: '2026-05-05',
          assignments: [
            { caseworker: { id: 'CW1', displayName: 'Anna Andersen' }, from: '2026-03-11', to: '2026-04-15' },
            { caseworker: { id: 'CW2', displayName: 'Bo Berg' }, from: '2026-04-15', to: null },
          ],
          appeals: [{ appealedOn: '2026-06-10', decidedOn: null, outcome: null }],
        }),
      ],
    },
  };
}

export const CITIZENS: Record<string, Answer> = {
  Departments: () => ({ departments: DEPARTMENTS }),
  CitizensScope: (v) => citizensScope(v.scope as string),
  CitizensDepartments: (v) => citizensDepartments(v.scope as string),
  CrossDepartmentCitizens: (v) => citizenPage(30, v.offset as number, v.first as number),
  Citizen: () => citizenOverview(),
};
