import { and, eq } from 'drizzle-orm';
import { inspectorConflictPolicy } from '@jiping/domain';
import { WithdrawConflictBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectorConflicts, institutions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, notFound } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { inspectorDetail, loadInspector } from './queries.ts';

/**
 * Withdraws a declared conflict (the tie has ended, or it was declared by mistake), with the
 * reason. The row goes, so a draw reads only the conflicts that stand; its audit event keeps what
 * was declared, by whom it was withdrawn and why, in the same transaction.
 */
export async function withdrawInspectorConflict({ ctx, id, conflictId, input }: { ctx: ServiceContext; id: string; conflictId: string; input: z.input<typeof WithdrawConflictBody> }) {
  const { reason } = parseInput(WithdrawConflictBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const inspector = await loadInspector(tx.db, id, { lock: true });
    assertAllowed(inspectorConflictPolicy(tx.actor, inspector));
    const [conflict] = await tx.db
      .select({ row: inspectorConflicts, institutionName: institutions.name })
      .from(inspectorConflicts)
      .innerJoin(institutions, eq(institutions.id, inspectorConflicts.institutionId))
      .where(and(eq(inspectorConflicts.id, conflictId), eq(inspectorConflicts.inspectorId, id)));
    if (!conflict) throw notFound('inspectorConflict');
    await tx.db.delete(inspectorConflicts).where(eq(inspectorConflicts.id, conflictId));
    await appendAudit(tx, {
      action: 'inspector.conflict_withdrawn',
      entityType: 'inspector',
      entityId: id,
      before: conflict.row,
      detail: {
        conflictId,
        institutionId: conflict.row.institutionId,
        institutionName: conflict.institutionName,
        declaredReason: conflict.row.reason,
        declaredAt: conflict.row.createdAt.toISOString(),
        reason,
      },
    });
    return inspectorDetail(tx, id);
  });
}
