// Complaints to the citizens' advisor (Borgerrådgiveren) and appeals to the national
// appeals board (Ankestyrelsen). Late cases draw most complaints, mainly about processing
// time; refusals draw appeals, about 30 % of which end changed or remitted.
import type { Day } from './calendar';
import type { CaseLife } from './cases';
import { strainOf } from './organisation';
import type { Random, Weighted } from './random';

export type ComplaintCategory = 'processing_time' | 'service' | 'status_information' | 'decision' | 'other';
export type AppealOutcome = 'upheld' | 'changed' | 'remitted' | 'dismissed';

export interface Complaint { id: string; departmentId: string; caseId: string | null; received: Day; category: ComplaintCategory }
export interface Appeal { appealed: Day; decided: Day; outcome: AppealOutcome }

const COMPLAINT_BASE_RATE = 0.0042;
const LATE_COMPLAINT_FACTOR = 5;
const WITHOUT_CASE_ID_SHARE = 0.15;

const lateCategories: Weighted<ComplaintCategory> = [['processing_time', 80], ['service', 9], ['status_information', 6], ['decision', 2], ['other', 3]];
const timelyCategories: Weighted<ComplaintCategory> = [['processing_time', 13], ['service', 44], ['status_information', 13], ['decision', 12], ['other', 8]];

function isLate(life: CaseLife): boolean {
  return life.due !== null && (life.decided ?? life.closed) > life.due;
}

export class ComplaintFactory {
  private issued = 0;

  /** Zero or one complaint about the case; ids are issued even if the complaint is later cut off by `until`. */
  complaintsOf(life: CaseLife, random: Random): Complaint[] {
    const late = isLate(life);
    const strain = strainOf(life.departmentId, life.received);
    const rate = COMPLAINT_BASE_RATE * (late ? LATE_COMPLAINT_FACTOR : 1) * (1 + Math.min(1, strain));
    if (!random.chance(rate)) return [];
    const category = random.weighted(late ? lateCategories : timelyCategories);
    this.issued++;
    return [{
      id: `BR-${String(this.issued).padStart(7, '0')}`,
      departmentId: life.departmentId,
      caseId: random.chance(WITHOUT_CASE_ID_SHARE) ? null : life.id,
      received: complaintDay(life, category, random),
      category,
    }];
  }
}

function complaintDay(life: CaseLife, category: ComplaintCategory, random: Random): Day {
  const end = life.decided ?? life.closed;
  const during = () => life.received + random.int(0, end - life.received);
  if (category === 'processing_time' && life.due !== null && end > life.due) return life.due + random.int(1, end - life.due);
  if (category === 'decision' && life.decided !== null) return life.decided + random.int(1, 45);
  return during();
}

const APPEAL_SHARE: Partial<Record<CaseLife['outcome'], number>> = { refused: 0.075, partially_granted: 0.05 };

/** Appeals of a refusal or partial grant; a remitted case is sometimes appealed again. */
export function appealsOf(life: CaseLife, random: Random): Appeal[] {
  const share = APPEAL_SHARE[life.outcome];
  if (life.decided === null || share === undefined) return [];
  if (!random.chance(share * (life.type.outcomes === 'strict' ? 1.4 : 1))) return [];
  const strained = strainOf(life.departmentId, life.decided) > 0.5;
  const first = appealAfter(life.decided + random.int(3, 28), strained, random);
  if (first.outcome !== 'remitted' || !random.chance(0.2)) return [first];
  return [first, appealAfter(first.decided + random.int(40, 150), false, random)];
}

function appealAfter(appealed: Day, strained: boolean, random: Random): Appeal {
  // Decisions made by a strained unit's newcomers are remitted more often.
  const outcome = random.weighted<AppealOutcome>([['upheld', 62], ['changed', 14], ['remitted', strained ? 23 : 15], ['dismissed', 9]]);
  return { appealed, decided: appealed + random.int(45, 300), outcome };
}
