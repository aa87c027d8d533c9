// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { results, round, sampled } from './fixtures';
import { button, plain, refused, settle, start, type Variables } from './supervisionApp';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const CANDIDATES = [
  { username: 'test-reviewer', displayName: 'Søren Nielsen', role: 'REVIEWER' },
  { username: 'test-manager', displayName: 'Mette Jørgensen', role: 'MANAGER' },
];

/** A round of three sampled cases (one from the reserve) whose sample changes as mutations arrive. */
function roundApi() {
  let sample = [
    sampled('C-101', 'MYN-B', 1, 'SUBMITTED'),
    sampled('C-102', 'MYN-B', 2, 'UNASSIGNED'),
    sampled('C-201', 'AFD-2', 1, 'UNASSIGNED'),
  ];
  const eliminations: unknown[] = [];
  return {
    ReviewRound: () => ({ reviewRound: round() }),
    ReviewRoundSample: () => ({ reviewRound: { id: '7', sample, eliminations } }),
    ReviewerCandidates: () => ({ reviewerCandidates: CANDIDATES }),
    AssignReviewer: ({ input }: Variables) => {
      sample = sample.map((s) => (input.caseIds.includes(s.case.id) ? sampled(s.case.id, s.stratumKey, s.position, 'ASSIGNED') : s));
      return { assignReviewer: sample.filter((s) => input.caseIds.includes(s.case.id)) };
    },
    EliminateSampledCase: ({ input }: Variables) => {
      const gone = sample.find((s) => s.case.id === input.caseId)!;
      const elimination = { caseId: input.caseId, reason: input.reason, note: input.note, replacementCaseId: 'C-109', at: '2026-11-23T10:00:00.000Z', by: 'Henrik Madsen' };
      eliminations.push(elimination);
      sample = sample.map((s) => (s === gone ? sampled('C-109', gone.stratumKey, 3, 'UNASSIGNED', { fromReserve: true, replaces: input.caseId }) : s));
      return { eliminateSampledCase: elimination };
    },
    ReviewRoundResults: () => ({ reviewRound: { id: '7', results: results(), agreement: [
      { firstReviewer: 'Søren Nielsen', secondReviewer: 'Mette Jørgensen', cases: 2, items: 20, percentAgreement: 0.9, kappa: 0.78 },
    ] } }),
    ReviewRoundActions: () => ({ reviewRound: { id: '7', status: 'FOLLOW_UP', actions: [
      { id: 'a1', roundId: '7', caseId: 'C-101', itemNumber: 2, text: 'Undervis i partshøring', responsible: 'Teamleder', dueOn: '2026-01-15', status: 'OPEN', dropReason: null, updatedAt: '2026-11-20T09:00:00.000Z' },
      { id: 'a2', roundId: '7', caseId: null, itemNumber: null, text: 'Ny skabelon', responsible: 'Jurist', dueOn: '2027-02-01', status: 'DONE', dropReason: null, updatedAt: '2026-11-20T09:00:00.000Z' },
    ] } }),
    CloseReviewRound: () => refused('round 7 has 1 follow-up action that is neither done nor dropped'),
    UpdateFollowUpAction: ({ input }: Variables) => ({ updateFollowUpAction: { id: input.id, roundId: '7', caseId: null, itemNumber: null, text: 'x', responsible: 'y', dueOn: '2027-01-01', status: input.status, dropReason: input.reason, updatedAt: '2026-11-23T09:00:00.000Z' } }),
    ReviewRoundVerification: () => ({ reviewRound: { id: '7', verification: {
      sampleIdentical: true, frameUnchanged: false, differenceCount: 1, differences: [{ kind: 'ADDED_TO_FRAME', stratumKey: 'MYN-B', caseId: 'C-999' }],
    } } }),
    ReviewRoundEvents: () => ({ reviewRound: { id: '7', events: [{ at: '2026-11-20T09:00:00.000Z', by: 'Mette Jørgensen', kind: 'CREATED', caseId: null, detail: null }] } }),
  };
}

type Wrapper = Awaited<ReturnType<typeof start>>['wrapper'];
type Found = ReturnType<Wrapper['get']>;
/** A table row's cells (and a cell's parts) joined by spaces. */
const cells = (row: Found) => row.findAll('th, td').map((c) => plain(c.text()).trim()).join(' | ').trim();
const sampleRows = (wrapper: Wrapper) => wrapper.findAll('.sample-table tbody tr').map(cells);
const bodyRows = (table: Found) => table.findAll('tbody tr').map(cells);

