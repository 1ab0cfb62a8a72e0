import { and, eq, lt, sql } from 'drizzle-orm';
import { shanghaiDate } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { appointments } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';

/** The daily job: a term whose last day has passed without renewal ends as `expired`. Idempotent. */
export async function expireAppointments(ctx: ServiceContext) {
  const today = shanghaiDate(ctx.now());
  return withTransaction(ctx, async (tx) => {
    const rows = await tx.db
      .update(appointments)
      .set({ status: 'expired', endedOn: sql`${appointments.termEnd}`, version: sql`${appointments.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(appointments.status, 'active'), lt(appointments.termEnd, today)))
      .returning({ id: appointments.id, termEnd: appointments.termEnd });
    for (const row of rows) await appendAudit(tx, { action: 'appointment.expired', entityType: 'appointment', entityId: row.id, after: row, detail: { termEnd: row.termEnd } });
    return { expired: rows.length };
  });
}
