// @vitest-environment happy-dom
import type { DOMWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppealsFieldsFragment, ComplaintsFieldsFragment } from '../../client/gql/graphql';
import da from '../../client/i18n/da';
import { appeals, complaints, departmentFigures, overTime, scopeFigures } from './complaintsFixtures';
import { DEPARTMENTS } from './fixtures';
import { start, type Answer } from './timelinessApp';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const PAGE = '/klager?scope=BCH&asOf=2026-11-23';
const HIDDEN = da.figure.hidden;

const ANSWERS: Record<string, Answer> = {
  Departments: () => ({ departments: DEPARTMENTS }),
  ComplaintsScope: () => scopeFigures(),
  ComplaintsDepartments: () => departmentFigures(),
  ComplaintsOverTime: (v) => overTime(v.granularity as string),
};

type Node = Omit<DOMWrapper<Element>, 'exists'>;
const cells = (panel: Node) =>
  panel.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text().replace(/\u00a0/g, ' ')));
const panelTitled = (root: Node, title: string) =>
  root.findAll('section.chart-panel').find((s) => s.get('.panel__title').text() === title)!;

/** Primary suppression as the API applies it for the committee: every count from 1 to 4 is "< 5". */
function belowFive<T extends { suppressed: Array<{ field: string; reason: string }>; withheld: boolean }>(figures: T, fields: string[]): T {
  const out = { ...figures, suppressed: [...figures.suppressed] };
  const values = out as unknown as Record<string, unknown>;
  for (const field of fields) {
    const value = values[field];
    if (typeof value === 'number' && value >= 1 && value <= 4) {
      values[field] = null;
      out.suppressed.push({ field, reason: 'BELOW_FIVE' });
      out.withheld = true;
    }
  }
  return out;
}
function committeeComplaints(c: ComplaintsFieldsFragment): ComplaintsFieldsFragment {
  return {
    ...belowFive(c, ['total']),
    byCategory: c.byCategory.map((cell) =>
      cell.count !== null && cell.count >= 1 && cell.count <= 4 ? { ...cell, count: null, per1000Decisions: null, withheld: true, reason: 'BELOW_FIVE' as const } : cell,
    ),
  };
}
function committeeAppeals(a: AppealsFieldsFragment): AppealsFieldsFragment {
  const out = belowFive(a, ['decided', 'upheld', 'changed', 'remitted', 'dismissed', 'pending']);
  // The rate's base is the appeals decided on their merits.
  const base = a.upheld! + a.changed! + a.remitted!;
  return base > 0 && base < 5 ? { ...out, reversalRate: null, withheld: true, suppressed: [...out.suppressed, { field: 'reversalRate', reason: 'SMALL_BASE' }] } : out;
}
function committeeTable() {
  const table = departmentFigures().figures.complaintsByDepartment;
  const below = { count: null, withheld: true, reason: 'BELOW_FIVE' as const };
  const secondary = { count: null, withheld: true, reason: 'SECONDARY' as const };
  const shown = (count: number) => ({ count, withheld: false, reason: null });
  const [myn, afd2, afd10] = table.rows;
  return {
    ...table,
    rows: [
      { ...myn!, cells: [secondary, below, below, below, below] },
      { ...afd2!, cells: [below, below, below, shown(0), shown(0)] },
      { ...afd10!, cells: [shown(0), shown(0), below, below, shown(0)], total: below, per1000Decisions: null, per1000Withheld: true },
    ],
    columnTotals: [shown(8), shown(5), below, below, below],
  };
}

const COMMITTEE: Record<string, Answer> = {
  ...ANSWERS,
  ComplaintsScope: () => {
    const { figures } = scopeFigures();
    return { figures: { ...figures, complaints: committeeComplaints(figures.complaints), appeals: committeeAppeals(figures.appeals) } };
  },
  ComplaintsDepartments: () => ({
    figures: {
      // The server's table pattern, by hand: "< 5" cells, then column PROCESSING_TIME had one hidden
      // cell (Afdeling 2), so its smallest other non-zero cell (Myndighed Børn, 5) is hidden too.
      complaintsByDepartment: committeeTable(),
      children: departmentFigures().figures.children.map((c) => ({ ...c, appeals: committeeAppeals(c.appeals) })),
    },
  }),
};

