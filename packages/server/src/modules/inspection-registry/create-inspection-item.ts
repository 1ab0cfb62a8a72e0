import { eq } from 'drizzle-orm';
import { canWriteInspectionItems, checklistProblems } from '@jiping/domain';
import { CreateInspectionItemBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionItems } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { itemView, storedChecklist } from './queries.ts';

/** The city adds an inspectable item: its code (unique, for good), name, legal basis and checklist template. */
export async function createInspectionItem({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof CreateInspectionItemBody> }) {
  assertAllowed(canWriteInspectionItems(ctx.actor));
  const body = parseInput(CreateInspectionItemBody, input, ctx.locale);
  const checklist = storedChecklist(body.checklist);
  const problems = checklistProblems(checklist);
  if (problems.length) throw validation(problems.map((p) => ({ field: p.field, code: p.messageKey, messageKey: p.messageKey, ...(p.params ? { params: p.params } : {}) })));
  return withTransaction(ctx, async (tx) => {
    const [taken] = await tx.db.select({ name: inspectionItems.name }).from(inspectionItems).where(eq(inspectionItems.code, body.code));
    if (taken)
      throw new AppError('CONFLICT', 'inspectionItem.codeTaken', { code: body.code, name: taken.name }, [
        { field: 'code', code: 'taken', messageKey: 'inspectionItem.codeTaken', params: { code: body.code, name: taken.name } },
      ]);
    const [row] = await tx.db.insert(inspectionItems).values({ code: body.code, name: body.name, legalBasis: body.legalBasis, checklist, createdAt: tx.now(), updatedAt: tx.now() }).returning();
    await appendAudit(tx, { action: 'inspection_item.created', entityType: 'inspection_item', entityId: row!.id, after: row, detail: { code: row!.code, lines: checklist.length } });
    return itemView(row!);
  });
}
