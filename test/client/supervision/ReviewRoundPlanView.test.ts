// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLAN_DEBOUNCE_MS } from '../../../client/composables/useReviewPlan';
import { button, plain, start, wait, type Variables } from './supervisionApp';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

/** A server that splits the frame 300/112 over two strata, proportionally or equally. */
function planner() {
  return {
    ReviewPlanCaseTypes: () => ({ caseTypes: [
      { id: 'CT-41', name: 'Merudgifter', department: { id: 'BCH', name: 'Børnecenter Handicap' } },
      { id: 'CT-42', name: 'Tabt arbejdsfortjeneste', department: { id: 'BCH', name: 'Børnecenter Handicap' } },
    ] }),
    ReviewRoundPlan: ({ input }: Variables) => {
      const { method, total, perStratum } = input.allocation;
      const a = method === 'EQUAL' ? [perStratum, perStratum] : [Math.round((total * 300) / 412), total - Math.round((total * 300) / 412)];
      return { reviewRoundPlan: { frameSize: 412, allocated: a[0] + a[1], strata: [
        { key: 'MYN-B', frameSize: 300, allocated: a[0], department: { id: 'MYN-B', name: 'Myndighed Børn' }, caseType: null },
        { key: 'AFD-2', frameSize: 112, allocated: a[1], department: { id: 'AFD-2', name: 'Afdeling 2' }, caseType: null },
      ] } };
    },
    SampleSize: ({ input }: Variables) => ({ sampleSize: { frameSize: input.frameSize, byMargin: 200, binomial: 29, hypergeometric: 28 } }),
    CreateReviewRound: () => ({ createReviewRound: { id: '9', seed: 'generated-seed' } }),
    ReviewRound: () => ({ reviewRound: null }),
  };
}

