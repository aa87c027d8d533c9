// Publishing a checklist version: 1–40 items, text 1–500 characters; errors name the item.
import { describe, expect, it } from 'vitest';
import { checkTemplateInput, numberedItems } from '../../server/reviews/checklist';

const item = (text: string, legalReference: string | null = null) => ({ text, legalReference, ruleType: 'PROCEDURAL' as const });

describe('a new checklist version', () => {
  it('is stored trimmed, with lowercase rule types and blank references as null', () => {
    expect(checkTemplateInput({ items: [
      { text: ' Sagen er oplyst ', legalReference: ' Officialprincippet ', ruleType: 'MANDATORY_SAFEGUARD' },
      item('Notat', '  '),
    ] })).toEqual([
      { text: 'Sagen er oplyst', legalReference: 'Officialprincippet', ruleType: 'mandatory_safeguard' },
      { text: 'Notat', legalReference: null, ruleType: 'procedural' },
    ]);
  });

  it('has 1 to 40 items', () => {
    expect(() => checkTemplateInput({ items: [] })).toThrow('input.items: a checklist has 1–40 items, got 0');
    expect(() => checkTemplateInput({ items: Array.from({ length: 41 }, (_, i) => item(`p${i}`)) })).toThrow('got 41');
    expect(checkTemplateInput({ items: Array.from({ length: 40 }, (_, i) => item(`p${i}`)) })).toHaveLength(40);
  });

  it('names the item whose text is empty or too long', () => {
    expect(() => checkTemplateInput({ items: [item('ok'), item('ok'), item('   ')] }))
      .toThrow('input.items[2].text: item 3: text must be 1–500 characters, got 0');
    expect(() => checkTemplateInput({ items: [item('ø'.repeat(501))] })).toThrow('input.items[0].text: item 1: text must be 1–500 characters, got 501');
    expect(() => checkTemplateInput({ items: [item('ok'), item('ok', 'x'.repeat(201))] })).toThrow('input.items[1].legalReference: item 2');
  });
});

describe('stored items', () => {
  it('are numbered from 1 in order', () => {
    expect(numberedItems([{ text: 'a', legalReference: null, ruleType: 'procedural' }, { text: 'b', legalReference: 'L', ruleType: 'mandatory_safeguard' }]))
      .toEqual([
        { number: 1, text: 'a', legalReference: null, ruleType: 'procedural' },
        { number: 2, text: 'b', legalReference: 'L', ruleType: 'mandatory_safeguard' },
      ]);
  });
});
