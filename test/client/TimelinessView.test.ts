// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIGURES, start } from './timelinessApp';
import { departmentFigures } from './timelinessFixtures';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('the Rettidighed page', () => {
  it('shows the key figures and every section for the selected scope', async () => {
    const { wrapper, calls } = await start('/rettidighed?scope=BCH&asOf=2026-11-23', FIGURES);
    const main = wrapper.get('main');
    expect(main.get('h1').text()).toBe('Rettidighed');
    expect(main.text()).toContain('Børnecenter Handicap · afgjort 24.11.2025–23.11.2026 · opgjort pr. 23.11.2026');

    const tiles = main.findAll('.kpi').map((k) => k.text());
    expect(tiles[0]).toContain('82,4\u00a0%');
    expect(tiles[0]).toContain('412 af 500 sager med frist');
    expect(tiles[0]).toContain('Under målet på 85\u00a0%');
    expect(tiles[1]).toContain('38 dage');
    expect(tiles[1]).toContain('80 % afgjort inden for 81 dage');
    expect(tiles[1]).toContain('Gældende frister: 8 uger – 3 mdr.');
    expect(tiles[2]).toContain('35 dage');
    expect(tiles[2]).toContain('80 %: 70,5 dage · 90 %: 92 dage');
    expect(tiles[3]).toContain('112');
    expect(tiles[3]).toContain('22 har overskredet fristen');

    const headings = main.findAll('h2').map((h2) => h2.text());
    expect(headings).toEqual([
      'Nøgletal',
      'Afgjort til tiden pr. enhed',
      'Udvikling pr. måned',
      'Enhederne sammenlignet',
      'Aldersfordeling af verserende sager',
      'Tid til afgørelse',
      'Sagsbehandlingstid pr. sagstype',
      'Fristens realisme',
      'Scenarie: en anden frist',
      'Overskredne sager',
    ]);
    expect(main.get('[data-testid="scenario-scenario"]').text()).toContain('84,9\u00a0%');
    expect(main.text()).toContain('1 af 3 enheder når målet.');
    expect(main.text()).toContain('Afdeling 2: 68,2\u00a0% af 220 sager – dårligere end tilfældigheder kan forklare');
    expect(main.findAll('.chart-stub').length).toBe(6);
    // Case-level data only with a purpose; figures without.
    expect(calls.find((c) => c.name === 'OpenCases')!.purpose).toBe('OVERDUE_LIST');
    expect(calls.find((c) => c.name === 'TimelinessScope')!.purpose).toBeUndefined();
  });

  it('switches a chart to its table and back with an accessible toggle', async () => {
    const { wrapper } = await start('/rettidighed?scope=BCH&asOf=2026-11-23', FIGURES);
    const panel = wrapper.findAll('section.chart-panel')[0]!;
    const toggle = panel.get('button[aria-pressed]');
    expect(toggle.attributes('aria-pressed')).toBe('false');
    await toggle.trigger('click');
    expect(toggle.attributes('aria-pressed')).toBe('true');
    expect(panel.findAll('tbody tr').map((tr) => tr.get('th').text())).toEqual(['Myndighed Børn', 'Afdeling 2', 'Afdeling 10']);
    expect(panel.find('.chart-stub').exists()).toBe(false);
  });

  it('keeps sections apart: a failing query shows its own error with a retry', async () => {
    const { wrapper } = await start('/rettidighed?scope=BCH&asOf=2026-11-23', { ...FIGURES, TimelinessTrend: undefined as never });
    const alerts = wrapper.findAll('[role="alert"]');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.text()).toContain('No TimelinessTrend');
    expect(wrapper.findAll('ul[aria-label="Nøgletal"] .kpi')).toHaveLength(4);
  });

  it('does not compare a single department, and shows one note for a scope without departments', async () => {
    const one = departmentFigures();
    one.figures.children = one.figures.children.slice(0, 1);
    one.figures.timelinessFunnel.points = one.figures.timelinessFunnel.points.slice(0, 1);
    const single = await start('/rettidighed?scope=BCH&asOf=2026-11-23', { ...FIGURES, TimelinessDepartments: () => one });
    expect(single.wrapper.text()).toContain('Sammenligningen kræver mindst to enheder under Børnecenter Handicap');
    single.wrapper.unmount();

    const none = departmentFigures();
    none.figures.children = [];
    none.figures.timelinessFunnel.points = [];
    const leaf = await start('/rettidighed?scope=BCH&asOf=2026-11-23', { ...FIGURES, TimelinessDepartments: () => none });
    const headings = leaf.wrapper.findAll('main h2').map((h) => h.text());
    expect(headings).not.toContain('Enhederne sammenlignet');
    expect(headings).not.toContain('Afgjort til tiden pr. enhed');
    expect(leaf.wrapper.get('main .notice--info').text()).toBe('Børnecenter Handicap har ingen underenheder.');
  });
});
