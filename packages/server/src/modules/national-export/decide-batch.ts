import { and, asc, eq, sql } from 'drizzle-orm';
import { actorUserId, nationalExportPolicy, shanghaiDate } from '@jiping/domain';
import { AcknowledgeBatchBody, RejectBatchBody, type NationalExportBatch } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { nationalExportBatches, nationalExportItems } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { nextNumber } from '../../platform/db/next-number.ts';
import { bulkInsert } from '../../platform/db/bulk-insert.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, staleVersion, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { batchView, loadBatch } from './batch-view.ts';

/** The city records the national system's receipt of an exported batch: its reference and the day it gives (not in the future). */
export async function acknowledgeBatch({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof AcknowledgeBatchBody> }): Promise<NationalExportBatch> {
  const { version, reference, acknowledgedOn } = parseInput(AcknowledgeBatchBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const batch = await loadBatch(tx, id, { lock: true });
    assertAllowed(nationalExportPolicy(tx.actor, 'acknowledge', batch));
    if (acknowledgedOn > shanghaiDate(tx.now())) throw validation([{ field: 'acknowledgedOn', code: 'future', messageKey: 'nationalExport.ackInFuture' }]);
    if (acknowledgedOn < shanghaiDate(batch.exportedAt ?? batch.createdAt)) throw validation([{ field: 'acknowledgedOn', code: 'before_export', messageKey: 'nationalExport.ackBeforeExport' }]);
    const [updated] = await tx.db
      .update(nationalExportBatches)
      .set({
        status: 'acknowledged',
        ackReference: reference,
        acknowledgedOn,
        acknowledgedAt: tx.now(),
        decidedBy: actorUserId(tx.actor),
        version: sql`${nationalExportBatches.version} + 1`,
        updatedAt: tx.now(),
      })
      .where(and(eq(nationalExportBatches.id, id), eq(nationalExportBatches.version, version)))
      .returning();
    if (!updated) throw staleVersion();
    await appendAudit(tx, {
      action: 'national_export.acknowledged',
      entityType: 'national_export_batch',
      entityId: id,
      before: batch,
      after: updated,
      detail: { sequence: batch.sequence, reference, acknowledgedOn },
    });
    return batchView(tx, id);
  });
}

/**
 * The national system refused an exported batch: the city records why, and the same events go
 * again as a new attempt in the same transaction (the next sequence number, `attempt` + 1, naming
 * the rejected batch, the same records and due dates). The rejected batch keeps its items, no
 * longer live, so it can still be downloaded as it was sent; each event stays in one live batch.
 */
export async function rejectBatch({
  ctx,
  id,
  input,
}: {
  ctx: ServiceContext;
  id: string;
  input: z.input<typeof RejectBatchBody>;
}): Promise<{ rejected: NationalExportBatch; retry: NationalExportBatch }> {
  const { version, reason } = parseInput(RejectBatchBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const batch = await loadBatch(tx, id, { lock: true });
    assertAllowed(nationalExportPolicy(tx.actor, 'reject', batch));
    const [updated] = await tx.db
      .update(nationalExportBatches)
      .set({ status: 'rejected', rejectionReason: reason, rejectedAt: tx.now(), decidedBy: actorUserId(tx.actor), version: sql`${nationalExportBatches.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(nationalExportBatches.id, id), eq(nationalExportBatches.version, version)))
      .returning();
    if (!updated) throw staleVersion();
    const items = await tx.db.select().from(nationalExportItems).where(eq(nationalExportItems.batchId, id)).orderBy(asc(nationalExportItems.eventId));
    await tx.db.update(nationalExportItems).set({ live: false }).where(eq(nationalExportItems.batchId, id));
    const sequence = await nextNumber(tx, 'national-export');
    const [retry] = await tx.db
      .insert(nationalExportBatches)
      .values({
        sequence,
        attempt: batch.attempt + 1,
        retryOf: batch.id,
        firstEventId: batch.firstEventId,
        lastEventId: batch.lastEventId,
        rowCount: batch.rowCount,
        dueOn: batch.dueOn,
        preparedBy: actorUserId(tx.actor),
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    await bulkInsert(
      tx.db,
      nationalExportItems,
      items.map((item) => ({ ...item, batchId: retry!.id, live: true })),
    );
    await appendAudit(tx, {
      action: 'national_export.rejected',
      entityType: 'national_export_batch',
      entityId: id,
      before: batch,
      after: updated,
      detail: { sequence: batch.sequence, reason, retrySequence: sequence },
    });
    await appendAudit(tx, {
      action: 'national_export.prepared',
      entityType: 'national_export_batch',
      entityId: retry!.id,
      after: retry,
      detail: { sequence, rowCount: retry!.rowCount, retryOf: batch.sequence, attempt: retry!.attempt },
    });
    return { rejected: await batchView(tx, id), retry: await batchView(tx, retry!.id) };
  });
}
