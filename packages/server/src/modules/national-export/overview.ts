import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import { nationalExportPolicy, shanghaiDate, type IsoDate } from '@jiping/domain';
import type { z } from 'zod';
import type { NationalExportBatchDetail, NationalExportOverview } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { rows } from '../../platform/db/client.ts';
import { certificateEvents, nationalExportBatches, nationalExportItems } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { getParameter } from '../parameters/index.ts';
import { dueDates } from './deadlines.ts';
import { waitingEvent } from './prepare-batch.ts';
import { batchView, batchViews, loadBatch } from './batch-view.ts';

/** The day (Shanghai) a change happened, in SQL. */
const occurredOn = sql<string>`to_char(${certificateEvents.occurredAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;

/** Events in no batch yet: how many, how many past their due date, and the earliest due date. */
export async function waitingEvents(ctx: ServiceContext, today: IsoDate): Promise<{ count: number; overdue: number; earliestDueOn: IsoDate | null }> {
  const days = await ctx.db
    .select({ day: occurredOn, count: sql<number>`count(*)`.mapWith(Number) })
    .from(certificateEvents)
    .where(waitingEvent)
    .groupBy(occurredOn)
    .orderBy(asc(occurredOn));
  const due = await dueDates(
    ctx,
    days.map((d) => d.day),
  );
  let count = 0;
  let overdue = 0;
  for (const day of days) {
    count += day.count;
    if (due.get(day.day)! < today) overdue += day.count;
  }
  return { count, overdue, earliestDueOn: days.length ? due.get(days[0]!.day)! : null };
}

/** Batches sent or to be sent whose due date has passed without an acknowledgement. */
export async function overdueBatchCount(ctx: ServiceContext, today: IsoDate): Promise<number> {
  const [row] = await ctx.db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(nationalExportBatches)
    .where(and(inArray(nationalExportBatches.status, ['prepared', 'exported']), lt(nationalExportBatches.dueOn, today)));
  return row?.count ?? 0;
}

/** The city's page: what waits, what is overdue, and the latest 200 batches. */
export async function nationalExportOverview({ ctx }: { ctx: ServiceContext }): Promise<z.infer<typeof NationalExportOverview>> {
  assertAllowed(nationalExportPolicy(ctx.actor, 'read'));
  const today = shanghaiDate(ctx.now());
  const waiting = await waitingEvents(ctx, today);
  return {
    today,
    dueWorkingDays: await getParameter(ctx, 'certificates.nationalExportWorkingDays'),
    waiting,
    overdueBatches: await overdueBatchCount(ctx, today),
    canPrepare: waiting.count > 0 && nationalExportPolicy(ctx.actor, 'prepare').allowed,
    batches: await batchViews(ctx),
  };
}

/** One batch with its events (holder names and numbers; ID numbers only in the files). */
export async function getBatch({ ctx, id }: { ctx: ServiceContext; id: string }): Promise<z.infer<typeof NationalExportBatchDetail>> {
  assertAllowed(nationalExportPolicy(ctx.actor, 'read'));
  await loadBatch(ctx, id);
  const items = await rows<{ eventId: number; changeKind: string; certificateNumber: string; holderName: string; institutionName: string; occurredOn: string; dueOn: string }>(
    ctx.db,
    sql`select ${nationalExportItems.eventId} as "eventId", ${nationalExportItems.record}->>'changeKind' as "changeKind",
               ${nationalExportItems.record}->>'certificateNumber' as "certificateNumber", ${nationalExportItems.record}->>'holderName' as "holderName",
               ${nationalExportItems.record}->>'institutionName' as "institutionName", ${nationalExportItems.occurredOn}::text as "occurredOn", ${nationalExportItems.dueOn}::text as "dueOn"
          from ${nationalExportItems} where ${eq(nationalExportItems.batchId, id)} order by ${nationalExportItems.eventId}`,
  );
  return { ...(await batchView(ctx, id)), items: items.map((i) => ({ ...i, eventId: Number(i.eventId) })) };
}
