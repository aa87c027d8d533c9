// Who holds a case when. A case starts with one caseworker employed in its unit; when that
// caseworker's employment in the unit ends, the case passes the next day to a colleague.
// Besides, some cases change hands for other reasons (workload, sick leave), more so under
// strain; a third of those are temporary cover, after which the first caseworker returns (A→B→A).
import type { Day } from './calendar';
import type { CaseLife } from './cases';
import { strainOf } from './organisation';
import type { Random } from './random';
import type { Roster } from './roster';
import type { Employment } from './staff';

export interface Holding { caseworker: number; from: Day; to: Day }

interface PlannedChange { day: Day; returnTo: number | null }

const OTHER_CHANGES_PER_YEAR = 0.35;
const COVER_SHARE = 0.33;

export class AssignmentPlanner {
  private readonly roster: Roster;
  private readonly employments: readonly Employment[];

  constructor(roster: Roster, employments: readonly Employment[]) {
    this.roster = roster;
    this.employments = employments;
  }

  /** The case's holdings over its whole life, in order, without overlaps. */
  holdingsOf(life: CaseLife, random: Random): Holding[] {
    const first = Math.min(life.closed, life.received + (random.chance(0.7) ? 0 : random.int(1, 3)));
    const changes = this.plannedChanges(life, first, random);
    const holdings: Holding[] = [];
    let day = this.roster.firstStaffedDay(life.departmentId, first, life.closed);
    let holder = day === null ? null : this.pick(life.departmentId, day, -1, random);
    while (day !== null && holder !== null) {
      const employment = this.employments[holder] as Employment;
      while (changes.length > 0 && isStale(changes[0] as PlannedChange, day, holder)) changes.shift();
      const change = changes[0] ?? null;
      const leaves = employment.end ?? Infinity;
      const to = Math.min(life.closed, leaves, change ? change.day - 1 : Infinity);
      append(holdings, { caseworker: employment.caseworker, from: day, to });
      if (to === life.closed) break;
      day = to + 1;
      if (to === leaves) {
        // Reassigned the day after the caseworker left (or the first day anyone is there).
        day = this.roster.firstStaffedDay(life.departmentId, day, life.closed);
        holder = day === null ? null : this.pick(life.departmentId, day, -1, random);
      } else {
        holder = this.changeHolder(life, holder, change as PlannedChange, changes, random);
      }
    }
    return holdings;
  }

  private changeHolder(life: CaseLife, holder: number, change: PlannedChange, changes: PlannedChange[], random: Random): number {
    if (change.returnTo !== null) return change.returnTo;
    const next = this.pick(life.departmentId, change.day, holder, random);
    if (next !== null && next !== holder && random.chance(COVER_SHARE)) {
      const back = change.day + random.int(7, 35);
      const stays = (this.employments[holder] as Employment).end ?? Infinity;
      if (back <= life.closed && back <= stays) {
        changes.push({ day: back, returnTo: holder });
        changes.sort((a, b) => a.day - b.day);
      }
    }
    return next ?? holder;
  }

  /** Days on which the case changes hands for reasons other than a caseworker leaving. */
  private plannedChanges(life: CaseLife, first: Day, random: Random): PlannedChange[] {
    const span = life.closed - first;
    const rate = OTHER_CHANGES_PER_YEAR * (1 + 1.5 * Math.min(1, strainOf(life.departmentId, life.received)));
    const probability = 1 - Math.exp((-span / 365) * rate);
    const changes: PlannedChange[] = [];
    for (let n = 0; n < 2 && span > 1 && random.chance(probability); n++) {
      changes.push({ day: first + random.int(1, span), returnTo: null });
    }
    return changes.sort((a, b) => a.day - b.day);
  }

  /** A random employment in the unit on `day`, avoiding `exclude` when there is a choice. */
  pick(departmentId: string, day: Day, exclude: number, random: Random): number | null {
    const employed = this.roster.employedOn(departmentId, day);
    if (employed.length === 0) return null;
    const excludedAt = employed.indexOf(exclude);
    if (excludedAt < 0 || employed.length === 1) return employed[random.int(0, employed.length - 1)] as number;
    const at = random.int(0, employed.length - 2);
    return employed[at >= excludedAt ? at + 1 : at] as number;
  }
}

/** A change already passed, or a return to the caseworker who holds the case anyway. */
function isStale(change: PlannedChange, day: Day, holder: number): boolean {
  return change.day <= day || change.returnTo === holder;
}

/** Adds a holding, merging it into the previous one when the same caseworker simply continues. */
function append(holdings: Holding[], holding: Holding): void {
  const last = holdings[holdings.length - 1];
  if (last && last.caseworker === holding.caseworker && last.to + 1 === holding.from) last.to = holding.to;
  else holdings.push(holding);
}
