/** Fake answers for the Ledelsestilsyn pages, shaped like the schema. */

export const ITEMS = [
  { number: 1, text: 'Sagen var tilstrækkeligt oplyst.', legalReference: 'Officialprincippet', ruleType: 'MANDATORY_SAFEGUARD' },
  { number: 2, text: 'Borgeren blev partshørt.', legalReference: 'Forvaltningsloven § 19', ruleType: 'MANDATORY_SAFEGUARD' },
  { number: 3, text: 'Afgørelsen har klagevejledning.', legalReference: 'Forvaltningsloven § 25', ruleType: 'PROCEDURAL' },
];

export function round(extra: Record<string, unknown> = {}) {
  return {
    id: '7',
    name: 'Tilsyn BCH november',
    status: 'IN_REVIEW',
    createdAt: '2026-11-20T09:00:00.000Z',
    createdBy: 'Mette Jørgensen',
    closedAt: null,
    seed: 'solsikke-2026',
    reserveShare: 0.2,
    stratification: 'DEPARTMENT',
    allocationMethod: 'PROPORTIONAL',
    scope: { id: 'BCH', name: 'Børnecenter Handicap' },
    frame: { kind: 'DECIDED_IN_PERIOD', period: { from: '2025-11-24', to: '2026-11-23' }, asOf: '2026-11-23', caseTypes: [], excludeEarlierRounds: true, size: 412 },
    checklist: { version: 1, items: ITEMS },
    strata: [
      { key: 'MYN-B', frameSize: 300, allocated: 2, department: { id: 'MYN-B', name: 'Myndighed Børn' }, caseType: null },
      { key: 'AFD-2', frameSize: 112, allocated: 1, department: { id: 'AFD-2', name: 'Afdeling 2' }, caseType: null },
    ],
    progress: { sampled: 3, assigned: 1, submitted: 1, eliminated: 0 },
    ...extra,
  };
}

export function roundListEntry(extra: Record<string, unknown> = {}) {
  const r = round();
  return { id: r.id, name: r.name, status: r.status, createdAt: r.createdAt, createdBy: r.createdBy, scope: r.scope, frame: r.frame, progress: r.progress, ...extra };
}

const reviewer = { username: 'test-reviewer', displayName: 'Søren Nielsen' };

export function sampled(id: string, stratumKey: string, position: number, status: string, extra: Record<string, unknown> = {}) {
  return {
    stratumKey, position, fromReserve: false, replaces: null, status,
    case: { id, receivedOn: '2026-01-05', decidedOn: '2026-03-01', caseType: { id: 'CT-41', name: 'Merudgifter' } },
    review: status === 'UNASSIGNED' ? null : { id: `r-${id}`, status: status === 'SUBMITTED' ? 'SUBMITTED' : 'DRAFT', submittedAt: null, reviewer },
    secondReview: null,
    ...extra,
  };
}

export function proportion(successes: number, trials: number) {
  const estimate = trials > 0 ? successes / trials : null;
  return { successes, trials, estimate, lower: estimate === null ? null : Math.max(0, estimate - 0.2), upper: estimate === null ? null : Math.min(1, estimate + 0.1) };
}

export function scopeProportion(successes: number, trials: number) {
  const pooled = proportion(successes, trials);
  return {
    pooled,
    stratified: pooled.estimate === null ? null : { estimate: pooled.estimate, standardError: 0.05, lower: pooled.lower!, upper: pooled.upper! },
    strata: [],
  };
}

export function results(reviewed = 4) {
  return {
    reviewed,
    minorDeficiencies: 1,
    significantDeficiencies: 1,
    previousRoundId: null,
    inOrderChangeSincePrevious: null,
    items: ITEMS.map((item, i) => ({ item, notRelevant: i, changeSincePrevious: null, compliance: scopeProportion(3 - (i === 1 ? 2 : 0), 4 - i) })),
    inOrder: scopeProportion(2, 4),
    mandatoryBreach: scopeProportion(1, 4),
    upheld: proportion(3, 4),
    changed: proportion(1, 4),
    remitted: proportion(0, 4),
  };
}

export const CASE = {
  id: 'C-101',
  citizenPseudonym: 'P-123',
  caseType: { id: 'CT-41', name: 'Merudgifter', legalBasis: 'Serviceloven § 41' },
  department: { id: 'MYN-B', name: 'Myndighed Børn' },
  receivedOn: '2026-01-05',
  decidedOn: '2026-03-20',
  closedOn: null,
  outcome: 'GRANTED',
  deadline: { effectiveFrom: '2024-01-01', value: 8, unit: 'WEEKS' },
  dueDate: '2026-03-02',
  assignments: [{ caseworker: { id: 'CW1', displayName: 'Anna Andersen' }, from: '2026-01-06', to: null }],
  contacts: [{ on: '2026-02-01', channel: 'PHONE', caseworker: { id: 'CW1', displayName: 'Anna Andersen' } }],
  appeals: [],
};

export function review(extra: Record<string, unknown> = {}) {
  return {
    id: '55',
    roundId: '7',
    roundName: 'Tilsyn BCH november',
    level: 'FIRST',
    status: 'DRAFT',
    overall: null,
    decision: null,
    note: null,
    savedAt: null,
    submittedAt: null,
    reviewer: { username: 'test-reviewer', displayName: 'Søren Nielsen' },
    answers: ITEMS.map((i) => ({ itemNumber: i.number, answer: null, note: null })),
    case: CASE,
    checklist: { version: 1, items: ITEMS },
    ...extra,
  };
}
