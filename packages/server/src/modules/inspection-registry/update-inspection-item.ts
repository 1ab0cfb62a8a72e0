import { and, eq, sql } from 'drizzle-orm';
import { canWriteInspectionItems, checklistProblems } from '@jiping/domain';
import { UpdateInspectionItemBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionItems } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, staleVersion, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { itemView, loadItem, storedChecklist } from './queries.ts';

/**
 * The city edits an item's name, legal basis and checklist (compare-and-set on its version). An
 * inspection keeps the answers it recorded by line key, so a changed template never rewrites one.
 */
export async function updateInspectionItem({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof UpdateInspectionItemBody> }) {
  assertAllowed(canWriteInspectionItems(ctx.actor));
  const body = parseInput(UpdateInspectionItemBody, input, ctx.locale);
  const checklist = storedChecklist(body.checklist);
  const problems = checklistProblems(checklist);
  if (problems.length) throw validation(problems.map((p) => ({ field: p.field, code: p.messageKey, messageKey: p.messageKey, ...(p.params ? { params: p.params } : {}) })));
  return withTransaction(ctx, async (tx) => {
    const before = await loadItem(tx.db, id, { lock: true });
    const [row] = await tx.db
      .update(inspectionItems)
      .set({ name: body.name, legalBasis: body.legalBasis, checklist, version: sql`${inspectionItems.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(inspectionItems.id, id), eq(inspectionItems.version, body.version)))
      .returning();
    if (!row) throw staleVersion();
    const keys = new Set(before.checklist.map((l) => l.key));
    const after = new Set(checklist.map((l) => l.key));
    await appendAudit(tx, {
      action: 'inspection_item.updated',
      entityType: 'inspection_item',
      entityId: id,
      before,
      after: row,
      detail: { code: row.code, added: [...after].filter((k) => !keys.has(k)), removed: [...keys].filter((k) => !after.has(k)) },
    });
    return itemView(row);
  });
}
