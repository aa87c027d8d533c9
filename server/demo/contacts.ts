// Contacts between citizen and caseworker while a case is being handled: mostly with the
// caseworker holding the case that day, now and then with a colleague (the duty officer).
import type { Day } from './calendar';
import type { Holding } from './assignments';
import type { CaseLife } from './cases';
import type { Channel, Unit } from './organisation';
import type { Random } from './random';

export interface Contact { caseworker: number; on: Day; channel: Channel }

const MAX_CONTACTS = 8;
const COLLEAGUE_SHARE = 0.07;

/** `colleagueOn` gives some other caseworker of the unit on a day (null when there is none). */
export function contactsOf(
  life: CaseLife, holdings: readonly Holding[], unit: Unit, random: Random,
  colleagueOn: (day: Day) => number | null,
): Contact[] {
  if (holdings.length === 0 || !random.chance(unit.contactShare)) return [];
  // While someone holds the case, up to the decision (or the withdrawal).
  const from = (holdings[0] as Holding).from;
  const span = Math.max(0, (life.decided ?? life.closed) - from);
  const count = Math.min(MAX_CONTACTS, 1 + random.poisson(0.45 + span / 150));
  const contacts = new Map<string, Contact>();
  for (let n = 0; n < count; n++) {
    const on = from + random.int(0, span);
    const holder = holderOn(holdings, on);
    const caseworker = random.chance(COLLEAGUE_SHARE) ? (colleagueOn(on) ?? holder) : holder;
    const channel = random.weighted(unit.channels);
    contacts.set(`${caseworker}/${on}/${channel}`, { caseworker, on, channel }); // one contact counted once
  }
  return [...contacts.values()].sort((a, b) => a.on - b.on);
}

/** The holder on `day`; in a gap between holdings, the one who held it last. */
function holderOn(holdings: readonly Holding[], day: Day): number {
  let holder = (holdings[0] as Holding).caseworker;
  for (const holding of holdings) {
    if (holding.from > day) break;
    holder = holding.caseworker;
  }
  return holder;
}
