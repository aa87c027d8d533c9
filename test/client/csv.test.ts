import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, csvFileName, toCsv } from '../../client/utils/csv';
import { tableToCsv } from '../../client/utils/tableModel';

describe('toCsv', () => {
  it('starts with a UTF-8 BOM, separates by commas and ends lines with CRLF', () => {
    expect(toCsv([['Enhed', 'Andel'], ['Afdeling 2', '85,3 %']])).toBe(`${CSV_BOM}Enhed,Andel\r\nAfdeling 2,"85,3 %"\r\n`);
  });

  it('quotes fields with commas, quotes, line breaks or edge spaces, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('Børnecenter Handicap')).toBe('Børnecenter Handicap');
  });

  it('writes numbers plainly and leaves missing values empty', () => {
    expect(toCsv([[1, 0.853, null, undefined, -5, Number.NaN]])).toBe(`${CSV_BOM}1,0.853,,,-5,\r\n`);
  });

  it('keeps spreadsheet formulas from running, but not negative numbers or "< 5"', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+45')).toBe("'+45");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('-12')).toBe('-12');
    expect(csvField('< 5')).toBe('< 5');
  });

  it('turns a table model into CSV with its header, link cells as their text', () => {
    const csv = tableToCsv({
      columns: [{ label: 'Sag' }, { label: 'Dage', numeric: true }],
      rows: [[{ text: 'C-1', to: '/sager/C-1' }, '12'], ['C-2', { text: 'skjult', strong: true }]],
    });
    expect(csv).toBe(`${CSV_BOM}Sag,Dage\r\nC-1,12\r\nC-2,skjult\r\n`);
  });

  it('makes a plain file name from a Danish title', () => {
    expect(csvFileName('Afgjort til tiden pr. enhed')).toBe('afgjort-til-tiden-pr-enhed.csv');
    expect(csvFileName('Fristens realisme – ÆØÅ')).toBe('fristens-realisme-aeoeaa.csv');
    expect(csvFileName('!!!')).toBe('tabel.csv');
  });
});
