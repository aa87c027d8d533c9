// The municipality: its department tree and how each case-handling unit behaves.
// One unit (Myndighed Voksne) comes under strain from 2022: staff leave, cases change
// hands, processing slows and the backlog grows. Every story about it starts in `strainOf`.
import { dayOf, yearsBetween, type Day } from './calendar';
import type { Weighted } from './random';

export interface Department { id: string; name: string; parentId: string | null }

export const DATA_START = '2017-01-01';

/** One municipality over its administrations, so a citizen known to two of them shows as one person across departments. */
export const MUNICIPALITY = 'KOM';

export const departments: readonly Department[] = [
  { id: MUNICIPALITY, name: 'Demokommunen', parentId: null },
  { id: 'SOF', name: 'Socialforvaltningen', parentId: MUNICIPALITY },
  { id: 'SOF.BCH', name: 'Borgercenter Handicap', parentId: 'SOF' },
  { id: 'SOF.BCH.BORN', name: 'Myndighed Børn', parentId: 'SOF.BCH' },
  { id: 'SOF.BCH.VOKSNE', name: 'Myndighed Voksne', parentId: 'SOF.BCH' },
  { id: 'SOF.BCH.HJM', name: 'Myndighed Hjælpemidler', parentId: 'SOF.BCH' },
  { id: 'BIF', name: 'Beskæftigelses- og Integrationsforvaltningen', parentId: MUNICIPALITY },
  { id: 'BIF.JC', name: 'Jobcenter København', parentId: 'BIF' },
  { id: 'BIF.YDK', name: 'Ydelseskontoret', parentId: 'BIF' },
  { id: 'BUF', name: 'Børne- og Ungdomsforvaltningen', parentId: MUNICIPALITY },
  { id: 'BUF.FAM', name: 'Familieafdelingen', parentId: 'BUF' },
  { id: 'SUF', name: 'Sundheds- og Omsorgsforvaltningen', parentId: MUNICIPALITY },
  // The comma is deliberate: the importer must read RFC 4180 quoting.
  { id: 'SUF.VIS', name: 'Visitationen, Hjemmepleje og Træning', parentId: 'SUF' },
];

export const STRAINED_UNIT = 'SOF.BCH.VOKSNE';

export type Channel = 'meeting' | 'phone' | 'letter' | 'email' | 'digital';

export interface Unit {
  departmentId: string;
  /** Prefix of the unit's case numbers, e.g. VOK-2023-000123. */
  casePrefix: string;
  /** Sizes headcount to volume (handicap ~60–100, benefits more). */
  decisionsPerCaseworkerYear: number;
  /** Share of leavers per year in normal times. */
  baseLeaveRate: number;
  /** Share of cases with recorded contacts, and the channels they use. */
  contactShare: number;
  channels: Weighted<Channel>;
}

const personalChannels: Weighted<Channel> = [['meeting', 22], ['phone', 30], ['email', 18], ['letter', 12], ['digital', 18]];
const benefitChannels: Weighted<Channel> = [['meeting', 6], ['phone', 26], ['email', 14], ['letter', 14], ['digital', 40]];

export const units: readonly Unit[] = [
  { departmentId: 'SOF.BCH.BORN', casePrefix: 'BRN', decisionsPerCaseworkerYear: 72, baseLeaveRate: 0.11, contactShare: 0.75, channels: personalChannels },
  { departmentId: 'SOF.BCH.VOKSNE', casePrefix: 'VOK', decisionsPerCaseworkerYear: 66, baseLeaveRate: 0.11, contactShare: 0.7, channels: personalChannels },
  { departmentId: 'SOF.BCH.HJM', casePrefix: 'HJM', decisionsPerCaseworkerYear: 100, baseLeaveRate: 0.1, contactShare: 0.55, channels: personalChannels },
  { departmentId: 'BIF.JC', casePrefix: 'JC', decisionsPerCaseworkerYear: 95, baseLeaveRate: 0.13, contactShare: 0.8, channels: personalChannels },
  { departmentId: 'BIF.YDK', casePrefix: 'YDK', decisionsPerCaseworkerYear: 260, baseLeaveRate: 0.12, contactShare: 0.4, channels: benefitChannels },
  { departmentId: 'BUF.FAM', casePrefix: 'FAM', decisionsPerCaseworkerYear: 42, baseLeaveRate: 0.14, contactShare: 0.85, channels: personalChannels },
  { departmentId: 'SUF.VIS', casePrefix: 'VIS', decisionsPerCaseworkerYear: 180, baseLeaveRate: 0.1, contactShare: 0.6, channels: personalChannels },
];

const STRAIN_START = dayOf('2022-01-01');

/** 0 in normal times; for the strained unit it ramps up through 2022 and keeps rising slowly. */
export function strainOf(departmentId: string, day: Day): number {
  if (departmentId !== STRAINED_UNIT || day < STRAIN_START) return 0;
  const years = yearsBetween(STRAIN_START, day);
  return years < 1 ? years : 1 + (years - 1) * 0.15;
}

/** Yearly probability that an employee leaves the unit. */
export function leaveRateOf(unit: Unit, day: Day): number {
  return unit.baseLeaveRate + 0.3 * Math.min(1, strainOf(unit.departmentId, day));
}

/** Processing slows under strain: fewer experienced hands for the same inflow. */
export function processingMultiplierOf(departmentId: string, day: Day): number {
  const strain = strainOf(departmentId, day);
  return strain === 0 ? 1 : 1 + 0.3 * Math.min(1, strain) + 0.12 * Math.max(0, yearsBetween(STRAIN_START, day) - 1);
}

/** Days before a vacancy is filled; longer under strain (nobody applies). */
export function vacancyDelayRange(departmentId: string, day: Day): [number, number] {
  return strainOf(departmentId, day) > 0.3 ? [60, 170] : [20, 75];
}

/** Gentle growth of applications, about 1 % a year around 2021. */
export function volumeTrend(year: number): number {
  return 1 + 0.01 * (year - 2021);
}

/** Applications per calendar month relative to the average: summer and Christmas dips. */
export const seasonality: readonly number[] = normalise([1.08, 1.04, 1.09, 1.0, 1.05, 1.02, 0.6, 0.98, 1.1, 1.1, 1.06, 0.82]);

function normalise(values: number[]): number[] {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return values.map((v) => v / mean);
}
