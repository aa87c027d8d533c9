// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { roundListEntry } from './fixtures';
import { plain, start } from './supervisionApp';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const MY_REVIEW = {
  id: '55', roundId: '7', roundName: 'Tilsyn BCH november', level: 'FIRST', status: 'DRAFT', savedAt: null, submittedAt: null,
  case: { id: 'C-101', receivedOn: '2026-01-05', decidedOn: '2026-03-01', caseType: { id: 'CT-41', name: 'Merudgifter' }, department: { id: 'MYN-B', name: 'Myndighed Børn' } },
};

describe('the Ledelsestilsyn page', () => {
  it('lists the rounds with status and progress, and offers a new round', async () => {
    const rounds = [roundListEntry(), roundListEntry({ id: '6', name: 'Tilsyn BCH maj', status: 'CLOSED', progress: { sampled: 30, assigned: 30, submitted: 30, eliminated: 2 } })];
    const { wrapper, named } = await start('/tilsyn?scope=BCH', { ReviewRounds: () => ({ reviewRounds: rounds }), MyReviews: () => ({ myReviews: [] }) });
    expect(named('ReviewRounds')[0]!.variables).toEqual({});
    const main = wrapper.get('main');
    expect(main.get('h1').text()).toBe('Ledelsestilsyn');
    const rows = main.findAll('.rounds-table tbody tr').map((tr) => plain(tr.text()));
    expect(rows[0]).toContain('Tilsyn BCH november');
    expect(rows[0]).toContain('I gang');
    expect(rows[0]).toContain('1 af 3 indsendt');
    expect(rows[0]).toContain('Afgjort 24.11.2025–23.11.2026');
    expect(rows[1]).toContain('Lukket');
    expect(rows[1]).toContain('2 frasorteret');
    expect(main.find('a[href="/tilsyn/runder/7"]').exists()).toBe(true);
    expect(main.find('a[href^="/tilsyn/ny"]').text()).toBe('Planlæg ny runde');
    // No reviews of their own: the section is left out for a director.
    expect(main.text()).not.toContain('Mine gennemgange');
  });

  it('explains what a round is when there are none, and offers to plan one', async () => {
    const { wrapper } = await start('/tilsyn?scope=BCH', { ReviewRounds: () => ({ reviewRounds: [] }), MyReviews: () => ({ myReviews: [] }) });
    const empty = wrapper.get('main .state--empty');
    expect(empty.text()).toContain('Der er endnu ingen runder');
    expect(empty.text()).toContain('tilfældig stikprøve');
    expect(empty.find('a[href^="/tilsyn/ny"]').exists()).toBe(true);
  });

  it('says so when the rounds cannot be loaded', async () => {
    const { wrapper } = await start('/tilsyn?scope=BCH', { MyReviews: () => ({ myReviews: [] }) });
    expect(wrapper.get('main [role="alert"]').text()).toContain('Data kunne ikke hentes');
  });

  it('shows a reviewer their own reviews (purpose REVIEW_ROUND) and no planning', async () => {
    const { wrapper, named } = await start('/tilsyn', {
      ReviewRounds: () => ({ reviewRounds: [roundListEntry()] }),
      MyReviews: () => ({ myReviews: [MY_REVIEW] }),
    }, 'reviewer');
    expect(named('MyReviews')[0]!.purpose).toBe('REVIEW_ROUND');
    expect(named('ReviewRounds')[0]!.variables).toEqual({});
    const main = wrapper.get('main');
    expect(main.text()).toContain('Mine gennemgange');
    expect(main.find('a[href="/tilsyn/gennemgang/55?runde=7"]').text()).toBe('C-101');
    expect(main.text()).toContain('Kladde');
    expect(main.text()).toContain('Ikke påbegyndt');
    expect(main.text()).not.toContain('Planlæg ny runde');
  });

  it('tells a reviewer without reviews that there are none', async () => {
    const { wrapper } = await start('/tilsyn', { ReviewRounds: () => ({ reviewRounds: [] }), MyReviews: () => ({ myReviews: [] }) }, 'reviewer');
    expect(wrapper.get('main').text()).toContain('Du har ingen gennemgange i åbne runder.');
    expect(wrapper.get('main').text()).toContain('Du har ingen runder med sager tildelt til dig.');
  });

  it('keeps the planner from the committee and reviewers', async () => {
    const { router } = await start('/tilsyn/ny', {}, 'reviewer');
    expect(router.currentRoute.value.name).toBe('forbidden');
    const committee = await start('/tilsyn/runder/7', {}, 'committee');
    expect(committee.router.currentRoute.value.name).toBe('forbidden');
  });
});
