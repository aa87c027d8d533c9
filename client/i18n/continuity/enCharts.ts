import type da from './daCharts';

/** Staff and continuity: the chart sections. */
export default {
  departments: {
    heading: 'Staff turnover by department',
    lead: 'Leavers relative to the average number of caseworkers in each department under {name}, annualised so that periods of different length compare. The table has the leavers and headcounts.',
    summary: 'Staff turnover ranges from {min} to {max} across the departments.',
    overall: '{name}: {rate}',
    axis: 'Staff turnover, annualised',
    series: 'Staff turnover (annualised)',
    empty: '{name} has no sub-departments.',
  },
  headcount: {
    heading: 'Caseworkers and leavers over time',
    lead: 'The line is the average number of caseworkers employed (left axis), the bars the number of leavers (right axis). The first and last part of the period may be cut short.',
    headcount: 'Average caseworkers',
    leavers: 'Leavers',
    empty: 'There are no figures for the period.',
  },
  trend: {
    heading: 'Fixed caseworker and staff turnover over time',
    lead: 'The blue line is the share of decided cases that kept the same caseworker throughout (left axis). The brown line is the staff turnover, annualised (right axis). Quarters give a steadier picture than months, where a single leaver weighs heavily. The first and last part of the period may be cut short.',
    fixed: 'Fixed caseworker',
    turnover: 'Staff turnover (annualised)',
    empty: 'There are no figures for the period.',
  },
  scatter: {
    heading: 'Do staff turnover and the fixed caseworker go together?',
    lead: 'Each bubble is a department in one quarter: annualised staff turnover across, the share of cases with a fixed caseworker up. The larger the bubble, the more decided cases. Only department-quarters with at least 10 decided cases count. A relation does not show what causes what.',
    series: 'Department-quarters',
    tooltipTurnover: 'Staff turnover (annualised): {value}',
    tooltipFixed: 'Fixed caseworker: {value}',
    tooltipDecided: 'Decided cases: {value}',
    axisTurnover: 'Staff turnover, annualised',
    axisFixed: 'Fixed caseworker',
    columnCounts: 'Counts',
    counts: 'Yes',
    countsNot: 'No – fewer than {min} decided cases',
    empty: 'No department-quarter in the period has at least 10 decided cases.',
    rho: {
      negative: 'Spearman’s ρ = {rho} over {n} department-quarters: a {strength} negative relation. The higher the staff turnover, the fewer cases with a fixed caseworker – as a tendency, not in every quarter.',
      positive: 'Spearman’s ρ = {rho} over {n} department-quarters: a {strength} positive relation. The higher the staff turnover, the more cases with a fixed caseworker – as a tendency, not in every quarter.',
      none: 'Spearman’s ρ = {rho} over {n} department-quarters: no clear relation between staff turnover and the share of cases with a fixed caseworker.',
      strength: {
        weak: 'weak',
        moderate: 'moderate',
        strong: 'strong',
      },
      fewPairs: 'With so few department-quarters the figure is uncertain.',
      tooFew: 'Spearman’s ρ cannot be computed: no department-quarter has at least 10 decided cases, and at least 2 are needed. | Spearman’s ρ cannot be computed: only {n} department-quarter has at least 10 decided cases, and at least 2 are needed. | Spearman’s ρ cannot be computed: only {n} department-quarters have at least 10 decided cases, and at least 2 are needed.',
      constant: 'Spearman’s ρ cannot be computed over the {n} department-quarters, because the staff turnover or the fixed-caseworker share is the same in all of them.',
    },
  },
  histogram: {
    heading: 'Changes of caseworker per case',
    lead: 'The cases decided in the period, by how many times they changed caseworker along the way. 0 changes means a fixed caseworker. A case going from A to B and back to A has 2 changes.',
    related: '{share} of the changes ({related} of {changes}) came within 30 days of the previous caseworker leaving.',
    axisChanges: 'Changes of caseworker per case',
    axisCases: 'Decided cases',
    series: 'Decided cases',
    empty: 'No cases with a caseworker were decided in the period.',
  },
} satisfies typeof da;
