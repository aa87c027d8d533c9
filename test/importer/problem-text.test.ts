// The importer's problem codes: each has its English text here and, word for word, the same in the
// pages' English (client/i18n/upload/problemsEn.ts), and a Danish text; none is known to one side only.
import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { PROBLEM_CODES, problemText, textOfStored } from '../../server/importer/problem-text';
import problemsDa from '../../client/i18n/upload/problemsDa';
import problemsEn from '../../client/i18n/upload/problemsEn';
import { problemText as pageText } from '../../client/utils/importProblems';

const SAMPLE: Record<string, string | number> = {
  files: 'cases.csv, departments.csv', reason: 'Quote Not Closed', file: 'cases.csv', columns: 'case_id, citizen_id',
  fields: 3, length: 70, allowed: 'granted, refused', other: 'received_on', date: '2024-01-02', outcome: 'granted',
  firstLine: 2, key: 'case_id', noun: 'case type', value: 'SEL-999', target: 'case_types.csv', owner: 'CW1', from: '2024-01-01', id: 'ADM',
};

function translator(locale: 'da' | 'en') {
  const i18n = createI18n({ legacy: false, locale, messages: { da: { upload: { problem: problemsDa } }, en: { upload: { problem: problemsEn } } } });
  return { t: (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {}), te: (key: string) => i18n.global.te(key) };
}

const codesOf = (texts: object) => Object.keys(texts).filter((key) => key !== 'part').sort();

describe('import problem texts', () => {
  it('are the same codes on the server and in both languages of the pages', () => {
    expect(codesOf(problemsEn)).toEqual([...PROBLEM_CODES].sort());
    expect(codesOf(problemsDa)).toEqual([...PROBLEM_CODES].sort());
  });

  it('read in the pages\' English exactly as the importer writes them, for every code and every overlap form', () => {
    const en = translator('en');
    const overlaps: Record<string, string | number>[] = [{}, { to: '2024-03-01' }, { line: 4 }, { to: '2024-03-01', line: 4 }];
    for (const code of PROBLEM_CODES) {
      for (const extra of code.endsWith('Overlap') ? overlaps : [{}]) {
        const stored = textOfStored(code, { ...SAMPLE, ...extra })!;
        expect(pageText(en, stored), code).toEqual({ text: stored.message, lang: null });
      }
    }
  });

  it('read in Danish with the stored values', () => {
    const da = translator('da');
    const overlap = problemText('employmentOverlap', { owner: 'CW2', from: '2017-03-01', line: 4 });
    expect(overlap.message).toBe('this employment of CW2 overlaps the period from 2017-03-01 (still open) on line 4');
    expect(pageText(da, overlap).text).toBe('denne ansættelse af CW2 overlapper perioden fra 2017-03-01 (stadig åben) på linje 4');
    expect(pageText(da, problemText('assignmentOverlap', { owner: 'C1', from: '2018-01-31', to: '2018-02-28' })).text)
      .toBe('denne tildeling af sag C1 overlapper perioden fra 2018-01-31 til 2018-02-28 (allerede importeret)');
    expect(pageText(da, problemText('unknownReference', { noun: 'case type', value: 'SEL-999', target: 'case_types.csv' })).text)
      .toBe('henviser til "SEL-999", som hverken findes i case_types.csv eller er importeret i forvejen');
    expect(pageText(da, problemText('fieldCount', { fields: 3, columns: 8 })).text).toBe('har 3 felter, men overskriftslinjen har 8 kolonner');
  });

  it('keep the importer\'s English, marked as such, for a problem without a known code', () => {
    const da = translator('da');
    expect(pageText(da, { message: 'the import was interrupted' })).toEqual({ text: 'the import was interrupted', lang: 'en' });
    expect(pageText(da, { message: 'something new', code: 'notYetKnown', params: {} })).toEqual({ text: 'something new', lang: 'en' });
    expect(pageText(da, { message: 'x', code: 'part', params: {} })).toEqual({ text: 'x', lang: 'en' });
    // The server knows only its own codes, not what every object inherits.
    expect(textOfStored('toString', {})).toBeNull();
    expect(textOfStored('notYetKnown', {})).toBeNull();
  });
});
