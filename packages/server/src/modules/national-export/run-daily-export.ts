import { and, eq, gte, lt, sql } from 'drizzle-orm';
import { addDays, shanghaiDate } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { certificateEvents, nationalExportBatches } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { prepareBatch } from './prepare-batch.ts';
import { waitingEvent } from './prepare-batch.ts';

/** Shanghai midnight of a day, as an instant. */
const startOf = (day: string) => new Date(`${day}T00:00:00+08:00`);

/**
 * The scheduled job `national-export`: once a day, when events wait and no batch was prepared
 * that day (by the job or the city), prepares batches until none wait, each in its own short
 * transaction. Run hourly, it does nothing more on the same day.
 */
export async function runDailyExport(ctx: ServiceContext): Promise<{ prepared: number[] }> {
  const today = shanghaiDate(ctx.now());
  const [todays] = await ctx.db
    .select({ id: nationalExportBatches.id })
    .from(nationalExportBatches)
    .where(and(gte(nationalExportBatches.createdAt, startOf(today)), lt(nationalExportBatches.createdAt, startOf(addDays(today, 1))), eq(nationalExportBatches.attempt, 1)))
    .limit(1);
  if (todays) return { prepared: [] };
  const prepared: number[] = [];
  for (;;) {
    const [waiting] = await ctx.db
      .select({ id: certificateEvents.id })
      .from(certificateEvents)
      .where(sql`${waitingEvent}`)
      .limit(1);
    if (!waiting) break;
    try {
      prepared.push((await prepareBatch({ ctx })).sequence);
    } catch (err) {
      if (err instanceof AppError && err.messageKey === 'nationalExport.nothingWaiting') break;
      throw err;
    }
  }
  return { prepared };
}
