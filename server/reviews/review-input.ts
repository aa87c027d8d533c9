// Argument checks shared by the review mutations: each failure names its argument (BAD_USER_INPUT).
import { badInput } from '../graphql/errors';

/** A serial id argument (reviews, follow-up actions); `what` names the thing for the message. */
export function parseSerialId(raw: string, argument: string, what: string): number {
  if (!/^[1-9][0-9]{0,9}$/.test(raw) || Number(raw) > 2_147_483_647) {
    throw badInput(argument, `"${raw.slice(0, 20)}" is not a ${what} id`);
  }
  return Number(raw);
}

/** Trimmed text of `min`–`max` characters (counted as code points, as people count them). */
export function requireText(argument: string, value: string | null | undefined, max: number, min = 1): string {
  const text = (value ?? '').trim();
  const length = [...text].length;
  if (length < min || length > max) {
    throw badInput(argument, `must be ${min}–${max.toLocaleString('en')} characters, got ${length}`);
  }
  return text;
}

/** Like requireText, but absent or blank text is null. */
export function optionalText(argument: string, value: string | null | undefined, max: number): string | null {
  if (value == null || value.trim() === '') return null;
  return requireText(argument, value, max);
}
