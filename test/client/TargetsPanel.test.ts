// @vitest-environment happy-dom
import type { DOMWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IndicatorKey } from '../../client/gql/graphql';
import { indicator, overviewFigures, settle, start, type Answer } from './overviewFixtures';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const URL = '/?scope=BCH&asOf=2026-11-23';
const NBSP = '\u00a0';
const SOC = { id: 'SOC', name: 'Socialforvaltningen' };
const AFD2 = { id: 'AFD-2', name: 'Afdeling 2' };

interface Own { value: number | null; low: number | null; high: number | null; setAt: string }

/**
 * A server that remembers Afdeling 2's own targets: Socialforvaltningen's 85 % timeliness target
 * is inherited until one is set; Afdeling 2's 68,2 % is red against 85 % and amber against 70 %.
 */
function targetServer(failSet?: string): Record<string, Answer> {
  const own = new Map<IndicatorKey, Own>();
  const history: Array<Own & { indicator: IndicatorKey; cleared: boolean }> = [];
  const inForce = (key: IndicatorKey) => {
    const mine = own.get(key);
    if (mine) return { indicator: key, ...mine, inherited: false, setOn: AFD2, setBy: 'Dorte Direktør' };
    if (key !== 'TIMELINESS') return null;
    return { indicator: key, value: 0.85, low: null, high: null, inherited: true, setOn: SOC, setBy: 'Bo Borgmester', setAt: '2026-01-05T09:30:00.000Z' };
  };
  const status = () => ((inForce('TIMELINESS')?.value ?? 0) <= 0.7 ? 'AMBER' : 'RED');
  let clock = 0;
  return {
    IndicatorOverview: () => {
      const answer = overviewFigures();
      const afd2 = answer.figures.children.find((c) => c.scope.id === 'AFD-2')!;
      afd2.indicators = afd2.indicators.map((i) => (i.key === 'TIMELINESS' ? { ...i, status: status(), target: inForce('TIMELINESS') } : i));
      return answer;
    },
    IndicatorTargetPanel: (v) => {
      const key = v.indicator as IndicatorKey;
      const base = indicator(key, key === 'TIMELINESS' ? { value: 0.682, status: status() } : { value: 31.5 });
      return {
        figures: { scope: AFD2, indicators: [{ ...base, target: inForce(key) }] },
        indicatorTargetHistory: history.filter((h) => h.indicator === key).map((h) => ({ ...h, setBy: 'Dorte Direktør' })),
      };
    },
    SetIndicatorTarget: (v) => {
      if (failSet) throw new Error(failSet);
      const input = v.input as { indicator: IndicatorKey; value?: number; low?: number; high?: number };
      const change = { value: input.value ?? null, low: input.low ?? null, high: input.high ?? null, setAt: `2026-11-2${++clock}T12:00:00.000Z` };
      own.set(input.indicator, change);
      history.unshift({ ...change, indicator: input.indicator, cleared: false });
      return { setIndicatorTarget: inForce(input.indicator) };
    },
    ClearIndicatorTarget: (v) => {
      const key = v.indicator as IndicatorKey;
      own.delete(key);
      history.unshift({ value: null, low: null, high: null, setAt: `2026-11-2${++clock}T13:00:00.000Z`, indicator: key, cleared: true });
      return { clearIndicatorTarget: inForce(key) };
    },
  };
}

async function openTargets(answers: Record<string, Answer>) {
  const app = await start(URL, answers);
  const button = app.wrapper.findAll('.overview-matrix__action button').find((b) => b.text().includes('Afdeling 2'))!;
  await button.trigger('click');
  await settle();
  return { ...app, panel: () => app.wrapper.get('section.target-panel') };
}

const timelinessOf = (wrapper: { findAll: (s: string) => DOMWrapper<Element>[] }, row: number) =>
  wrapper.findAll('table.overview-matrix__table tbody tr')[row]!.findAll('td')[0]!;

