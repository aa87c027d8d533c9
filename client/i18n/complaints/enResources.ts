import type da from './daResources';

/** Resources in balance: the section on the Staff and continuity page. */
export default {
  heading: 'Resources',
  lead: 'Cases per caseworker is the open cases on {asOf} divided by the caseworkers employed that day. Decisions per caseworker-year is the cases decided in the period divided by the average number of caseworkers in the period, converted to whole years. The table also shows the figures they rest on.',
  empty: 'There are no open cases, decisions or caseworkers to show for {name}.',
  columns: {
    backlog: 'Open cases',
    headcountOnAsOf: 'Employed on {asOf}',
    decided: 'Cases decided',
    averageHeadcount: 'Average caseworkers',
  },
} satisfies typeof da;
