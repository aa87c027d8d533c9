// Parsers for the field kinds of the import format. Pure: a value in, a parsed value or a
// data steward's explanation out.

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

import { isValidCalendarDate } from '../stats/calendar';

const ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseId(raw: string): Parsed<string> {
  if (ID_PATTERN.test(raw)) return { ok: true, value: raw };
  if (raw.length > 64) return { ok: false, problem: `is ${raw.length} characters long; an id has at most 64` };
  return { ok: false, problem: 'is not a valid id: use only letters A–Z, a–z, digits and . _ : -' };
}

export function parseDate(raw: string): Parsed<string> {
  const match = DATE_PATTERN.exec(raw);
  if (!match) return { ok: false, problem: 'is not a date in the form YYYY-MM-DD' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2199) return { ok: false, problem: 'has a year outside 1900–2199' };
  if (!isValidCalendarDate(year, month, day)) return { ok: false, problem: 'is not a real calendar date' };
  return { ok: true, value: raw };
}

export function parsePositiveInt(raw: string): Parsed<number> {
  if (!/^\d{1,9}$/.test(raw) || Number(raw) === 0) {
    return { ok: false, problem: 'is not a positive whole number' };
  }
  return { ok: true, value: Number(raw) };
}

export function parseEnum<T extends string>(raw: string, allowed: readonly T[]): Parsed<T> {
  if ((allowed as readonly string[]).includes(raw)) return { ok: true, value: raw as T };
  return { ok: false, problem: `is not one of: ${allowed.join(', ')}` };
}

export function parseText(raw: string): Parsed<string> {
  if (raw.length > 500) return { ok: false, problem: `is ${raw.length} characters long; at most 500 are allowed` };
  return { ok: true, value: raw };
}
