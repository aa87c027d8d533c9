// The CSV of a round: semicolons, decimal commas, CRLF, BOM; formulas neutralised, numbers not.
import { describe, expect, it } from 'vitest';
import { csvRow, reviewsCsvRow, reviewsHeader } from '../../server/reviews/export-csv';

describe('CSV cells', () => {
  it('separate with semicolons, write decimal commas and quote text that needs it', () => {
    expect(csvRow(['Punkt 1', 0.625, -0.4, null, 3, 'a;b', 'sagt "nej"'])).toBe('Punkt 1;0,625;-0,4;;3;"a;b";"sagt ""nej"""\r\n');
  });

  it('neutralise text a spreadsheet would run, but not negative numbers', () => {
    expect(csvRow(['=HYPERLINK("x")', '-x', -1])).toBe('"\'=HYPERLINK(""x"")";\'-x;-1\r\n');
  });
});

describe('the sample with review outcomes', () => {
  const items = [1, 2, 3].map((number) => ({ number, text: `p${number}`, legalReference: null, ruleType: 'procedural' as const }));

  it('has a column per checklist item and Danish labels', () => {
    expect(reviewsHeader(items)).toContain('Punkt 3');
    expect(reviewsCsvRow({
      stratumKey: 'BORN', position: 2, fromReserve: true, replacesCaseId: 'C9', caseId: 'C1', citizenPseudonym: 'psn', caseTypeId: 'SEL-41',
      departmentId: 'BORN', receivedOn: '2024-01-02', decidedOn: '2024-03-01', eliminationReason: null, eliminationNote: null,
      firstReviewer: 'Rikke', firstStatus: 'submitted', firstOverall: 'minor_deficiencies', firstDecision: 'changed',
      firstSubmittedAt: '2026-02-01T10:00:00Z', firstAnswers: [{ itemNumber: 1, answer: 'yes', note: null }, { itemNumber: 3, answer: 'no', note: 'hemmeligt' }],
      secondReviewer: null, secondStatus: null, secondOverall: null, secondDecision: null,
    }, items)).toBe('BORN;2;Ja;C9;C1;SEL-41;BORN;2024-01-02;2024-03-01;;;Rikke;Indsendt;Mindre mangler;Ændres;2026-02-01T10:00:00Z;Ja;;Nej;;;;\r\n');
  });
});
