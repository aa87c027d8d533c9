// Caseworkers and their employment periods, simulated month by month: people leave
// (resign, retire, a few are dismissed, some transfer to another unit a few days later),
// vacancies are filled after a delay, now and then by a former employee (a rehire).
// The simulation runs past `until` so the data before it does not depend on `until`.
import { DATA_START, leaveRateOf, units, vacancyDelayRange, volumeTrend, type Unit } from './organisation';
import { dayOf, monthsBetween, type Day, type Month } from './calendar';
import { caseTypesOf } from './case-types';
import { caseworkerName } from './names';
import type { Random, Weighted } from './random';

export type EndReason = 'resigned' | 'retired' | 'dismissed' | 'transferred' | 'other';

export interface Caseworker { id: string; displayName: string }

export interface Employment {
  caseworker: number;
  departmentId: string;
  start: Day;
  end: Day | null;
  endReason: EndReason | null;
}

export interface Staff { caseworkers: Caseworker[]; employments: Employment[] }

const REHIRE_SHARE = 0.1;
const MIN_REHIRE_GAP_DAYS = 90;

export function targetHeadcount(unit: Unit, year: number, scale: number): number {
  const perYear = caseTypesOf(unit.departmentId).reduce((sum, t) => sum + t.perYear, 0);
  return Math.max(3, Math.round((perYear * volumeTrend(year) * scale) / unit.decisionsPerCaseworkerYear));
}

function endReasonWeights(strained: boolean): Weighted<EndReason> {
  // Under strain people mostly walk out or ask to move to a calmer unit.
  if (strained) return [['resigned', 74], ['transferred', 18], ['retired', 3], ['dismissed', 2], ['other', 3]];
  return [['resigned', 66], ['transferred', 13], ['retired', 11], ['dismissed', 4], ['other', 6]];
}

class StaffSimulation {
  readonly caseworkers: Caseworker[] = [];
  readonly employments: Employment[] = [];
  private readonly open = new Map<string, number[]>(units.map((u) => [u.departmentId, []]));
  private readonly formers: { caseworker: number; lastEnd: Day }[] = [];

  private readonly random: Random;
  private readonly scale: number;

  constructor(random: Random, scale: number) {
    this.random = random;
    this.scale = scale;
  }

  hireInitialStaff(): void {
    const start = dayOf(DATA_START);
    for (const unit of units) {
      for (let i = targetHeadcount(unit, 2017, this.scale); i > 0; i--) {
        // Tenures skewed towards recent hires, the longest back to about 2002.
        this.employ(this.newCaseworker(), unit.departmentId, start - 30 - Math.floor(this.random.next() ** 2 * 15 * 365));
      }
    }
  }

  simulateMonth(month: Month): void {
    for (const unit of units) this.processLeavers(unit, month);
    for (const unit of units) {
      const target = targetHeadcount(unit, month.year, this.scale);
      while (this.openCount(unit.departmentId) < target) this.hire(unit, month.first + this.random.int(0, 45));
    }
  }

  private processLeavers(unit: Unit, month: Month): void {
    const leaveProbability = leaveRateOf(unit, month.first) / 12;
    for (const index of [...this.openOf(unit.departmentId)]) {
      const employment = this.employments[index] as Employment;
      const earliestEnd = Math.max(month.first, employment.start + 30);
      if (earliestEnd > month.last || !this.random.chance(leaveProbability)) continue;
      const end = this.random.int(earliestEnd, month.last);
      const reason = this.random.weighted(endReasonWeights(leaveRateOf(unit, end) > unit.baseLeaveRate + 0.1));
      this.close(index, end, reason);
      if (reason === 'transferred') {
        this.employ(employment.caseworker, this.transferDestination(unit), end + this.random.int(1, 7));
      } else if (reason === 'resigned' || reason === 'other') {
        this.formers.push({ caseworker: employment.caseworker, lastEnd: end });
      }
      if (this.openCount(unit.departmentId) < targetHeadcount(unit, month.year, this.scale)) {
        const [minDelay, maxDelay] = vacancyDelayRange(unit.departmentId, end);
        this.hire(unit, end + this.random.int(minDelay, maxDelay));
      }
    }
  }

  /** Prefer a sibling unit of the same administration. */
  private transferDestination(from: Unit): string {
    const others = units.filter((u) => u !== from);
    const administration = from.departmentId.split('.')[0];
    const siblings = others.filter((u) => u.departmentId.split('.')[0] === administration);
    const pool = siblings.length > 0 && this.random.chance(0.75) ? siblings : others;
    return this.random.pick(pool).departmentId;
  }

  private hire(unit: Unit, start: Day): void {
    const rehire = this.random.chance(REHIRE_SHARE) ? this.takeFormer(start) : null;
    this.employ(rehire ?? this.newCaseworker(), unit.departmentId, start);
  }

  private takeFormer(start: Day): number | null {
    const eligible = this.formers.filter((f) => f.lastEnd <= start - MIN_REHIRE_GAP_DAYS);
    if (eligible.length === 0) return null;
    const chosen = this.random.pick(eligible);
    this.formers.splice(this.formers.indexOf(chosen), 1);
    return chosen.caseworker;
  }

  private newCaseworker(): number {
    const index = this.caseworkers.length;
    this.caseworkers.push({ id: `SB${String(index + 1).padStart(6, '0')}`, displayName: caseworkerName(this.random) });
    return index;
  }

  private employ(caseworker: number, departmentId: string, start: Day): void {
    this.openOf(departmentId).push(this.employments.length);
    this.employments.push({ caseworker, departmentId, start, end: null, endReason: null });
  }

  private close(index: number, end: Day, reason: EndReason): void {
    const employment = this.employments[index] as Employment;
    employment.end = end;
    employment.endReason = reason;
    const open = this.openOf(employment.departmentId);
    open.splice(open.indexOf(index), 1);
  }

  private openOf(departmentId: string): number[] {
    const open = this.open.get(departmentId);
    if (!open) throw new Error(`no unit ${departmentId}`);
    return open;
  }

  private openCount(departmentId: string): number {
    return this.openOf(departmentId).length;
  }
}

/** All caseworkers and employments from before 2017 up to `horizon` (later than `until`). */
export function simulateStaff(random: Random, scale: number, horizon: Day): Staff {
  const simulation = new StaffSimulation(random, scale);
  simulation.hireInitialStaff();
  for (const month of monthsBetween(dayOf(DATA_START), horizon)) simulation.simulateMonth(month);
  return { caseworkers: simulation.caseworkers, employments: simulation.employments };
}
