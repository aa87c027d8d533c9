import { computed, onScopeDispose, reactive, ref, shallowRef, watch, type Ref } from 'vue';
import type { ChecklistAnswer, DecisionAssessment, OverallAssessment, ReviewDraftInput, ReviewFormFieldsFragment } from '../gql/graphql';
import { SaveReviewDraftMutation, SubmitReviewMutation } from '../graphql/reviewForm';
import { draftProblems, type DraftAnswer, type DraftProblem } from '../utils/reviews';
import { useReviewMutation } from './useReviewMutation';

/** How long the form must be still before a draft is saved. */
export const REVIEW_AUTOSAVE_MS = 1000;

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

interface DraftState {
  answers: DraftAnswer[];
  overall: OverallAssessment | null;
  decision: DecisionAssessment | null;
  note: string;
}

function stateOf(review: ReviewFormFieldsFragment, itemNumbers: readonly number[]): DraftState {
  const given = new Map(review.answers.map((a) => [a.itemNumber, a]));
  return {
    answers: itemNumbers.map((n) => ({ itemNumber: n, answer: given.get(n)?.answer ?? null, note: given.get(n)?.note ?? '' })),
    overall: review.overall,
    decision: review.decision,
    note: review.note ?? '',
  };
}

function inputOf(reviewId: string, state: DraftState): ReviewDraftInput {
  return {
    reviewId,
    answers: state.answers.map((a) => ({ itemNumber: a.itemNumber, answer: a.answer, note: a.note.trim() === '' ? null : a.note })),
    overall: state.overall,
    decision: state.decision,
    note: state.note.trim() === '' ? null : state.note,
  };
}

/**
 * The review form's draft: answers, assessments and note, saved automatically once the form has
 * been still for {@link REVIEW_AUTOSAVE_MS}, and submitted (then locked) on request. `review` is
 * the review as last read; `editable` says whether the signed-in user may change it.
 */
export function useReviewDraft(review: Ref<ReviewFormFieldsFragment | null>, itemNumbers: Ref<readonly number[]>, editable: Ref<boolean>, purpose: () => string) {
  const state = reactive<DraftState>({ answers: [], overall: null, decision: null, note: '' });
  const current = shallowRef<ReviewFormFieldsFragment | null>(null);
  const saveState = ref<SaveState>('idle');
  const problems = shallowRef<DraftProblem[]>([]);
  const saving = useReviewMutation(SaveReviewDraftMutation, purpose);
  const submitting = useReviewMutation(SubmitReviewMutation, purpose);
  const lastSaved = ref('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<unknown> | null = null;

  function load(next: ReviewFormFieldsFragment): void {
    current.value = next;
    Object.assign(state, stateOf(next, itemNumbers.value));
    lastSaved.value = JSON.stringify(inputOf(next.id, state));
    problems.value = [];
  }
  watch(review, (next) => next && load(next), { immediate: true });

  const serialized = computed(() => (current.value ? JSON.stringify(inputOf(current.value.id, state)) : ''));
  const dirty = computed(() => serialized.value !== lastSaved.value);

  async function save(): Promise<void> {
    if (!current.value || !editable.value || !dirty.value) return;
    const sent = serialized.value;
    saveState.value = 'saving';
    const request = saving.run({ input: JSON.parse(sent) as ReviewDraftInput });
    inFlight = request;
    const answer = await request;
    if (inFlight === request) inFlight = null;
    if (!answer) {
      if (saving.error.value) saveState.value = 'error';
      return;
    }
    lastSaved.value = sent;
    current.value = answer.saveReviewDraft;
    saveState.value = dirty.value ? 'idle' : 'saved';
  }

  watch(serialized, () => {
    clearTimeout(timer);
    if (editable.value && dirty.value) timer = setTimeout(() => void save(), REVIEW_AUTOSAVE_MS);
  });
  onScopeDispose(() => clearTimeout(timer));

  /** Checks the form, then submits it; true when the review is submitted (and now locked). */
  async function submit(): Promise<boolean> {
    if (!current.value) return false;
    clearTimeout(timer);
    problems.value = draftProblems(itemNumbers.value, state.answers, state.overall, state.decision);
    if (problems.value.length > 0) return false;
    if (inFlight) await inFlight;
    const answer = await submitting.run({ input: inputOf(current.value.id, state) });
    if (!answer) return false;
    load(answer.submitReview);
    saveState.value = 'idle';
    return true;
  }

  function setAnswer(itemNumber: number, answer: ChecklistAnswer): void {
    const entry = state.answers.find((a) => a.itemNumber === itemNumber);
    if (entry) entry.answer = answer;
  }

  return {
    state, current, saveState, problems, setAnswer, submit, load, saveNow: save,
    saveError: saving.error, submitError: submitting.error, submitting: submitting.pending,
  };
}