describe('setting targets on the overview', () => {
  it('shows the inherited target, saves a new one in [0, 1], and the matrix shows the new status', async () => {
    const { wrapper, calls, panel } = await openTargets(targetServer());
    expect(panel().get('h3').text()).toBe('Mål for Afdeling 2');
    expect(document.activeElement).toBe(panel().get('h3').element);
    expect(panel().get('.facts dd').text()).toContain(`mindst 85,0${NBSP}%`);
    expect(panel().get('.facts dd').text()).toContain('Arvet fra Socialforvaltningen, sat af Bo Borgmester den 05.01.2026');
    expect(panel().text()).toContain(`Værdi i perioden: 68,2${NBSP}%. Mål ikke nået.`);
    expect(panel().text()).toContain('Målet for Rettidighed er aldrig ændret på Afdeling 2.');
    expect(panel().findAll('button').map((b) => b.text())).not.toContain('Fjern eget mål');
    expect(timelinessOf(wrapper, 1).classes()).toContain('overview-matrix__cell--red');
    const input = panel().get('input');
    expect((input.element as HTMLInputElement).value).toBe('85');
    expect(panel().get('label[for="' + input.attributes('id') + '"]').text()).toBe('Mindst');

    await input.setValue('70');
    await panel().get('form').trigger('submit');
    await settle();
    expect(calls.filter((c) => c.name === 'SetIndicatorTarget').map((c) => c.variables)).toEqual([
      { input: { department: 'AFD-2', indicator: 'TIMELINESS', value: 0.7 } },
    ]);
    expect(calls.filter((c) => c.name === 'IndicatorOverview')).toHaveLength(2);
    expect(timelinessOf(wrapper, 1).classes()).toContain('overview-matrix__cell--amber');
    expect(timelinessOf(wrapper, 1).get('a').attributes('aria-label')).toContain('tæt på målet');
    expect(panel().get('[role="status"]').text()).toBe('Målet er gemt.');
    expect(panel().get('.facts dd').text()).toContain('Sat på Afdeling 2 af Dorte Direktør den 21.11.2026');
    const history = panel().findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()));
    expect(history).toHaveLength(1);
    expect(history[0]!.slice(1)).toEqual(['Sat', `mindst 70,0${NBSP}%`, 'Dorte Direktør']);

    // Removing the own target: Afdeling 2 inherits 85 % again.
    const remove = panel().findAll('button').find((b) => b.text() === 'Fjern eget mål')!;
    await remove.trigger('click');
    await settle();
    expect(calls.filter((c) => c.name === 'ClearIndicatorTarget').map((c) => c.variables)).toEqual([{ department: 'AFD-2', indicator: 'TIMELINESS' }]);
    expect(panel().get('[role="status"]').text()).toBe('Det egne mål er fjernet.');
    expect(panel().get('.facts dd').text()).toContain('Arvet fra Socialforvaltningen');
    expect(panel().findAll('tbody tr').map((tr) => tr.findAll('td')[0]!.text())).toEqual(['Fjernet', 'Sat']);
    expect(timelinessOf(wrapper, 1).classes()).toContain('overview-matrix__cell--red');
  });

  it('checks the number before sending it, and asks for a band where the indicator has one', async () => {
    const { calls, panel } = await openTargets(targetServer());
    await panel().get('input').setValue('120');
    await panel().get('form').trigger('submit');
    expect(panel().get('.field__error').text()).toBe('En procent skal ligge mellem 0 og 100.');
    expect(panel().get('input').attributes('aria-invalid')).toBe('true');
    expect(calls.some((c) => c.name === 'SetIndicatorTarget')).toBe(false);

    await panel().get('select').setValue('CASELOAD');
    await settle();
    expect(panel().text()).toContain('Der er intet mål for Afdeling 2 eller for en enhed over den.');
    expect(panel().findAll('label.field__sublabel').map((l) => l.text())).toEqual(['Fra', 'Til']);
    const [low, high] = panel().findAll('input');
    await low!.setValue('25');
    await high!.setValue('35,5');
    await panel().get('form').trigger('submit');
    await settle();
    expect(calls.filter((c) => c.name === 'SetIndicatorTarget').map((c) => c.variables)).toEqual([
      { input: { department: 'AFD-2', indicator: 'CASELOAD', low: 25, high: 35.5 } },
    ]);
    expect(panel().get('.facts dd').text()).toContain('mellem 25 og 35,5');
  });

  it('shows why the server refused the target', async () => {
    const { calls, panel } = await openTargets(targetServer('Afdeling 2 is outside your departments'));
    await panel().get('input').setValue('70');
    await panel().get('form').trigger('submit');
    await settle();
    const alert = panel().get('[role="alert"]');
    expect(alert.text()).toContain('Målet blev ikke gemt:');
    expect(alert.text()).toContain('Afdeling 2 is outside your departments');
    expect(panel().find('[role="status"]').exists()).toBe(false);
    expect(calls.filter((c) => c.name === 'IndicatorOverview')).toHaveLength(1);
  });
});
