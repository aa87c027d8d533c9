// The case types of the demo municipality, with their legal bases, yearly volumes at
// scale 1, published deadlines (sagsbehandlingsfrister) and how punctual each is.
import type { Weighted } from './random';

export type DeadlineUnit = 'days' | 'weeks' | 'months';
export type Population = 'child' | 'adult' | 'senior';
/** Shapes of decision outcomes; see `outcomeWeights` in cases.ts. */
export type OutcomeProfile = 'standard' | 'strict' | 'partial' | 'benefit';

export interface DeadlineRule { effectiveFrom: string; value: number; unit: DeadlineUnit }

export interface CaseType {
  id: string;
  name: string;
  departmentId: string;
  legalBasis: string | null;
  /** Applications a year at scale 1. */
  perYear: number;
  deadlines: DeadlineRule[];
  /** Target share decided within the latest deadline (or within `nominalDays` without one). */
  onTime: number;
  nominalDays?: number;
  outcomes: OutcomeProfile;
  population: Weighted<Population>;
}

const PUBLISHED = '2015-01-01'; // deadlines were published before the data starts
/** The 2018 extension of some handicap deadlines (about 4 % of the centre's applications). */
export const EXTENSION_2018 = '2018-07-01';

const rule = (value: number, unit: DeadlineUnit, effectiveFrom = PUBLISHED): DeadlineRule => ({ effectiveFrom, value, unit });
const child: Weighted<Population> = [['child', 1]];
const adult: Weighted<Population> = [['adult', 1]];
const senior: Weighted<Population> = [['senior', 1]];

type Extras = Partial<Pick<CaseType, 'nominalDays' | 'outcomes' | 'population'>>;

function type(
  id: string, name: string, departmentId: string, legalBasis: string | null,
  perYear: number, deadlines: DeadlineRule[], onTime: number, extras: Extras = {},
): CaseType {
  return { id, name, departmentId, legalBasis, perYear, deadlines, onTime, outcomes: 'standard', population: adult, ...extras };
}

const BORN = 'SOF.BCH.BORN', VOKSNE = 'SOF.BCH.VOKSNE', HJM = 'SOF.BCH.HJM';
const JC = 'BIF.JC', YDK = 'BIF.YDK', FAM = 'BUF.FAM', VIS = 'SUF.VIS';

