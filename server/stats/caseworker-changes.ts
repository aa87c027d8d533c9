// Caseworker changes of a case, for the fixed-caseworker share. A return to the same caseworker
// after a gap (leave, reassignment undone) is not a change for the citizen, so runs merge.

/** Changes of one case from its assignments' caseworker ids ordered by assigned_from: consecutive equal ids merge (A–gap–A = 0, A–B–A = 2). */
export function countChanges(caseworkersInOrder: readonly string[]): number {
  // The spec leaves cases without assignments out (and counts them); 0 here would wrongly count
  // them as having a fixed caseworker, so the caller must filter them first.
  if (caseworkersInOrder.length === 0) throw new RangeError('a case without assignments has no change count');
  let changes = 0;
  for (let i = 1; i < caseworkersInOrder.length; i += 1) {
    if (caseworkersInOrder[i] !== caseworkersInOrder[i - 1]) changes += 1;
  }
  return changes;
}
