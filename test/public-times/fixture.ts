// A data set built for the public table, written as an import folder and imported, with every
// answer worked out by hand below. The figures' date is the latest event: C-OPEN received on
// 2025-06-30, so the window is 2024-07-01 … 2025-06-30.
//
// ROOT Kommunen ─┬─ A Myndighed A   T19 (deadline 15 days): 19 decided in the window, plus one
//                │                  decided 2024-06-30 (outside) and one withdrawn → too few.
//                │                  T20 (15 days): days 1…20, the 1-day case decided on 2024-07-01
//                │                  (first day) → 20: median 10.5, p80 16.2, on time 15/20 = 0.75.
//                └─ B Myndighed B   CHG: 3 months from 2015, 8 weeks from 2025-01-01, 6 weeks from
//                                   2025-09-01 (not yet): in force on 2025-06-30 = 8 WEEKS. 10 cases
//                                   received before the change after 70 days (on time under 3
//                                   months), 15 after: 10 in 50 days, 5 in 60 → on time 20/25 = 0.8.
//                                   NOD: no deadline, 22 decided in 30 days: rate null, not withheld.
//                                   FEWD: 5 days from 2025-03-01; 25 decided in 10 days, 10 of them
//                                   received after 2025-03-01 → too few with a deadline.
// OTHER Anden forvaltning           OTH: 30 decided (published only when OTHER is).
// Caseworker "Hemmelig Sagsbehandler" holds every case: no public answer may name her.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addDays } from '../../server/stats/calendar';
import { importDataSet } from '../../server/importer/service';
import type { Database } from '../../server/db/client';
import { TEST_SECRET } from '../helpers/fixtures';

export const DATA_DATE = '2025-06-30';
export const PERIOD_FROM = '2024-07-01';
export const CASEWORKER = { id: 'SB-HEMMELIG', name: 'Hemmelig Sagsbehandler' };

interface CaseRow { id: string; type: string; dept: string; received: string; decided: string | null; closed: string | null; outcome: string | null }
const cases: CaseRow[] = [];

/**
 * `n` cases `prefix-1…n` of a type, decided `days` after reception, the decisions ending on
 * `lastDecided` and going back one day per case.
 */
function decided(prefix: string, type: string, dept: string, n: number, days: (i: number) => number, lastDecided = '2025-06-01'): void {
  for (let i = 0; i < n; i += 1) {
    const on = addDays(lastDecided, -i);
    cases.push({ id: `${prefix}-${i + 1}`, type, dept, received: addDays(on, -days(i)), decided: on, closed: on, outcome: 'granted' });
  }
}

decided('T19', 'T19', 'A', 19, () => 5);
cases.push({ id: 'T19-OUT', type: 'T19', dept: 'A', received: '2024-06-01', decided: '2024-06-30', closed: '2024-06-30', outcome: 'granted' });
cases.push({ id: 'T19-WD', type: 'T19', dept: 'A', received: '2025-01-01', decided: null, closed: '2025-01-10', outcome: 'withdrawn' });
decided('T20', 'T20', 'A', 19, (i) => i + 2);
cases.push({ id: 'T20-FIRST', type: 'T20', dept: 'A', received: '2024-06-30', decided: '2024-07-01', closed: '2024-07-01', outcome: 'refused' });
decided('CHG-OLD', 'CHG', 'B', 10, () => 70, '2024-12-31');
decided('CHG-NEW', 'CHG', 'B', 10, () => 50);
decided('CHG-LATE', 'CHG', 'B', 5, () => 60, '2025-06-20');
decided('NOD', 'NOD', 'B', 22, () => 30);
decided('FEWD-OLD', 'FEWD', 'B', 15, () => 10, '2025-02-20');
decided('FEWD-NEW', 'FEWD', 'B', 10, () => 10);
decided('OTH', 'OTH', 'OTHER', 30, () => 12);
cases.push({ id: 'C-OPEN', type: 'T20', dept: 'A', received: DATA_DATE, decided: null, closed: null, outcome: null });

const FILES: Record<string, string[]> = {
  'departments.csv': ['department_id,name,parent_id', 'ROOT,Kommunen,', 'A,Myndighed A,ROOT', 'B,Myndighed B,ROOT', 'OTHER,Anden forvaltning,'],
  'case_types.csv': ['case_type_id,name,department_id,legal_basis', 'T19,Nitten afgørelser,A,Loven § 19', 'T20,Tyve afgørelser,A,Loven § 20',
    'CHG,Fristskift,B,Serviceloven § 85', 'NOD,Uden frist,B,', 'FEWD,Frist for nylig,B,Loven § 5', 'OTH,Anden sagstype,OTHER,Loven § 1'],
  'deadlines.csv': ['case_type_id,effective_from,deadline_value,deadline_unit', 'T19,2020-01-01,15,days', 'T20,2020-01-01,15,days',
    'CHG,2015-01-01,3,months', 'CHG,2025-01-01,8,weeks', 'CHG,2025-09-01,6,weeks', 'FEWD,2025-03-01,5,days', 'OTH,2020-01-01,1,months'],
  'caseworkers.csv': ['caseworker_id,display_name', `${CASEWORKER.id},${CASEWORKER.name}`],
  'employments.csv': ['caseworker_id,department_id,start_date,end_date,end_reason', `${CASEWORKER.id},ROOT,2015-01-01,,`],
  'cases.csv': ['case_id,citizen_id,case_type_id,department_id,received_on,decided_on,closed_on,outcome',
    ...cases.map((c, i) => `${c.id},BORGER-${i + 1},${c.type},${c.dept},${c.received},${c.decided ?? ''},${c.closed ?? ''},${c.outcome ?? ''}`)],
  'assignments.csv': ['case_id,caseworker_id,assigned_from,assigned_to', ...cases.map((c) => `${c.id},${CASEWORKER.id},${c.received},`)],
};

/** Writes the data set as an import folder (`extra` replaces or adds files) and imports it. */
export async function importPublicFixture(db: Database, extra: Record<string, string[]> = {}): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tilsyn-public-'));
  try {
    for (const [file, lines] of Object.entries({ ...FILES, ...extra })) writeFileSync(path.join(dir, file), `${lines.join('\n')}\n`);
    const result = await importDataSet(db, { folder: dir, secret: TEST_SECRET, startedBy: 'test' });
    if (result.status !== 'succeeded') throw new Error(`public fixture import failed: ${JSON.stringify(result.errors.slice(0, 5))}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const FIXTURE_FILES = FILES;
