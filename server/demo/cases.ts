// The cases one unit receives in one month, each with its whole life (decision, closing)
// as if time ran on forever; the as-of cut at `until` is made when rows are written.
import { weekdayOf, type Day, type Month } from './calendar';
import { caseTypesOf, type CaseType, type OutcomeProfile } from './case-types';
import type { CitizenRegistry } from './citizens';
import { seasonality, strainOf, volumeTrend, type Unit } from './organisation';
import { ProcessingModel } from './processing';
import type { Random, Weighted } from './random';

export type Outcome = 'granted' | 'partially_granted' | 'refused' | 'dismissed' | 'withdrawn';

export interface CaseLife {
  id: string;
  citizenId: string;
  type: CaseType;
  departmentId: string;
  received: Day;
  /** Null for a withdrawn case. */
  decided: Day | null;
  closed: Day;
  outcome: Outcome;
  due: Day | null;
}

const outcomeWeights: Record<OutcomeProfile, Weighted<Outcome>> = {
  standard: [['granted', 64], ['partially_granted', 13], ['refused', 20], ['dismissed', 3]],
  strict: [['granted', 42], ['partially_granted', 10], ['refused', 44], ['dismissed', 4]],
  partial: [['granted', 50], ['partially_granted', 28], ['refused', 19], ['dismissed', 3]],
  benefit: [['granted', 80], ['partially_granted', 3], ['refused', 14], ['dismissed', 3]],
};

const models = new Map<string, ProcessingModel>();

function modelOf(type: CaseType): ProcessingModel {
  let model = models.get(type.id);
  if (!model) models.set(type.id, (model = new ProcessingModel(type)));
  return model;
}

/** Applications arrive on weekdays; a few digital ones at weekends. Running totals per day. */
function receptionWeights(month: Month): number[] {
  const cumulative: number[] = [];
  let total = 0;
  for (let day = month.first; day <= month.last; day++) cumulative.push((total += weekdayOf(day) >= 5 ? 0.08 : 1));
  return cumulative;
}

export class CaseFactory {
  private readonly unit: Unit;
  private readonly types: CaseType[];
  private readonly citizens: CitizenRegistry;
  private readonly scale: number;
  private readonly counters = new Map<number, number>();

  constructor(unit: Unit, citizens: CitizenRegistry, scale: number) {
    this.unit = unit;
    this.types = caseTypesOf(unit.departmentId);
    this.citizens = citizens;
    this.scale = scale;
  }

  /** The month's cases in order of reception, numbered per unit and year. */
  casesOf(month: Month, random: Random): CaseLife[] {
    const days = receptionWeights(month);
    const drafts: { type: CaseType; received: Day }[] = [];
    for (const type of this.types) {
      const expected = (type.perYear / 12) * (seasonality[month.month - 1] ?? 1) * volumeTrend(month.year) * this.scale;
      for (let n = random.poisson(expected); n > 0; n--) drafts.push({ type, received: month.first + random.cumulativeIndex(days) });
    }
    drafts.sort((a, b) => a.received - b.received);
    return drafts.map(({ type, received }) => this.live(type, received, month.year, random));
  }

  private live(type: CaseType, received: Day, year: number, random: Random): CaseLife {
    const id = this.nextId(year);
    const citizen = this.citizens.citizenFor(random.weighted(type.population), type.departmentId, received);
    const citizenId = citizen.id;
    const model = modelOf(type);
    const days = model.processingDays(received, random, citizen.crossUnit);
    const base = { id, citizenId, type, departmentId: type.departmentId, received, due: model.dueDate(received) };
    // Citizens give up more often when the wait is long.
    const withdrawnShare = 0.055 + 0.03 * Math.min(1, strainOf(type.departmentId, received));
    if (random.chance(withdrawnShare)) {
      const closed = received + Math.floor(days * (0.15 + 0.75 * random.next()));
      return { ...base, decided: null, closed, outcome: 'withdrawn' };
    }
    const decided = received + days;
    const outcome = random.weighted(outcomeWeights[type.outcomes]);
    return { ...base, decided, closed: decided + closingDelay(random), outcome };
  }

  private nextId(year: number): string {
    const next = (this.counters.get(year) ?? 0) + 1;
    this.counters.set(year, next);
    return `${this.unit.casePrefix}-${year}-${String(next).padStart(6, '0')}`;
  }
}

/** Most cases are closed within a week of the decision (letters sent, payments set up). */
function closingDelay(random: Random): number {
  const r = random.next();
  return r < 0.25 ? 0 : r < 0.85 ? random.int(1, 6) : random.int(7, 30);
}
