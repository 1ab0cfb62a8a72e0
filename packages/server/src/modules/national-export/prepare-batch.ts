import { asc, sql } from 'drizzle-orm';
import { actorUserId, NATIONAL_EXPORT_MAX_EVENTS, nationalExportPolicy } from '@jiping/domain';
import type { NationalExportBatch } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { certificateEvents, nationalExportBatches, nationalExportItems } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { nextNumber } from '../../platform/db/next-number.ts';
import { bulkInsert } from '../../platform/db/bulk-insert.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed } from '../../platform/errors.ts';
import { exportRecords } from './export-records.ts';
import { dueDates } from './deadlines.ts';
import { batchView } from './batch-view.ts';

/** Events in no live batch: what the next batch takes. */
export const waitingEvent = sql`not exists (select 1 from ${nationalExportItems} where ${nationalExportItems.eventId} = ${certificateEvents.id} and ${nationalExportItems.live})`;

/**
 * Puts the events in no batch yet into a new batch, in event order, at most
 * NATIONAL_EXPORT_MAX_EVENTS of them (one short transaction; more waiting make the next batch).
 * The number comes from the counter row first: its lock queues a second preparer, which then
 * sees this batch's events taken. Nothing waiting is a 409 and takes no number.
 */
export async function prepareBatch({ ctx }: { ctx: ServiceContext }): Promise<NationalExportBatch> {
  assertAllowed(nationalExportPolicy(ctx.actor, 'prepare'));
  return withTransaction(ctx, async (tx) => {
    const sequence = await nextNumber(tx, 'national-export');
    const waiting = await tx.db.select({ id: certificateEvents.id }).from(certificateEvents).where(waitingEvent).orderBy(asc(certificateEvents.id)).limit(NATIONAL_EXPORT_MAX_EVENTS);
    if (!waiting.length) throw new AppError('CONFLICT', 'nationalExport.nothingWaiting');
    const prepared = await exportRecords(
      tx,
      waiting.map((e) => e.id),
    );
    const due = await dueDates(
      tx,
      prepared.map((p) => p.occurredOn),
    );
    const dueOn = prepared.map((p) => due.get(p.occurredOn)!).reduce((a, b) => (a < b ? a : b));
    const [batch] = await tx.db
      .insert(nationalExportBatches)
      .values({
        sequence,
        firstEventId: prepared[0]!.eventId,
        lastEventId: prepared.at(-1)!.eventId,
        rowCount: prepared.length,
        dueOn,
        preparedBy: actorUserId(tx.actor),
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    await bulkInsert(
      tx.db,
      nationalExportItems,
      prepared.map((p) => ({
        batchId: batch!.id,
        eventId: p.eventId,
        certificateId: p.certificateId,
        institutionId: p.institutionId,
        occurredOn: p.occurredOn,
        dueOn: due.get(p.occurredOn)!,
        record: p.record,
        live: true,
      })),
    );
    await appendAudit(tx, {
      action: 'national_export.prepared',
      entityType: 'national_export_batch',
      entityId: batch!.id,
      after: batch,
      detail: { sequence, rowCount: prepared.length, firstEventId: batch!.firstEventId, lastEventId: batch!.lastEventId, dueOn },
    });
    return batchView(tx, batch!.id);
  });
}