describe('the Klager og ankesager page', () => {
  it('shows the key figures, complaints over time, by department and category, and appeals', async () => {
    const { wrapper } = await start(PAGE, ANSWERS);
    const main = wrapper.get('main');
    expect(main.get('h1').text()).toBe('Klager og ankesager');
    expect(main.text()).toContain('Børnecenter Handicap · periode 24.11.2025–23.11.2026 · opgjort pr. 23.11.2026');
    expect(main.get('.breadcrumb').findAll('li').map((li) => li.text())).toEqual(['Socialforvaltningen', 'Børnecenter Handicap']);
    expect(main.findAll('h2').map((h) => h.text())).toEqual([
      'Klager til borgerrådgiveren', 'Klager over tid efter emne', 'Klager pr. enhed og emne', 'Ankesager',
    ]);

    const tiles = main.findAll('.kpi').map((k) => k.text().replace(/\u00a0/g, ' '));
    expect(tiles[0]).toMatch(/^Klager i perioden\s*20/);
    expect(tiles[0]).toContain('Flest om: sagsbehandlingstid og manglende svar (8).');
    expect(tiles[1]).toMatch(/^Klager pr\. 1\.000 afgørelser\s*25/);
    expect(tiles[1]).toContain('20 klager i forhold til 800 afgørelser.');
    expect(tiles[2]).toMatch(/^Afgørelser i perioden\s*800/);
    expect(tiles[3]).toMatch(/^Omgørelsesprocent i ankesager\s*25,0 %/);
    expect(tiles[3]).toContain('Stadfæstet: 30 · ændret: 6 · hjemvist: 4');
    expect(tiles[3]).toContain('Afvist: 3 – indgår ikke i procenten');
    expect(tiles[3]).toContain('Verserende pr. 23.11.2026: 7');

    const overTimePanel = panelTitled(main, 'Klager over tid efter emne');
    expect(overTimePanel.findAll('.chart-stub')).toHaveLength(1);
    expect(overTimePanel.text()).toContain('I alt 20 klager. Flest i 2. kvt. 2026: 9.');

    expect(cells(panelTitled(main, 'Klager pr. enhed og emne'))).toEqual([
      ['Myndighed Børn', '5', '3', '2', '1', '1', '12', '500', '24'],
      ['Afdeling 2', '3', '2', '1', '0', '0', '6', '250', '24'],
      ['Afdeling 10', '0', '0', '1', '1', '0', '2', '50', '40'],
      ['Børnecenter Handicap i alt', '8', '5', '4', '2', '1', '20', '800', '25'],
    ]);
    const appealsPanel = panelTitled(main, 'Ankesager');
    expect(cells(appealsPanel)).toEqual([
      ['Myndighed Børn', '20,0 %', '20', '4', '1', '2', '27', '5'],
      ['Afdeling 2', '38,5 %', '8', '2', '3', '1', '14', '2'],
      ['Afdeling 10', '0,0 %', '2', '0', '0', '0', '2', '0'],
      ['Børnecenter Handicap i alt', '25,0 %', '30', '6', '4', '3', '43', '7'],
    ]);
    const coverage = appealsPanel.get('[data-testid="appeals-coverage"]').text();
    expect(coverage).toContain('Omgørelsesprocenten dækker kun sager, der er anket; den siger intet om de afgørelser, der ikke blev anket.');
    expect(coverage).toContain('Afviste ankesager indgår ikke i nævneren.');
  });

  it('lists the page in the navigation after Personale og kontinuitet', async () => {
    const { wrapper } = await start(PAGE, ANSWERS);
    const links = wrapper.findAll('.main-nav__link').map((a) => a.text());
    expect(links.slice(2, 4)).toEqual(['Personale og kontinuitet', 'Klager og ankesager']);
    expect(wrapper.find('.main-nav__link[aria-current="page"]').text()).toBe('Klager og ankesager');
  });

  it('switches complaints over time to months and shows the chart as a table', async () => {
    const { wrapper, calls } = await start(PAGE, ANSWERS);
    const panel = () => panelTitled(wrapper.get('main'), 'Klager over tid efter emne');
    expect(calls.filter((c) => c.name === 'ComplaintsOverTime').map((c) => c.variables.granularity)).toEqual(['QUARTER']);
    await panel().findAll('button').find((b) => b.text() === 'Vis som tabel')!.trigger('click');
    expect(cells(panel()).map((row) => row[0])).toEqual(['4. kvt. 2025', '1. kvt. 2026', '2. kvt. 2026']);

    await panel().findAll('button[aria-pressed]').find((b) => b.text() === 'Måned')!.trigger('click');
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls.filter((c) => c.name === 'ComplaintsOverTime').map((c) => c.variables.granularity)).toEqual(['QUARTER', 'MONTH']);
    expect(cells(panel())).toEqual([['jan. 2026', '0', '1', '0', '0', '0', '1', '60', '16,7']]);
  });

  it('downloads each table as CSV, as shown', async () => {
    const { wrapper } = await start(PAGE, ANSWERS);
    const blobs: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => { blobs.push(blob as Blob); return 'blob:x'; });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const lines = async (index: number) => (await blobs[index]!.text()).replace(/^\uFEFF/, '').replace(/\u00a0/g, ' ').split('\r\n');
    const download = (title: string) => panelTitled(wrapper.get('main'), title).findAll('button').find((b) => b.text().startsWith('Hent CSV'))!.trigger('click');

    await download('Klager pr. enhed og emne');
    const byDepartment = await lines(0);
    expect(byDepartment[0]).toBe('Enhed,Sagsbehandlingstid og manglende svar,Service,Information om sagens forløb,Selve afgørelsen,Andet,Klager i alt,Afgørelser,Klager pr. 1.000 afgørelser');
    expect(byDepartment.slice(1, 5)).toEqual([
      'Myndighed Børn,5,3,2,1,1,12,500,24', 'Afdeling 2,3,2,1,0,0,6,250,24', 'Afdeling 10,0,0,1,1,0,2,50,40', 'Børnecenter Handicap i alt,8,5,4,2,1,20,800,25',
    ]);
    await download('Ankesager');
    const appealsCsv = await lines(1);
    expect(appealsCsv[0]).toBe('Enhed,Omgørelsesprocent i ankesager,Stadfæstet,Ændret,Hjemvist,Afvist,Afgjort i alt,Verserende pr. 23.11.2026');
    expect(appealsCsv[2]).toBe('Afdeling 2,"38,5 %",8,2,3,1,14,2');
    await download('Klager over tid efter emne');
    expect((await lines(2))[1]).toBe('4. kvt. 2025,1,2,2,0,0,5,100,50');
    createObjectURL.mockRestore();
    revoke.mockRestore();
  });

  it('shows the committee "< 5" and the withheld word, never a number from 1 to 4', async () => {
    const { wrapper, router } = await start(PAGE, COMMITTEE, 'committee');
    expect(router.currentRoute.value.name).toBe('complaints');
    const main = wrapper.get('main');
    expect(cells(panelTitled(main, 'Klager pr. enhed og emne'))).toEqual([
      ['Myndighed Børn', HIDDEN, '< 5', '< 5', '< 5', '< 5', '12', '500', '24'],
      ['Afdeling 2', '< 5', '< 5', '< 5', '0', '0', '6', '250', '24'],
      ['Afdeling 10', '0', '0', '< 5', '< 5', '0', '< 5', '50', HIDDEN],
      ['Børnecenter Handicap i alt', '8', '5', '< 5', '< 5', '< 5', '20', '800', '25'],
    ]);
    const appealsPanel = panelTitled(main, 'Ankesager');
    expect(cells(appealsPanel)).toEqual([
      ['Myndighed Børn', '20,0 %', '20', '< 5', '< 5', '< 5', '27', '5'],
      ['Afdeling 2', '38,5 %', '8', '< 5', '< 5', '< 5', '14', '< 5'],
      ['Afdeling 10', HIDDEN, '< 5', '0', '0', '0', '< 5', '0'],
      ['Børnecenter Handicap i alt', '25,0 %', '30', '6', '< 5', '< 5', '43', '7'],
    ]);
    const tiles = main.findAll('.kpi').map((k) => k.text());
    expect(tiles[3]).toContain('Stadfæstet: 30 · ændret: 6 · hjemvist: < 5');
    expect(tiles[3]).toContain('Afvist: < 5 – indgår ikke i procenten');
    expect(appealsPanel.text()).toContain('»< 5« betyder 1–4.');
    // No figure on the page is a whole number from 1 to 4 (dates and the "< 5" sign aside).
    const numbers = main.findAll('td, .kpi__value, .kpi__detail').flatMap((el) => el.text().replace(/\d{2}\.\d{2}\.\d{4}|< 5|1\.000/g, '').match(/\b\d+\b/g) ?? []);
    expect(numbers.filter((n) => Number(n) >= 1 && Number(n) <= 4)).toEqual([]);
  });

  it('keeps a failing query to its own sections and retries it', async () => {
    const answers: Record<string, Answer> = { ...ANSWERS };
    delete answers.ComplaintsDepartments;
    const { wrapper } = await start(PAGE, answers);
    const alerts = wrapper.findAll('[role="alert"]');
    expect(alerts).toHaveLength(2);
    expect(alerts[0]!.text()).toContain('No ComplaintsDepartments');
    expect(wrapper.findAll('.kpi')).toHaveLength(3);
    expect(wrapper.find('[data-testid="appeals-coverage"]').exists()).toBe(false);

    answers.ComplaintsDepartments = ANSWERS.ComplaintsDepartments!;
    await alerts[0]!.get('button').trigger('click');
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(wrapper.findAll('[role="alert"]')).toHaveLength(0);
    expect(cells(panelTitled(wrapper.get('main'), 'Klager pr. enhed og emne'))).toHaveLength(4);
  });

  it('says so when nothing came in, and tabulates a scope without departments as one row', async () => {
    const none = complaints(120, {});
    const { wrapper } = await start(PAGE, {
      ...ANSWERS,
      ComplaintsScope: () => ({ figures: { ...scopeFigures().figures, complaints: none, appeals: appeals(0, 0, 0, 0, 0) } }),
      ComplaintsOverTime: () => ({ figures: { complaintsOverTime: [{ from: '2026-01-01', to: '2026-03-31', ...none }] } }),
      ComplaintsDepartments: () => ({ figures: { complaintsByDepartment: { categories: [], rows: [], columnTotals: [], total: { count: 0, withheld: false, reason: null } }, children: [] } }),
    });
    const main = wrapper.get('main');
    expect(panelTitled(main, 'Klager over tid efter emne').text()).toContain('Der er ikke modtaget klager i perioden.');
    expect(panelTitled(main, 'Klager pr. enhed og emne').text()).toContain('Der er ikke modtaget klager i perioden.');
    expect(panelTitled(main, 'Ankesager').text()).toContain('Ankestyrelsen har ikke afgjort nogen ankesager i perioden, og ingen verserer.');
    expect(main.findAll('.kpi')[1]!.text()).toContain('0 klager i forhold til 120 afgørelser.');

    const { wrapper: leaf } = await start(PAGE, { ...ANSWERS, ComplaintsDepartments: () => ({ figures: { complaintsByDepartment: { categories: [], rows: [], columnTotals: [], total: { count: 0, withheld: false, reason: null } }, children: [] } }) });
    const table = panelTitled(leaf.get('main'), 'Klager pr. enhed og emne');
    expect(table.text()).toContain('Klager modtaget i perioden i Børnecenter Handicap efter emne');
    expect(cells(table)).toEqual([['Børnecenter Handicap i alt', '8', '5', '4', '2', '1', '20', '800', '25']]);
  });
});
