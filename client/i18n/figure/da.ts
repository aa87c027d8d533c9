/** Figures shared by every page: withheld figures, units, chart and table tools. */
export default {
  hidden: 'skjult',
  belowFiveTitle: 'Færre end 5. Det præcise tal vises ikke af hensyn til diskretion.',
  hiddenTitle: 'Skjult af hensyn til diskretion.',
  withheldNote: '»< 5« betyder 1–4. »skjult« betyder, at tallet bygger på færre end 5 sager eller personer, eller at det ville afsløre et andet skjult tal.',
  days: '{n} dag | {n} dage',
  unit: {
    DAYS: '{n} dag | {n} dage',
    WEEKS: '{n} uge | {n} uger',
    MONTHS: '{n} md. | {n} mdr.',
  },
  unitName: {
    DAYS: 'dage',
    WEEKS: 'uger',
    MONTHS: 'måneder',
  },
  ageBand: {
    range: '{from}–{to} dage',
    over: 'Over {days} dage',
  },
  showTable: 'Vis som tabel',
  downloadCsv: 'Hent CSV',
  /** The name of a table's scroll region (it must differ from the section around it). */
  tableRegion: 'Tabel: {caption}',
};
