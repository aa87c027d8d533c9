// Parsers for the field kinds of the import format. Pure: a value in, a parsed value or a
// data steward's explanation out.

import { isValidCalendarDate } from '../stats/calendar';
import { problemText, type ProblemText } from './problem-text';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ProblemText };

const ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseId(raw: string): Parsed<string> {
  if (ID_PATTERN.test(raw)) return { ok: true, value: raw };
  if (raw.length > 64) return { ok: false, problem: problemText('idTooLong', { length: raw.length }) };
  return { ok: false, problem: problemText('idInvalid') };
}

export function parseDate(raw: string): Parsed<string> {
  const match = DATE_PATTERN.exec(raw);
  if (!match) return { ok: false, problem: problemText('dateFormat') };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2199) return { ok: false, problem: problemText('dateYear') };
  if (!isValidCalendarDate(year, month, day)) return { ok: false, problem: problemText('dateNotReal') };
  return { ok: true, value: raw };
}

export function parsePositiveInt(raw: string): Parsed<number> {
  if (!/^\d{1,9}$/.test(raw) || Number(raw) === 0) {
    return { ok: false, problem: problemText('notPositiveInteger') };
  }
  return { ok: true, value: Number(raw) };
}

export function parseEnum<T extends string>(raw: string, allowed: readonly T[]): Parsed<T> {
  if ((allowed as readonly string[]).includes(raw)) return { ok: true, value: raw as T };
  return { ok: false, problem: problemText('notOneOf', { allowed: allowed.join(', ') }) };
}

export function parseText(raw: string): Parsed<string> {
  if (raw.length > 500) return { ok: false, problem: problemText('textTooLong', { length: raw.length }) };
  return { ok: true, value: raw };
}
