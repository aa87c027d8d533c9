// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REVIEW_AUTOSAVE_MS } from '../../../client/composables/useReviewDraft';
import { ITEMS, review } from './fixtures';
import { button, plain, refused, settle, start, wait, type Variables, type Wrapper } from './supervisionApp';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

/** A server that keeps the review as drafts and submissions arrive. */
function reviewApi(initial = review()) {
  let current: Record<string, unknown> = initial;
  const fields = (input: Variables, status: string) => ({
    ...current,
    status,
    answers: input.answers,
    overall: input.overall,
    decision: input.decision,
    note: input.note,
    savedAt: '2026-11-23T13:05:00.000Z',
    submittedAt: status === 'SUBMITTED' ? '2026-11-23T13:06:00.000Z' : null,
  });
  return {
    Review: () => ({ review: current }),
    SaveReviewDraft: ({ input }: Variables) => ({ saveReviewDraft: (current = fields(input, 'DRAFT')) }),
    SubmitReview: ({ input }: Variables) => ({ submitReview: (current = fields(input, 'SUBMITTED')) }),
    ReopenReview: () => ({ reopenReview: (current = { ...current, status: 'DRAFT', submittedAt: null }) }),
  };
}

/** The radio of `answer` ("Ja", "Nej", "Ikke relevant") in checklist item `n`. */
function radio(wrapper: Wrapper, n: number, answer: string) {
  return wrapper.get(`#item-${n}`).findAll('label.radio-group__option').find((l) => l.text() === answer)!.get('input');
}

async function answerAll(wrapper: Wrapper) {
  await radio(wrapper, 1, 'Ja').setValue(true);
  await radio(wrapper, 2, 'Nej').setValue(true);
  await wrapper.get('#item-2 textarea').setValue('Borgeren blev ikke hørt om lægeerklæringen.');
  await radio(wrapper, 3, 'Ikke relevant').setValue(true);
  const group = (legend: string, label: string) =>
    wrapper.findAll('fieldset').find((f) => f.get('legend').text() === legend)!.findAll('label').find((l) => l.text() === label)!.get('input');
  await group('Sagens samlede vurdering', 'Mindre mangler').setValue(true);
  await group('Ville afgørelsen holde ved en klage?', 'Stadfæstes').setValue(true);
}

