import { and, eq, sql } from 'drizzle-orm';
import { canWriteInspectionItems } from '@jiping/domain';
import { RegistryActiveBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionItems } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { itemView, loadItem } from './queries.ts';

/**
 * Deactivating takes an item out of new tasks and inspections (those under way keep it); it is
 * never deleted, since inspections cite it. Reactivating puts it back. Both need a reason.
 */
export async function setInspectionItemActive({ ctx, id, active, input }: { ctx: ServiceContext; id: string; active: boolean; input: z.input<typeof RegistryActiveBody> }) {
  assertAllowed(canWriteInspectionItems(ctx.actor));
  const { version, reason } = parseInput(RegistryActiveBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const before = await loadItem(tx.db, id, { lock: true });
    if (before.active === active) throw new AppError('CONFLICT', active ? 'registry.alreadyActive' : 'registry.alreadyInactive', { name: before.name });
    const [row] = await tx.db
      .update(inspectionItems)
      .set({ active, version: sql`${inspectionItems.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(inspectionItems.id, id), eq(inspectionItems.version, version)))
      .returning();
    if (!row) throw staleVersion();
    await appendAudit(tx, {
      action: active ? 'inspection_item.reactivated' : 'inspection_item.deactivated',
      entityType: 'inspection_item',
      entityId: id,
      before,
      after: row,
      detail: { code: row.code, reason },
    });
    return itemView(row);
  });
}
