// Citizens: one id per person, reused across their cases. About a third of cases go to a
// citizen seen recently: in the same unit (a new application), in a partner unit (young
// care leavers of Familieafdelingen at the Jobcenter, disabled children known to both
// Myndighed Børn and Familieafdelingen) or anywhere in the same population (children,
// adults, seniors), so people also have cases in several units at once.
// About 10 % of ids are CPR-shaped to exercise the importer's pseudonymisation; some of
// those people appear in both spellings (with and without the hyphen).
import { isoOf, type Day } from './calendar';
import { caseTypes, type Population } from './case-types';
import type { Random, Weighted } from './random';

interface Citizen {
  id: string;
  cpr: boolean;
  /** The unit of the citizen's first case. */
  unit: string;
  /** Seen in another unit than the first: their cases wait on the other unit's papers (slower). */
  crossUnit: boolean;
}

/** Whose case it is: the id written, and whether the citizen is known in another unit too. */
export interface CaseCitizen { id: string; crossUnit: boolean }

const REUSE_SHARE = 0.3;
type Circle = 'unit' | 'partner' | 'population';
const REUSE_CIRCLES: Weighted<Circle> = [['unit', 45], ['partner', 20], ['population', 35]];
/** Units whose citizens often turn up in another unit too. */
const PARTNER_UNITS: Record<string, string> = {
  'BIF.JC': 'BUF.FAM',
  'BIF.YDK': 'BIF.JC',
  'BUF.FAM': 'SOF.BCH.BORN',
  'SOF.BCH.BORN': 'BUF.FAM',
  'SOF.BCH.VOKSNE': 'SOF.BCH.HJM',
  'SOF.BCH.HJM': 'SOF.BCH.VOKSNE',
};
const CPR_SHARE = 0.1;
const UNHYPHENATED_SHARE = 0.35;
const MEMORY_MONTHS = 8;
const AGE_RANGE_YEARS: Record<Population, [number, number]> = { child: [0, 17.9], adult: [18, 64.9], senior: [65, 96] };

/** A ring buffer of the citizens most recently seen. */
class RecentCitizens {
  private readonly entries: Citizen[] = [];
  private cursor = 0;
  private readonly capacity: number;

  constructor(expectedPerMonth: number) {
    this.capacity = Math.max(20, Math.round(expectedPerMonth * MEMORY_MONTHS));
  }

  add(citizen: Citizen): void {
    if (this.entries.length < this.capacity) this.entries.push(citizen);
    else this.entries[this.cursor] = citizen;
    this.cursor = (this.cursor + 1) % this.capacity;
  }

  /** A recent citizen, or null; while the memory fills (early 2017) more often null, as earlier cases are unknown. */
  pick(random: Random): Citizen | null {
    if (random.next() * this.capacity >= this.entries.length) return null;
    return random.pick(this.entries);
  }
}

export class CitizenRegistry {
  private readonly random: Random;
  private readonly recent = new Map<string, RecentCitizens>();
  private readonly cprNumbers = new Set<string>();
  private created = 0;

  constructor(random: Random, scale: number) {
    this.random = random;
    const expected = new Map<string, number>();
    const add = (key: string, perMonth: number) => expected.set(key, (expected.get(key) ?? 0) + perMonth);
    for (const type of caseTypes) {
      const total = type.population.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [population, weight] of type.population) {
        const perMonth = (type.perYear * scale * weight) / total / 12;
        add(population, perMonth);
        add(`${type.departmentId}/${population}`, perMonth);
      }
    }
    for (const [key, perMonth] of expected) this.recent.set(key, new RecentCitizens(perMonth));
  }

  citizenFor(population: Population, departmentId: string, received: Day): CaseCitizen {
    const sameUnit = this.recentOf(`${departmentId}/${population}`);
    const samePopulation = this.recentOf(population);
    if (this.random.chance(REUSE_SHARE)) {
      const known = this.recentCircle(population, departmentId).pick(this.random);
      if (known) {
        if (known.unit !== departmentId) known.crossUnit = true;
        const id = known.cpr && this.random.chance(UNHYPHENATED_SHARE) ? known.id.replace('-', '') : known.id;
        return { id, crossUnit: known.crossUnit };
      }
    }
    const citizen: Citizen = this.random.chance(CPR_SHARE)
      ? { id: this.newCprNumber(population, received), cpr: true, unit: departmentId, crossUnit: false }
      : { id: pseudonym(this.created), cpr: false, unit: departmentId, crossUnit: false };
    this.created++;
    sameUnit.add(citizen);
    samePopulation.add(citizen);
    return { id: citizen.id, crossUnit: false };
  }

  private recentCircle(population: Population, departmentId: string): RecentCitizens {
    const circle = this.random.weighted(REUSE_CIRCLES);
    const partner = PARTNER_UNITS[departmentId];
    if (circle === 'unit') return this.recentOf(`${departmentId}/${population}`);
    if (circle === 'partner' && partner && this.recent.has(`${partner}/${population}`)) return this.recentOf(`${partner}/${population}`);
    return this.recentOf(population);
  }

  private recentOf(key: string): RecentCitizens {
    const recent = this.recent.get(key);
    if (!recent) throw new Error(`no citizens expected for ${key}`);
    return recent;
  }

  /** Synthetic DDMMYY-NNNN with a real birth date fitting the population; unique. */
  private newCprNumber(population: Population, received: Day): string {
    const [minAge, maxAge] = AGE_RANGE_YEARS[population];
    for (;;) {
      const birth = isoOf(received - Math.floor((minAge + this.random.next() * (maxAge - minAge)) * 365.25));
      const serial = String(this.random.int(0, 9999)).padStart(4, '0');
      const cpr = `${birth.slice(8, 10)}${birth.slice(5, 7)}${birth.slice(2, 4)}-${serial}`;
      if (!this.cprNumbers.has(cpr)) {
        this.cprNumbers.add(cpr);
        return cpr;
      }
    }
  }
}

/**
 * Opaque pseudonym like B48213907: a four-round Feistel permutation of a counter over
 * 0…99,999,999, so ids look random yet never repeat.
 */
function pseudonym(counter: number): string {
  let left = Math.floor(counter / 10_000) % 10_000;
  let right = counter % 10_000;
  for (let round = 1; round <= 4; round++) {
    let mixed = Math.imul(right + round * 7919, 0x45d9f3b);
    mixed = Math.imul(mixed ^ (mixed >>> 16), 0x45d9f3b);
    [left, right] = [right, (left + ((mixed ^ (mixed >>> 16)) >>> 0)) % 10_000];
  }
  return `B${String(left * 10_000 + right).padStart(8, '0')}`;
}
