// CPR-shaped citizen ids never reach the database: they become a keyed pseudonym.
import { createHmac } from 'node:crypto';
import { isValidCalendarDate } from '../stats/calendar';

const CPR_PATTERN = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/;

/** The ten digits of a CPR-shaped value (`DDMMYY-NNNN` or ten digits, a valid 19xx/20xx date), else null. */
export function cprDigits(value: string): string | null {
  const match = CPR_PATTERN.exec(value);
  if (!match) return null;
  if (value.length === 11 && value[6] !== '-') return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const validIn1900s = isValidCalendarDate(1900 + year, month, day);
  const validIn2000s = isValidCalendarDate(2000 + year, month, day);
  if (!validIn1900s && !validIn2000s) return null;
  return `${match[1]}${match[2]}${match[3]}${match[4]}`;
}

export function isCprShaped(value: string): boolean {
  return cprDigits(value) !== null;
}

/** The stored citizen id: a pseudonym for a CPR-shaped value, the value itself otherwise. */
export function citizenPseudonym(value: string, secret: string): string {
  const digits = cprDigits(value);
  if (digits === null) return value;
  const mac = createHmac('sha256', secret).update(digits, 'utf8').digest('hex');
  return `psn-${mac.slice(0, 40)}`;
}
