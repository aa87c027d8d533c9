// The database is the last word on a submitted review (trigger submitted_review_locked): a write that
// races a submit is refused there. That refusal becomes a clear error instead of an internal one.
import { GraphQLError } from 'graphql';
import { badInput } from '../graphql/errors';

/** True for the trigger's refusal anywhere in the error's cause chain (drizzle wraps driver errors). */
export function isLockedReviewError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth += 1) {
    if (/review \d+ is submitted and (locked|cannot be deleted)/.test(e.message)) return true;
  }
  return false;
}

export function lockedReview(argument: string, reviewId: number): GraphQLError {
  return badInput(argument, `review ${reviewId} is submitted and locked; whoever runs the round can reopen it with a reason`);
}

/** Runs a write to a review; the trigger's refusal is rethrown as `lockedReview`. */
export async function mapLockedReview<T>(argument: string, reviewId: number, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isLockedReviewError(error)) throw lockedReview(argument, reviewId);
    throw error;
  }
}
