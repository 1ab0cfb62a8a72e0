import { desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { allowedNationalExportActions, nationalExportOverdue, shanghaiDate } from '@jiping/domain';
import type { NationalExportBatch } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { nationalExportBatches } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';

export type BatchRow = typeof nationalExportBatches.$inferSelect;

/** The batch row, locked for a change when asked; 404 when there is none. */
export async function loadBatch(ctx: ServiceContext, id: string, { lock = false } = {}): Promise<BatchRow> {
  const query = ctx.db.select().from(nationalExportBatches).where(eq(nationalExportBatches.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('nationalExportBatch');
  return row;
}

/** Batches as the page shows them, with the sequences of the attempts before and after each. */
export async function batchViews(ctx: ServiceContext, where?: SQL, limit = 200): Promise<NationalExportBatch[]> {
  const before = alias(nationalExportBatches, 'before');
  const after = alias(nationalExportBatches, 'after');
  const rows = await ctx.db
    .select({ batch: nationalExportBatches, retryOfSequence: before.sequence, retriedBySequence: after.sequence })
    .from(nationalExportBatches)
    .leftJoin(before, eq(before.id, nationalExportBatches.retryOf))
    .leftJoin(after, eq(after.retryOf, nationalExportBatches.id))
    .where(where ?? sql`true`)
    .orderBy(desc(nationalExportBatches.sequence))
    .limit(limit);
  const today = shanghaiDate(ctx.now());
  return rows.map(({ batch, retryOfSequence, retriedBySequence }) => toView(ctx, batch, today, retryOfSequence, retriedBySequence));
}

export async function batchView(ctx: ServiceContext, id: string): Promise<NationalExportBatch> {
  const [view] = await batchViews(ctx, eq(nationalExportBatches.id, id), 1);
  if (!view) throw notFound('nationalExportBatch');
  return view;
}

function toView(ctx: ServiceContext, b: BatchRow, today: string, retryOfSequence: number | null, retriedBySequence: number | null): NationalExportBatch {
  return {
    id: b.id,
    sequence: b.sequence,
    attempt: b.attempt,
    retryOfSequence,
    retriedBySequence,
    firstEventId: b.firstEventId,
    lastEventId: b.lastEventId,
    rowCount: b.rowCount,
    status: b.status,
    dueOn: b.dueOn,
    overdue: nationalExportOverdue(b, today),
    late: b.status === 'acknowledged' && b.acknowledgedOn !== null && b.acknowledgedOn > b.dueOn,
    createdAt: b.createdAt.toISOString(),
    exportedAt: b.exportedAt?.toISOString() ?? null,
    acknowledgedAt: b.acknowledgedAt?.toISOString() ?? null,
    acknowledgedOn: b.acknowledgedOn,
    ackReference: b.ackReference,
    rejectedAt: b.rejectedAt?.toISOString() ?? null,
    rejectionReason: b.rejectionReason,
    csvDigest: b.csvDigest,
    jsonDigest: b.jsonDigest,
    version: b.version,
    allowedActions: allowedNationalExportActions(ctx.actor, b),
  };
}
