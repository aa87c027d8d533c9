// Who is employed in a unit on a given day, answered fast for millions of cases: the
// staff of each unit is stored once per day on which it changes (a snapshot), and a
// day is looked up by binary search over those change days.
import type { Day } from './calendar';
import type { Employment } from './staff';

interface UnitRoster { changeDays: Day[]; snapshots: Int32Array[] }

const EMPTY = new Int32Array(0);

export class Roster {
  private readonly byDepartment = new Map<string, UnitRoster>();

  constructor(employments: readonly Employment[]) {
    const events = new Map<string, Map<Day, number[]>>();
    employments.forEach((employment, index) => {
      const unitEvents = events.get(employment.departmentId) ?? new Map<Day, number[]>();
      events.set(employment.departmentId, unitEvents);
      addEvent(unitEvents, employment.start, index + 1); // +(index+1) joins, -(index+1) leaves
      if (employment.end !== null) addEvent(unitEvents, employment.end + 1, -(index + 1));
    });
    for (const [departmentId, unitEvents] of events) this.byDepartment.set(departmentId, buildSnapshots(unitEvents));
  }

  /** Employment indices of everyone employed in the unit on `day`. */
  employedOn(departmentId: string, day: Day): Int32Array {
    const roster = this.byDepartment.get(departmentId);
    if (!roster) return EMPTY;
    const at = lastIndexAtOrBefore(roster.changeDays, day);
    return at < 0 ? EMPTY : (roster.snapshots[at] as Int32Array);
  }

  /** The first day in [day, lastDay] on which somebody is employed in the unit, or null. */
  firstStaffedDay(departmentId: string, day: Day, lastDay: Day): Day | null {
    if (this.employedOn(departmentId, day).length > 0) return day;
    const roster = this.byDepartment.get(departmentId);
    if (!roster) return null;
    for (let i = lastIndexAtOrBefore(roster.changeDays, day) + 1; i < roster.changeDays.length; i++) {
      const changeDay = roster.changeDays[i] as Day;
      if (changeDay > lastDay) return null;
      if ((roster.snapshots[i] as Int32Array).length > 0) return changeDay;
    }
    return null;
  }
}

function addEvent(unitEvents: Map<Day, number[]>, day: Day, event: number): void {
  const list = unitEvents.get(day);
  if (list) list.push(event);
  else unitEvents.set(day, [event]);
}

function buildSnapshots(unitEvents: Map<Day, number[]>): UnitRoster {
  const changeDays = [...unitEvents.keys()].sort((a, b) => a - b);
  const current = new Set<number>();
  const snapshots = changeDays.map((day) => {
    for (const event of unitEvents.get(day) ?? []) {
      if (event > 0) current.add(event - 1);
      else current.delete(-event - 1);
    }
    // Sorted so the snapshot does not depend on the order of events within a day.
    return Int32Array.from(current).sort();
  });
  return { changeDays, snapshots };
}

function lastIndexAtOrBefore(sortedDays: readonly Day[], day: Day): number {
  let low = 0;
  let high = sortedDays.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sortedDays[middle] as Day) <= day) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
