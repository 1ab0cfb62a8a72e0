import { SaveChecklistBody, type InspectionDetail } from '@jiping/contracts';
import type { ChecklistEntry, ChecklistLine } from '@jiping/domain';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { validation, type FieldError } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { changeInspection } from './inspection-change.ts';
import { loadItem } from './inspection-view.ts';

/**
 * The inspectors save the checklist as answered so far (every line at once, replacing the saved
 * answers): each line is one of the item's, answered once; a line answered 不合格 says what was
 * wrong. Compare-and-set on the inspection's version, so two tablets never overwrite each other.
 */
export async function saveChecklist({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof SaveChecklistBody> }): Promise<InspectionDetail> {
  const { version, entries } = parseInput(SaveChecklistBody, input, ctx.locale);
  return changeInspection(ctx, {
    id,
    operation: 'fill',
    version,
    action: 'inspection.checklist_saved',
    change: async (tx, row) => {
      const lines = (await loadItem(tx.db, row.inspectionItemId)).checklist as ChecklistLine[];
      const errors: FieldError[] = [];
      const seen = new Set<string>();
      entries.forEach((entry, index) => {
        const line = lines.find((l) => l.key === entry.key);
        if (!line) errors.push({ field: `entries.${index}.key`, code: 'unknown_line', messageKey: 'inspection.checklistUnknownLine', params: { key: entry.key } });
        else if (seen.has(entry.key)) errors.push({ field: `entries.${index}.key`, code: 'duplicate', messageKey: 'inspection.checklistLineTwice', params: { line: line.label } });
        else if (entry.answer === 'fail' && !entry.note) errors.push({ field: `entries.${index}.note`, code: 'note_required', messageKey: 'inspection.failNeedsNote', params: { line: line.label } });
        seen.add(entry.key);
      });
      if (errors.length) throw validation(errors);
      // Kept in the item's order, whatever order the tablet sent them in.
      const checklist: ChecklistEntry[] = lines.flatMap((line) => {
        const entry = entries.find((e) => e.key === line.key);
        return entry ? [{ key: entry.key, answer: entry.answer, ...(entry.note ? { note: entry.note } : {}) }] : [];
      });
      return { checklist };
    },
    detail: (row) => ({ answered: row.checklist.length }),
  });
}
