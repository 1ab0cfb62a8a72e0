import { and, eq, sql } from 'drizzle-orm';
import type { IsoDate } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { certificateEvents, nationalExportBatches, nationalExportItems } from '../../platform/db/schema.ts';

/**
 * Certificate events of an institution that happened (Shanghai days) from `from` to `until`
 * inclusive and are not yet in a batch the national system acknowledged: what stands between the
 * institution and the renewal of its filing.
 */
export async function unexportedCertificateCount(ctx: ServiceContext, institutionId: string, from: IsoDate, until: IsoDate): Promise<number> {
  const day = sql`(${certificateEvents.occurredAt} at time zone 'Asia/Shanghai')::date`;
  const [row] = await ctx.db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(certificateEvents)
    .where(
      and(
        eq(certificateEvents.institutionId, institutionId),
        sql`${day} between ${from}::date and ${until}::date`,
        sql`not exists (select 1 from ${nationalExportItems} join ${nationalExportBatches} on ${nationalExportBatches.id} = ${nationalExportItems.batchId}
                        where ${nationalExportItems.eventId} = ${certificateEvents.id} and ${nationalExportItems.live} and ${nationalExportBatches.status} = 'acknowledged')`,
      ),
    );
  return row?.count ?? 0;
}
