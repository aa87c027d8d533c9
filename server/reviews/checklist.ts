// Checklist templates as stored (`checklist_templates.items`, numbered by place) and as published:
// a new version is checked item by item so an error can say which item is wrong.
import { badInput } from '../graphql/errors';
import type { ChecklistTemplateInput } from '../graphql/generated';
import type { ChecklistItemModel, ChecklistItemRow, ChecklistRuleTypeRow, ChecklistTemplateModel } from './models';

export const MAX_ITEMS = 40;
export const MAX_ITEM_TEXT = 500;
export const MAX_LEGAL_REFERENCE = 200;
/** Shown as the publisher of the built-in version 1, which nobody published. */
export const BUILT_IN_PUBLISHER = 'Tilsyn (standard)';

export interface ChecklistTemplateRow { version: number; items: unknown; publishedAt: Date; publishedBy: string | null }

/** Numbers the stored items from 1 in their order. */
export function numberedItems(items: unknown): ChecklistItemModel[] {
  return (items as ChecklistItemRow[]).map((item, index) => ({
    number: index + 1, text: item.text, legalReference: item.legalReference ?? null, ruleType: item.ruleType,
  }));
}

export function templateModel(row: ChecklistTemplateRow): ChecklistTemplateModel {
  return {
    version: row.version, items: numberedItems(row.items), publishedAt: row.publishedAt,
    publishedBy: row.publishedBy ?? BUILT_IN_PUBLISHER,
  };
}

function itemText(argument: string, index: number, field: string, value: string, min: number, max: number): string {
  const text = value.trim();
  const length = [...text].length;
  if (length < min || length > max) throw badInput(argument, `item ${index + 1}: ${field} must be ${min}–${max} characters, got ${length}`);
  return text;
}

/** The items of a new version as they are stored; refused naming the item (1-based and its index). */
export function checkTemplateInput(input: ChecklistTemplateInput): ChecklistItemRow[] {
  if (input.items.length < 1 || input.items.length > MAX_ITEMS) {
    throw badInput('input.items', `a checklist has 1–${MAX_ITEMS} items, got ${input.items.length}`);
  }
  return input.items.map((item, index) => {
    const where = `input.items[${index}]`;
    const text = itemText(`${where}.text`, index, 'text', item.text, 1, MAX_ITEM_TEXT);
    const reference = itemText(`${where}.legalReference`, index, 'legalReference', item.legalReference ?? '', 0, MAX_LEGAL_REFERENCE);
    return { text, legalReference: reference === '' ? null : reference, ruleType: item.ruleType.toLowerCase() as ChecklistRuleTypeRow };
  });
}
