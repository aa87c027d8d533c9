import type da from './da';

export default {
  hidden: 'withheld',
  belowFiveTitle: 'Fewer than 5. The exact number is not shown, to protect privacy.',
  hiddenTitle: 'Withheld to protect privacy.',
  withheldNote: '“< 5” means 1–4. “withheld” means the figure rests on fewer than 5 cases or persons, or would reveal another withheld figure.',
  days: '{n} day | {n} days',
  unit: {
    DAYS: '{n} day | {n} days',
    WEEKS: '{n} week | {n} weeks',
    MONTHS: '{n} month | {n} months',
  },
  unitName: {
    DAYS: 'days',
    WEEKS: 'weeks',
    MONTHS: 'months',
  },
  ageBand: {
    range: '{from}–{to} days',
    over: 'Over {days} days',
  },
  showTable: 'Show as table',
  downloadCsv: 'Download CSV',
  /** The name of a table's scroll region (it must differ from the section around it). */
  tableRegion: 'Table: {caption}',
} satisfies typeof da;
