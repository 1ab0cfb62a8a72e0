import { and, eq, sql } from 'drizzle-orm';
import { inspectorPolicy } from '@jiping/domain';
import { RegistryActiveBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectors } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { inspectorDetail, loadInspector } from './queries.ts';

/**
 * An inactive inspector is no longer drawn (retired, transferred, certificate withdrawn); the
 * record stays, since past inspections name them. Reactivating puts them back in the pool.
 */
export async function setInspectorActive({ ctx, id, active, input }: { ctx: ServiceContext; id: string; active: boolean; input: z.input<typeof RegistryActiveBody> }) {
  const { version, reason } = parseInput(RegistryActiveBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const before = await loadInspector(tx.db, id, { lock: true });
    assertAllowed(inspectorPolicy(tx.actor, before));
    if (before.active === active) throw new AppError('CONFLICT', active ? 'registry.alreadyActive' : 'registry.alreadyInactive', { name: before.name });
    const [row] = await tx.db
      .update(inspectors)
      .set({ active, version: sql`${inspectors.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(inspectors.id, id), eq(inspectors.version, version)))
      .returning();
    if (!row) throw staleVersion();
    await appendAudit(tx, {
      action: active ? 'inspector.reactivated' : 'inspector.deactivated',
      entityType: 'inspector',
      entityId: id,
      before,
      after: row,
      detail: { certificateNumber: row.certificateNumber, reason },
    });
    return inspectorDetail(tx, id);
  });
}
