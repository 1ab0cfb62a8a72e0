import { and, asc, inArray, lt, sql } from 'drizzle-orm';
import { nationalExportPolicy, shanghaiDate } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { nationalExportBatches } from '../../platform/db/schema.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { waitingEvents } from './overview.ts';

/** One overdue item for the city's workbench: a batch not acknowledged by its due date, or the events past due in no batch. */
export interface OverdueExport {
  id: string;
  subject: string;
  dueOn: string;
  since: Date;
  batchId: string | null;
}

/**
 * What is overdue in the national export (the workbench task `national_export_overdue`): batches
 * prepared or exported and not acknowledged after their due date, oldest due first, and one item
 * for the waiting events already past due. Nothing for whoever may not read the export.
 */
export async function overdueExports(ctx: ServiceContext, limit: number): Promise<{ count: number; items: OverdueExport[] }> {
  if (!nationalExportPolicy(ctx.actor, 'read').allowed) return { count: 0, items: [] };
  const today = shanghaiDate(ctx.now());
  const batches = await ctx.db
    .select({
      id: nationalExportBatches.id,
      sequence: nationalExportBatches.sequence,
      rowCount: nationalExportBatches.rowCount,
      dueOn: nationalExportBatches.dueOn,
      since: nationalExportBatches.createdAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(nationalExportBatches)
    .where(and(inArray(nationalExportBatches.status, ['prepared', 'exported']), lt(nationalExportBatches.dueOn, today)))
    .orderBy(asc(nationalExportBatches.dueOn), asc(nationalExportBatches.sequence))
    .limit(limit);
  const items: OverdueExport[] = batches.map((b) => ({
    id: b.id,
    subject: translate('nationalExport.batchSubject', ctx.locale, { sequence: String(b.sequence), rows: String(b.rowCount) }),
    dueOn: b.dueOn,
    since: b.since,
    batchId: b.id,
  }));
  const waiting = await waitingEvents(ctx, today);
  let count = batches[0]?.total ?? 0;
  if (waiting.overdue) {
    count += 1;
    items.unshift({
      id: 'waiting',
      subject: translate('nationalExport.waitingSubject', ctx.locale, { count: String(waiting.overdue) }),
      dueOn: waiting.earliestDueOn!,
      since: ctx.now(),
      batchId: null,
    });
  }
  return { count, items: items.slice(0, limit) };
}
