// Agreement between the first and the second reviewer of the same cases: raw agreement, and Cohen's
// κ, which discounts the agreement two reviewers would reach by chance given how often each answers what.

export type ReviewAnswer = 'yes' | 'no' | 'not_relevant';

const ANSWERS: readonly ReviewAnswer[] = ['yes', 'no', 'not_relevant'];

/**
 * Over the items both reviewers answered (the caller passes only those): p_o = agreed ÷ items, and
 * κ = (p_o − p_e) ÷ (1 − p_e) with p_e = Σ_c (first_c ÷ items)(second_c ÷ items) over the three
 * answers. percentAgreement is p_o as a fraction; both are null when items = 0, κ also when p_e = 1.
 */
export function agreement(pairs: readonly (readonly [ReviewAnswer, ReviewAnswer])[]): {
  items: number;
  agreed: number;
  percentAgreement: number | null;
  kappa: number | null;
} {
  const first = new Map<ReviewAnswer, number>(ANSWERS.map((answer) => [answer, 0]));
  const second = new Map<ReviewAnswer, number>(ANSWERS.map((answer) => [answer, 0]));
  let agreed = 0;
  for (const [a, b] of pairs) {
    if (!first.has(a) || !second.has(b)) throw new RangeError(`unknown review answer in pair (${a}, ${b})`);
    first.set(a, first.get(a)! + 1);
    second.set(b, second.get(b)! + 1);
    if (a === b) agreed += 1;
  }
  const items = pairs.length;
  if (items === 0) return { items, agreed, percentAgreement: null, kappa: null };
  // In counts: κ = (agreed·items − Σ f_c s_c) ÷ (items² − Σ f_c s_c). Integers, so p_e = 1 is an exact test.
  const chance = ANSWERS.reduce((sum, answer) => sum + first.get(answer)! * second.get(answer)!, 0);
  const square = items * items;
  const kappa = chance === square ? null : (agreed * items - chance) / (square - chance);
  return { items, agreed, percentAgreement: agreed / items, kappa };
}
