import type { ChecklistLine } from '@jiping/domain';
import { InspectionVersionBody, type InspectionDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { validation, type FieldError } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { changeInspection } from './inspection-change.ts';
import { loadItem } from './inspection-view.ts';

/**
 * An assigned inspector submits the result: every checklist line answered, a conclusion and a
 * summary written (each missing one named). in_progress → submitted; every inspector then confirms.
 */
export async function submitInspection({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof InspectionVersionBody> }): Promise<InspectionDetail> {
  const { version } = parseInput(InspectionVersionBody, input, ctx.locale);
  return changeInspection(ctx, {
    id,
    operation: 'submit',
    version,
    action: 'inspection.submitted',
    change: async (tx, row) => {
      const lines = (await loadItem(tx.db, row.inspectionItemId)).checklist as ChecklistLine[];
      const answered = new Set(row.checklist.map((e) => e.key));
      const unanswered = lines.filter((line) => !answered.has(line.key));
      const errors: FieldError[] = [];
      if (unanswered.length) {
        errors.push({
          field: 'checklist',
          code: 'unanswered',
          messageKey: 'inspection.checklistUnanswered',
          params: { count: String(unanswered.length), lines: unanswered.map((l) => l.label).join('；') },
        });
      }
      if (!row.conclusion) errors.push({ field: 'conclusion', code: 'required', messageKey: 'inspection.conclusionRequired' });
      if (!row.summary) errors.push({ field: 'summary', code: 'required', messageKey: 'inspection.summaryRequired' });
      if (errors.length) throw validation(errors);
      return { status: 'submitted', submittedAt: tx.now() };
    },
  });
}