describe('a round’s page', () => {
  it('shows what the round is, the seed after the draw, exports and the tabs', async () => {
    const { wrapper } = await start('/tilsyn/runder/7?ny=1', roundApi());
    const main = wrapper.get('main');
    expect(main.get('h1').text()).toBe('Tilsyn BCH november');
    expect(main.get('.seed-message').text()).toContain('Frø: solsikke-2026 – enhver kan trække stikprøven igen');
    const facts = plain(main.get('.round-facts').text());
    expect(facts).toContain('I gang');
    expect(facts).toContain('Afgjort 24.11.2025–23.11.2026 · 412 sager · alle sagstyper · sager fra tidligere runder udeladt');
    expect(facts).toContain('Version 1 (3 punkter)');
    expect(facts).toContain('1 af 3 indsendt');
    expect(main.find('a[href="/reviews/7/results.csv"]').exists()).toBe(true);
    expect(main.find('a[href="/reviews/7/reviews.csv"]').exists()).toBe(true);
    expect(main.findAll('[role="tab"]').map((t) => [t.text(), t.attributes('aria-selected')])).toEqual([
      ['Stikprøve', 'true'], ['Resultater', 'false'], ['Opfølgning', 'false'], ['Log', 'false'], ['Verificér', 'false'],
    ]);
  });

  it('reads the sample with the round as purpose and assigns selected cases to a reviewer', async () => {
    const { wrapper, named } = await start('/tilsyn/runder/7', roundApi());
    expect(named('ReviewRoundSample')[0]!.purpose).toBe('REVIEW_ROUND:7');
    expect(sampleRows(wrapper)[0]).toContain('Indsendt');
    expect(sampleRows(wrapper)[1]).toContain('Ikke tildelt');
    expect(sampleRows(wrapper)[1]).toContain('Myndighed Børn');
    await wrapper.get('input[aria-label="Vælg alle, der kan tildeles"]').setValue(true);
    await wrapper.get('.assign-form select').setValue('test-reviewer');
    await button(wrapper, 'Tildel 2 sager').trigger('submit');
    await settle();
    const call = named('AssignReviewer')[0]!;
    expect(call.purpose).toBe('REVIEW_ROUND:7');
    expect(call.variables.input).toEqual({ roundId: '7', caseIds: ['C-102', 'C-201'], username: 'test-reviewer', level: 'FIRST' });
    expect(wrapper.get('.status-message').text()).toBe('2 sager er tildelt Søren Nielsen.');
    expect(sampleRows(wrapper)[1]).toContain('Tildelt');
  });

  it('eliminates a case with a reason, "Andet" only with a note, and shows the replacement', async () => {
    const { wrapper, named } = await start('/tilsyn/runder/7', roundApi());
    await wrapper.get('button[aria-label="Frasortér sag C-102"]').trigger('click');
    const form = wrapper.get('.eliminate-form');
    await form.get('select').setValue('OTHER');
    await form.trigger('submit');
    expect(named('EliminateSampledCase')).toHaveLength(0);
    expect(form.text()).toContain('Skriv en uddybning, når begrundelsen er »Andet«.');
    await form.get('input').setValue('Sagen er genoptaget');
    await form.trigger('submit');
    await settle();
    expect(named('EliminateSampledCase')[0]!.variables.input).toEqual({ roundId: '7', caseId: 'C-102', reason: 'OTHER', note: 'Sagen er genoptaget' });
    expect(wrapper.get('.status-message').text()).toBe('Sag C-102 er frasorteret. Sag C-109 fra reserven træder i stedet.');
    const replacement = wrapper.get('.sample-table tr.row--new');
    expect(replacement.find('.badge--reserve').text()).toBe('Reserve');
    expect(replacement.text()).toContain('i stedet for C-102');
    expect(plain(wrapper.get('.eliminations').text())).toContain('Andet: Sagen er genoptaget');
  });

  it('shows the results: key figures, the interval chart, the table per item and agreement', async () => {
    const { wrapper } = await start('/tilsyn/runder/7?fane=resultater', roundApi());
    const panel = wrapper.get('[role="tabpanel"]');
    expect(panel.text()).toContain('Bygger på 4 indsendte gennemgange.');
    const tiles = panel.findAll('.round-summary .kpi').map((k) => k.findAll('p').map((p) => plain(p.text())));
    expect(tiles[0]).toEqual(['Sager i orden', '50,0 %', '95 %-interval 30,0–60,0 %', '2 af 4 sager']);
    expect(tiles[2]).toEqual(['Væsentlige mangler', '1', '25,0 % af 4 gennemgåede']);
    expect(tiles[3]![0]).toBe('Sager med mindst én tilsidesat garantiforskrift');
    expect(panel.find('.chart-stub').exists()).toBe(true);
    const rows = panel.findAll('.results-table tbody tr').map((tr) => tr.findAll('th, td').map((c) => plain(c.text())));
    expect(rows[0]!.slice(0, 6)).toEqual(['1. Sagen var tilstrækkeligt oplyst.', 'Garantiforskrift', '3', '1', '0', '75,0 % (55,0–85,0 %)']);
    expect(bodyRows(panel.get('.agreement'))).toEqual(['Søren Nielsen | Mette Jørgensen | 2 | 20 | 90,0 % | 0,78']);
    expect(panel.text()).toContain('Træk til 2. gennemgang');
  });

  it('moves between tabs with the arrow keys', async () => {
    const { wrapper, router } = await start('/tilsyn/runder/7', roundApi());
    await wrapper.get('[role="tab"][aria-selected="true"]').trigger('keydown', { key: 'ArrowRight' });
    await settle();
    expect(router.currentRoute.value.query.fane).toBe('resultater');
    expect(wrapper.get('[role="tab"][aria-selected="true"]').text()).toBe('Resultater');
  });

  it('shows the follow-up board, flags overdue actions, asks why on drop, and shows why the round cannot close', async () => {
    const { wrapper, named } = await start('/tilsyn/runder/7?fane=opfoelgning', roundApi());
    const columns = wrapper.findAll('.follow-up-board__column').map((c) => c.get('h3').text());
    expect(columns.map((c) => c.replace(/\s+\d+$/, ''))).toEqual(['Åben', 'I gang', 'Færdig', 'Droppet']);
    const card = wrapper.get('.follow-up-card--overdue');
    expect(plain(card.text())).toContain('Undervis i partshøring');
    expect(card.text()).toContain('Overskredet');
    await button(wrapper, 'Drop …').trigger('click');
    await wrapper.get('.follow-up-card__drop').trigger('submit');
    expect(wrapper.text()).toContain('Skriv en begrundelse.');
    await wrapper.get('.follow-up-card__drop textarea').setValue('Dækket af ny instruks');
    await wrapper.get('.follow-up-card__drop').trigger('submit');
    await settle();
    expect(named('UpdateFollowUpAction')[0]!.variables.input).toEqual({ id: 'a1', status: 'DROPPED', reason: 'Dækket af ny instruks' });
    await button(wrapper, 'Luk runden').trigger('click');
    await settle();
    expect(wrapper.get('.close-round [role="alert"]').text()).toContain('round 7 has 1 follow-up action that is neither done nor dropped');
  });

  it('verifies the draw on request', async () => {
    const { wrapper, named } = await start('/tilsyn/runder/7?fane=verificer', roundApi());
    expect(named('ReviewRoundVerification')).toHaveLength(0);
    await button(wrapper, 'Verificér nu').trigger('click');
    await settle();
    expect(wrapper.text()).toContain('Identisk: rammen og frøet giver præcis den gemte stikprøve og reserve.');
    expect(wrapper.text()).toContain('Rammen er ikke længere den samme som i data');
    expect(bodyRows(wrapper.get('[role="tabpanel"] table'))).toEqual(['Kommet til i rammen | Myndighed Børn | C-999']);
  });

  it('shows the round’s log', async () => {
    const { wrapper } = await start('/tilsyn/runder/7?fane=log', roundApi());
    expect(bodyRows(wrapper.get('[role="tabpanel"] table'))).toEqual(['20.11.2026, 10.00 | Mette Jørgensen | Oprettet | – |']);
  });
});

describe('a round’s printable report', () => {
  it('shows the round, its results and follow-up, and prints on request', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { wrapper } = await start('/tilsyn/runder/7/rapport', roundApi());
    const main = wrapper.get('main');
    expect(main.get('h1').text()).toBe('Rapport: Tilsyn BCH november');
    expect(main.findAll('h2').map((h) => h.text())).toEqual(['Om runden', 'Resultater', 'Opfølgning']);
    expect(main.find('.chart-stub').exists()).toBe(true);
    expect(plain(main.text())).toContain('Undervis i partshøring');
    await button(wrapper, 'Udskriv rapport').trigger('click');
    expect(print).toHaveBeenCalledOnce();
  });
});
