import type da from './da';
import plan from './enPlan';
import review from './enReview';
import round from './enRound';
import results from './enResults';

/** Supervisory review: the rounds list and shared words. */
export default {
  title: 'Supervisory review',
  description: 'Random samples of cases that management reviews against the checklist, with the share of cases in order and the national appeals board’s reversal rate.',
  lead: 'Management reviews a random sample of cases against the checklist. Anyone can draw each sample again from its seed, and every result says how precise it is.',
  planNew: 'Plan a new round',
  status: { IN_REVIEW: 'In review', FOLLOW_UP: 'Follow-up', CLOSED: 'Closed' },
  level: { FIRST: 'First review', SECOND: 'Second review' },
  reviewStatus: { DRAFT: 'Draft', SUBMITTED: 'Submitted' },
  ruleType: { MANDATORY_SAFEGUARD: 'Mandatory safeguard', PROCEDURAL: 'Procedural rule' },
  frame: {
    DECIDED_IN_PERIOD: 'Decided {from}–{to}',
    OPEN_AT: 'Open on {asOf}',
  },
  rounds: {
    heading: 'Rounds',
    caption: 'The rounds, newest first, with status and progress.',
    columnName: 'Round',
    columnScope: 'Department',
    columnFrame: 'Cases',
    columnStatus: 'Status',
    columnProgress: 'Progress',
    columnCreated: 'Created',
    progress: '{submitted} of {sampled} submitted',
    eliminated: '{n} eliminated',
    frameCases: '{n} cases in the frame',
    createdBy: '{at} by {by}',
    emptyTitle: 'There are no rounds yet',
    emptyBody: 'A round is a supervisory review of a random sample of cases: you choose which cases can be drawn and how many; Tilsyn draws them from a seed, so anyone can check the draw. The cases are reviewed against the checklist, and the results show the share of cases in order with its precision.',
    emptyReviewer: 'You have no rounds with cases assigned to you.',
  },
  mine: {
    heading: 'My reviews',
    lead: 'Cases for you to review, in rounds that are not closed.',
    caption: 'My reviews',
    columnCase: 'Case',
    columnRound: 'Round',
    columnCaseType: 'Case type',
    columnLevel: 'Review',
    columnStatus: 'Status',
    columnSaved: 'Last saved',
    notStarted: 'Not started',
    empty: 'You have no reviews in open rounds.',
  },
  plan,
  round,
  results,
  review,
} satisfies typeof da;