const previewRows = (wrapper: Awaited<ReturnType<typeof start>>['wrapper']) =>
  wrapper.findAll('.plan-preview tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()));

describe('planning a round', () => {
  it('shows the frame size and allocation per stratum for the store’s scope and period before drawing', async () => {
    const { wrapper, named } = await start('/tilsyn/ny?scope=BCH&from=2025-11-24&to=2026-11-23&asOf=2026-11-23', planner());
    await wait(PLAN_DEBOUNCE_MS + 50);
    expect(named('ReviewRoundPlan').at(-1)!.variables.input).toEqual({
      scope: 'BCH',
      frame: { kind: 'DECIDED_IN_PERIOD', period: { from: '2025-11-24', to: '2026-11-23' }, asOf: '2026-11-23', caseTypes: [], excludeEarlierRounds: true },
      strata: 'DEPARTMENT',
      allocation: { method: 'PROPORTIONAL', total: 30 },
    });
    const preview = plain(wrapper.get('.plan-preview').text());
    expect(preview).toContain('Rammen rummer 412 sager.');
    expect(preview).toContain('Der trækkes 30 sager og 7 reservesager.');
    expect(previewRows(wrapper)).toEqual([
      ['Myndighed Børn', '300', '22', '5'],
      ['Afdeling 2', '112', '8', '2'],
      ['I alt', '412', '30', '7'],
    ]);
    // The total row is bold, not marked as a warning (red).
    const total = wrapper.findAll('.plan-preview tbody tr').at(-1)!.findAll('th, td');
    expect(total.map((c) => [c.classes('cell--total'), c.classes('cell--strong')])).toEqual(total.map(() => [true, false]));
    expect((wrapper.get('input[maxlength="120"]').element as HTMLInputElement).value).toBe('Ledelsestilsyn Børnecenter Handicap 23.11.2026');
  });

  it('follows the form: open cases, equal allocation, case types', async () => {
    const { wrapper, named } = await start('/tilsyn/ny?scope=BCH&asOf=2026-11-23', planner());
    await wrapper.findAll('input[type="radio"]').find((r) => (r.element.parentElement?.textContent ?? '').includes('Verserende pr.'))!.setValue(true);
    await wrapper.findAll('input[type="radio"]').find((r) => (r.element.parentElement?.textContent ?? '').includes('Lige mange'))!.setValue(true);
    const size = wrapper.findAll('label').find((l) => l.text() === 'Sager pr. stratum')!;
    await wrapper.get(`#${size.attributes('for')}`).setValue('4');
    const types = wrapper.get('select[multiple]');
    (types.element as HTMLSelectElement).options[1]!.selected = true;
    await types.trigger('change');
    await wait(PLAN_DEBOUNCE_MS + 50);
    const input = named('ReviewRoundPlan').at(-1)!.variables.input;
    expect(input.frame).toMatchObject({ kind: 'OPEN_AT', period: null, caseTypes: ['CT-42'] });
    expect(input.allocation).toEqual({ method: 'EQUAL', perStratum: 4 });
    expect(previewRows(wrapper).at(-1)).toEqual(['I alt', '412', '8', '2']);
  });

  it('suggests a size by tolerable deviation rate from the live frame and puts it in the total', async () => {
    const { wrapper, named } = await start('/tilsyn/ny?scope=BCH', planner());
    await wait(PLAN_DEBOUNCE_MS + 50);
    await wrapper.findAll('input[type="radio"]').find((r) => (r.element.parentElement?.textContent ?? '').includes('Tolerabel'))!.setValue(true);
    await wait(350);
    expect(named('SampleSize').at(-1)!.variables.input).toEqual({ frameSize: 412, tolerableRate: 0.1, expectedDeviations: 0 });
    expect(wrapper.get('.sample-size-helper').text()).toContain('I en ramme på 412 sager er 28 nok');
    await button(wrapper, 'Brug 28 sager').trigger('click');
    await wait(PLAN_DEBOUNCE_MS + 50);
    expect(named('ReviewRoundPlan').at(-1)!.variables.input.allocation).toEqual({ method: 'PROPORTIONAL', total: 28 });
  });

  it('draws the round and goes to it', async () => {
    const { wrapper, named, router } = await start('/tilsyn/ny?scope=BCH', planner());
    await wait(PLAN_DEBOUNCE_MS + 50);
    const seed = wrapper.findAll('label').find((l) => l.text() === 'Frø (valgfrit)')!;
    await wrapper.get(`#${seed.attributes('for')}`).setValue('mit-frø');
    await wait(PLAN_DEBOUNCE_MS + 50);
    await button(wrapper, 'Træk stikprøve').trigger('submit');
    await wait(500);
    expect(named('CreateReviewRound')[0]!.variables.input).toMatchObject({
      scope: 'BCH', seed: 'mit-frø', reserveShare: 0.2, name: expect.stringContaining('Ledelsestilsyn'), allocation: { method: 'PROPORTIONAL', total: 30 },
    });
    // The round page is a lazily loaded chunk: wait for the navigation to finish.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('supervision-round'), { timeout: 10_000 });
    expect(router.currentRoute.value.params.id).toBe('9');
    expect(router.currentRoute.value.query.ny).toBe('1');
  });

  it('refuses to draw with an invalid size and says why', async () => {
    const { wrapper } = await start('/tilsyn/ny?scope=BCH', planner());
    const total = wrapper.findAll('label').find((l) => l.text() === 'Sager i alt')!;
    await wrapper.get(`#${total.attributes('for')}`).setValue('0');
    await wait(PLAN_DEBOUNCE_MS + 50);
    expect(wrapper.text()).toContain('Skriv et helt tal fra 1 til 10.000.');
    expect(wrapper.text()).toContain('Ret felterne ovenfor, så vises fordelingen.');
    expect(button(wrapper, 'Træk stikprøve').attributes('disabled')).toBeDefined();
  });

  it('offers a manager only their own departments', async () => {
    const { wrapper } = await start('/tilsyn/ny?scope=SOC', planner(), 'manager');
    const scope = wrapper.findAll('label').find((l) => l.text() === 'Enhed' && l.attributes('for')?.includes('scope'))!;
    const options = wrapper.get(`#${scope.attributes('for')}`).findAll('option').map((o) => o.text().trim());
    expect(options).toEqual(['Børnecenter Handicap', 'Afdeling 2', 'Afdeling 10', 'Myndighed Børn']);
  });
});
