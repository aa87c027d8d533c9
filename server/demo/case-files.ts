// The big files, streamed unit by unit and month by month so memory stays flat at any scale:
// cases with their assignments, contacts, complaints and appeals, cut at `until` (the as-of
// view of metrics.md: later events do not exist yet, later end dates are empty).
import { isoOf, monthsBetween, dayOf, type Day } from './calendar';
import { AssignmentPlanner, type Holding } from './assignments';
import { CaseFactory, type CaseLife } from './cases';
import { contactsOf } from './contacts';
import { CsvFileWriter } from './csv-writer';
import { ComplaintFactory, appealsOf } from './feedback';
import { DATA_START, units, type Unit } from './organisation';
import { HEADERS, type OpenFile } from './reference-files';
import type { CitizenRegistry } from './citizens';
import type { Random } from './random';
import type { Roster } from './roster';
import type { Staff } from './staff';

export interface CaseWorld { random: Random; scale: number; until: Day; staff: Staff; roster: Roster; citizens: CitizenRegistry }

interface Outputs { cases: CsvFileWriter; assignments: CsvFileWriter; contacts: CsvFileWriter; complaints: CsvFileWriter; appeals: CsvFileWriter }

export async function writeCaseFiles(open: OpenFile, world: CaseWorld): Promise<CsvFileWriter[]> {
  const out: Outputs = {
    cases: open('cases.csv', HEADERS.cases),
    assignments: open('assignments.csv', HEADERS.assignments),
    contacts: open('contacts.csv', HEADERS.contacts),
    complaints: open('complaints.csv', HEADERS.complaints),
    appeals: open('appeals.csv', HEADERS.appeals),
  };
  const writer = new CaseRowWriter(world, out);
  const factories = units.map((unit) => ({ unit, factory: new CaseFactory(unit, world.citizens, world.scale) }));
  for (const month of monthsBetween(dayOf(DATA_START), world.until)) {
    for (const { unit, factory } of factories) {
      // One stream per unit and month: a change in one unit never reshuffles another.
      const random = world.random.fork(`cases/${unit.departmentId}/${month.year}-${month.month}`);
      for (const life of factory.casesOf(month, random)) {
        if (life.received <= world.until) writer.writeCase(life, unit, random);
      }
    }
    for (const file of Object.values(out)) await file.flush();
  }
  return Object.values(out);
}

class CaseRowWriter {
  private readonly world: CaseWorld;
  private readonly out: Outputs;
  private readonly planner: AssignmentPlanner;
  private readonly complaints = new ComplaintFactory();

  constructor(world: CaseWorld, out: Outputs) {
    this.world = world;
    this.out = out;
    this.planner = new AssignmentPlanner(world.roster, world.staff.employments);
  }

  writeCase(life: CaseLife, unit: Unit, random: Random): void {
    const holdings = this.planner.holdingsOf(life, random);
    const contacts = contactsOf(life, holdings, unit, random, (day) => this.colleagueOn(unit, day, random));
    this.writeCaseRow(life);
    this.writeHoldings(life, holdings);
    for (const contact of contacts) {
      if (contact.on <= this.world.until) this.out.contacts.write([life.id, this.caseworkerId(contact.caseworker), isoOf(contact.on), contact.channel]);
    }
    for (const complaint of this.complaints.complaintsOf(life, random)) {
      if (complaint.received > this.world.until) continue;
      this.out.complaints.write([complaint.id, complaint.departmentId, complaint.caseId, isoOf(complaint.received), complaint.category]);
    }
    for (const appeal of appealsOf(life, random)) {
      if (appeal.appealed > this.world.until) continue;
      const decided = appeal.decided <= this.world.until;
      this.out.appeals.write([life.id, isoOf(appeal.appealed), decided ? isoOf(appeal.decided) : null, decided ? appeal.outcome : null]);
    }
  }

  private writeCaseRow(life: CaseLife): void {
    const decided = life.decided !== null && life.decided <= this.world.until ? life.decided : null;
    const closed = life.closed <= this.world.until ? life.closed : null;
    const outcome = life.outcome === 'withdrawn' ? (closed === null ? null : 'withdrawn') : decided === null ? null : life.outcome;
    this.out.cases.write([
      life.id, life.citizenId, life.type.id, life.departmentId, isoOf(life.received),
      decided === null ? null : isoOf(decided), closed === null ? null : isoOf(closed), outcome,
    ]);
  }

  private writeHoldings(life: CaseLife, holdings: readonly Holding[]): void {
    for (const holding of holdings) {
      if (holding.from > this.world.until) break;
      const to = holding.to <= this.world.until ? isoOf(holding.to) : null;
      this.out.assignments.write([life.id, this.caseworkerId(holding.caseworker), isoOf(holding.from), to]);
    }
  }

  private colleagueOn(unit: Unit, day: Day, random: Random): number | null {
    const employment = this.planner.pick(unit.departmentId, day, -1, random);
    return employment === null ? null : (this.world.staff.employments[employment] as Staff['employments'][number]).caseworker;
  }

  private caseworkerId(caseworker: number): string {
    return (this.world.staff.caseworkers[caseworker] as Staff['caseworkers'][number]).id;
  }
}