export const caseTypes: readonly CaseType[] = [
  type('SEL-41', 'Merudgifter til børn med nedsat funktionsevne', BORN, 'Serviceloven § 41', 1500, [rule(3, 'months')], 0.82, { outcomes: 'partial', population: child }),
  type('SEL-42', 'Tabt arbejdsfortjeneste', BORN, 'Serviceloven § 42', 350, [rule(3, 'months'), rule(4, 'months', EXTENSION_2018)], 0.78, { outcomes: 'partial', population: child }),
  type('SEL-44', 'Aflastning og afløsning i hjemmet', BORN, 'Serviceloven § 44, jf. § 84', 700, [rule(8, 'weeks')], 0.85, { population: child }),
  type('SEL-45', 'Ledsagelse for unge 12-18 år', BORN, 'Serviceloven § 45', 150, [rule(8, 'weeks')], 0.86, { population: child }),
  type('BL-32-H', 'Forebyggende foranstaltninger for børn med handicap', BORN, 'Barnets Lov § 32 (tidl. Serviceloven § 52)', 750, [rule(3, 'months')], 0.75, { population: child }),

  type('SEL-85', 'Socialpædagogisk støtte', VOKSNE, 'Serviceloven § 85', 1350, [rule(3, 'months'), rule(10, 'weeks', '2021-04-01')], 0.78),
  type('SEL-95', 'Kontant tilskud til hjælp og pleje', VOKSNE, 'Serviceloven § 95', 120, [rule(4, 'months')], 0.7),
  type('SEL-96', 'Borgerstyret personlig assistance (BPA)', VOKSNE, 'Serviceloven § 96', 120, [rule(3, 'months'), rule(5, 'months', EXTENSION_2018)], 0.62, { outcomes: 'strict' }),
  type('SEL-97', 'Ledsageordning', VOKSNE, 'Serviceloven § 97', 380, [rule(8, 'weeks')], 0.8),
  type('SEL-100', 'Merudgifter til voksne med nedsat funktionsevne', VOKSNE, 'Serviceloven § 100', 1250, [rule(3, 'months')], 0.8, { outcomes: 'partial' }),
  type('SEL-102', 'Behandling ud over sundhedsloven', VOKSNE, 'Serviceloven § 102', 80, [rule(3, 'months')], 0.75, { outcomes: 'strict' }),
  type('SEL-103', 'Beskyttet beskæftigelse', VOKSNE, 'Serviceloven § 103', 300, [rule(2, 'months')], 0.85),
  type('SEL-104', 'Aktivitets- og samværstilbud', VOKSNE, 'Serviceloven § 104', 400, [rule(2, 'months')], 0.85),
  type('SEL-107', 'Midlertidigt botilbud', VOKSNE, 'Serviceloven § 107', 280, [rule(3, 'months')], 0.72),
  // No published deadline until 2019: earlier cases have no due date.
  type('SEL-108', 'Længerevarende botilbud', VOKSNE, 'Serviceloven § 108', 220, [rule(6, 'months', '2019-01-01')], 0.55, { nominalDays: 150 }),

  type('SEL-112', 'Hjælpemidler', HJM, 'Serviceloven § 112', 3500, [rule(8, 'weeks'), rule(6, 'weeks', '2022-01-01')], 0.84, { population: [['adult', 45], ['senior', 45], ['child', 10]] }),
  type('SEL-113', 'Forbrugsgoder', HJM, 'Serviceloven § 113', 900, [rule(8, 'weeks')], 0.88, { population: [['adult', 60], ['senior', 40]] }),
  type('SEL-114', 'Støtte til køb af bil', HJM, 'Serviceloven § 114', 140, [rule(4, 'months'), rule(6, 'months', EXTENSION_2018)], 0.66, { outcomes: 'strict', population: [['adult', 85], ['child', 15]] }),
  type('SEL-116', 'Boligindretning', HJM, 'Serviceloven § 116', 1100, [rule(3, 'months')], 0.72, { population: [['adult', 40], ['senior', 55], ['child', 5]] }),
  type('SEL-117', 'Hjælp til individuel befordring', HJM, 'Serviceloven § 117', 400, [rule(8, 'weeks')], 0.88, { population: [['adult', 70], ['senior', 30]] }),

  type('FTP', 'Førtidspension', JC, 'Lov om social pension § 16', 700, [rule(6, 'months'), rule(5, 'months', '2023-01-01')], 0.56, { outcomes: 'strict' }),
  type('FLEX', 'Visitation til fleksjob', JC, 'Lov om en aktiv beskæftigelsesindsats (fleksjob)', 600, [rule(3, 'months')], 0.72),
  type('RESS', 'Ressourceforløb', JC, 'Lov om en aktiv beskæftigelsesindsats § 68 b', 500, [rule(3, 'months')], 0.75),
  type('REV', 'Revalidering', JC, 'Aktivloven § 46', 200, [rule(3, 'months')], 0.8),
  type('JAF', 'Jobafklaringsforløb', JC, 'Sygedagpengeloven § 24', 500, [rule(6, 'weeks')], 0.85, { outcomes: 'benefit' }),

  type('AKL-11', 'Kontanthjælp', YDK, 'Aktivloven § 11', 2000, [rule(30, 'days')], 0.9, { outcomes: 'benefit' }),
  type('AKL-81', 'Hjælp til enkeltudgifter', YDK, 'Aktivloven § 81', 900, [rule(4, 'weeks')], 0.87),
  type('AKL-82', 'Hjælp til sygebehandling og tandbehandling', YDK, 'Aktivloven § 82', 600, [rule(30, 'days')], 0.84),
  type('AKL-85', 'Hjælp til flytning', YDK, 'Aktivloven § 85', 250, [rule(4, 'weeks')], 0.9),
  // Never had a published deadline.
  type('PEN-14', 'Personligt tillæg', YDK, 'Lov om social pension § 14', 400, [], 0.85, { nominalDays: 45, population: senior }),

  type('BL-32', 'Forebyggende foranstaltninger', FAM, 'Barnets Lov § 32 (tidl. Serviceloven § 52)', 800, [rule(4, 'months')], 0.78, { population: child }),
  type('BL-20', 'Børnefaglig undersøgelse', FAM, 'Barnets Lov § 20 (tidl. Serviceloven § 50)', 600, [rule(4, 'months')], 0.6, { population: child }),
  type('BL-46', 'Anbringelse uden for hjemmet', FAM, 'Barnets Lov § 46 (tidl. Serviceloven § 52)', 200, [rule(2, 'months')], 0.8, { population: child }),
  type('BL-114', 'Efterværn for unge 18-22 år', FAM, 'Barnets Lov § 114 (tidl. Serviceloven § 76)', 200, [rule(3, 'months')], 0.8),

  type('SEL-83', 'Personlig hjælp, pleje og praktisk hjælp', VIS, 'Serviceloven § 83', 1000, [rule(14, 'days')], 0.88, { population: [['senior', 80], ['adult', 20]] }),
  type('SEL-86', 'Genoptræning og vedligeholdelsestræning', VIS, 'Serviceloven § 86', 300, [rule(4, 'weeks')], 0.85, { population: [['senior', 75], ['adult', 25]] }),
];

export function caseTypesOf(departmentId: string): CaseType[] {
  return caseTypes.filter((t) => t.departmentId === departmentId);
}

/** Approximate length of a deadline in days, for calibrating processing times. */
export function approximateDays(value: number, unit: DeadlineUnit): number {
  return unit === 'days' ? value : unit === 'weeks' ? value * 7 : value * 30.44;
}