describe('the review form', () => {
  it('reads the review with the round as purpose and shows the case’s timeline beside the checklist', async () => {
    const { wrapper, named } = await start('/tilsyn/gennemgang/55?runde=7', reviewApi(), 'reviewer', 'test-reviewer');
    expect(named('Review')[0]).toMatchObject({ purpose: 'REVIEW_ROUND:7', variables: { id: '55' } });
    const main = wrapper.get('main');
    expect(main.get('h1').text()).toBe('Gennemgang af sag C-101');
    expect(main.text()).toContain('Merudgifter (Serviceloven § 41)');
    expect(main.text()).toContain('Anna Andersen');
    const headings = main.findAll('h2').map((h) => h.text());
    expect(headings).toEqual(['Sagens forløb', 'Sagsbehandlere', 'Kontakter med borgeren', 'Klager til Ankestyrelsen', 'Tjekliste (version 1)', 'Samlet vurdering']);
    const item = main.get('#item-2');
    expect(item.get('h3').text()).toBe('2. Borgeren blev partshørt.');
    expect(item.text()).toContain('Garantiforskrift');
    expect(item.text()).toContain('Hjemmel: Forvaltningsloven § 19');
    // One radio group per item: a shared name, so the arrow keys move within it and Tab between items.
    const names = item.findAll('input[type="radio"]').map((r) => r.attributes('name'));
    expect(new Set(names).size).toBe(1);
    expect(main.get('#item-3').findAll('input[type="radio"]')[0]!.attributes('name')).not.toBe(names[0]);
  });

  it('makes the note required on "no", says so, and saves the draft a second after the last change', async () => {
    const { wrapper, named } = await start('/tilsyn/gennemgang/55?runde=7', reviewApi(), 'reviewer', 'test-reviewer');
    await radio(wrapper, 2, 'Nej').setValue(true);
    const note = wrapper.get('#item-2 textarea');
    expect(note.attributes('aria-required')).toBe('true');
    expect(wrapper.get('#item-2').text()).toContain('Bemærkning – skal udfyldes, når svaret er nej');
    expect(wrapper.get('#item-2 [aria-live="polite"]').text()).toBe('Punkt 2: skriv en bemærkning, fordi svaret er nej.');
    await note.setValue('Ikke partshørt');
    expect(named('SaveReviewDraft')).toHaveLength(0);
    await wait(REVIEW_AUTOSAVE_MS + 100);
    const saves = named('SaveReviewDraft');
    expect(saves).toHaveLength(1);
    expect(saves[0]!.purpose).toBe('REVIEW_ROUND:7');
    expect(saves[0]!.variables.input).toEqual({
      reviewId: '55',
      answers: [
        { itemNumber: 1, answer: null, note: null },
        { itemNumber: 2, answer: 'NO', note: 'Ikke partshørt' },
        { itemNumber: 3, answer: null, note: null },
      ],
      overall: null, decision: null, note: null,
    });
    expect(wrapper.get('.save-status').text()).toBe('Gemt kl. 14.05');
  });

  it('names what is missing instead of submitting an incomplete review', async () => {
    const { wrapper, named } = await start('/tilsyn/gennemgang/55?runde=7', reviewApi(), 'reviewer', 'test-reviewer');
    await radio(wrapper, 1, 'Ja').setValue(true);
    await radio(wrapper, 2, 'Nej').setValue(true);
    await button(wrapper, 'Indsend').trigger('submit');
    await settle();
    expect(named('SubmitReview')).toHaveLength(0);
    const alert = wrapper.get('.review-form__footer [role="alert"]');
    expect(alert.findAll('li').map((li) => li.text())).toEqual([
      'Punkt 2: skriv en bemærkning til »nej«.', 'Punkt 3 er ikke besvaret.', 'Vælg den samlede vurdering.', 'Vælg, om afgørelsen ville holde.',
    ]);
    expect(alert.find('a[href="#item-3"]').exists()).toBe(true);
    expect(wrapper.get('#item-3').classes()).toContain('checklist-item--problem');
  });

  it('submits a complete review and then shows it locked with its submission time', async () => {
    const { wrapper, named } = await start('/tilsyn/gennemgang/55?runde=7', reviewApi(), 'reviewer', 'test-reviewer');
    await answerAll(wrapper);
    await button(wrapper, 'Indsend').trigger('submit');
    await settle();
    expect(named('SubmitReview')[0]!.variables.input).toMatchObject({ reviewId: '55', overall: 'MINOR_DEFICIENCIES', decision: 'UPHELD' });
    expect(named('SubmitReview')[0]!.purpose).toBe('REVIEW_ROUND:7');
    const main = wrapper.get('main');
    expect(main.find('form.review-form').exists()).toBe(false);
    expect(main.get('.status-message').text()).toBe('Indsendt 23.11.2026, 14.06. Gennemgangen er låst.');
    expect(plain(main.text())).toContain('Nej – Borgeren blev ikke hørt om lægeerklæringen.');
    expect(main.text()).not.toContain('Genåbn');
  });

  it('shows the server’s refusal, which names the item', async () => {
    const api = { ...reviewApi(), SubmitReview: () => refused('answers[2]: a note is required for "no" (item 2)') };
    const { wrapper } = await start('/tilsyn/gennemgang/55?runde=7', api, 'reviewer', 'test-reviewer');
    await answerAll(wrapper);
    await button(wrapper, 'Indsend').trigger('submit');
    await settle();
    const error = wrapper.get('.review-form__footer .notice--error');
    expect(error.text()).toContain('Gennemgangen blev ikke indsendt:');
    expect(error.text()).toContain('(item 2)');
  });

  it('lets a manager reopen a submitted review with a reason', async () => {
    const submitted = review({
      status: 'SUBMITTED', submittedAt: '2026-11-23T13:06:00.000Z', overall: 'IN_ORDER', decision: 'UPHELD',
      answers: ITEMS.map((i) => ({ itemNumber: i.number, answer: 'YES', note: null })),
    });
    const { wrapper, named } = await start('/tilsyn/gennemgang/55?runde=7', reviewApi(submitted), 'manager');
    expect(wrapper.text()).toContain('Indsendt 23.11.2026, 14.06. Gennemgangen er låst.');
    await button(wrapper, 'Genåbn').trigger('submit');
    expect(wrapper.text()).toContain('Skriv en begrundelse.');
    expect(named('ReopenReview')).toHaveLength(0);
    await wrapper.get('.reopen-form textarea').setValue('Punkt 2 skal vurderes igen');
    await button(wrapper, 'Genåbn').trigger('submit');
    await settle();
    expect(named('ReopenReview')[0]).toMatchObject({ purpose: 'REVIEW_ROUND:7', variables: { id: '55', reason: 'Punkt 2 skal vurderes igen' } });
    expect(wrapper.text()).toContain('Gennemgangen er genåbnet.');
  });
});
