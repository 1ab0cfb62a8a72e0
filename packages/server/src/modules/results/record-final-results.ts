import { and, eq, isNull, lt, notExists, sql } from 'drizzle-orm';
import { shanghaiDate } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { resultsObjections, resultsPublications } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';

/**
 * Records results as final (`final_at`) where the rule says they are (`resultsAreFinal`): the
 * publicity's last day is past and no objection is open. Run hourly by the `results-final` job
 * for every plan, and for one plan by the steps that can make it final at once (the last answer
 * after publicity, a submission), so certificates never wait for the job. Idempotent: a recorded
 * publication is never touched again.
 */
export async function recordFinalResults(ctx: ServiceContext, { planId }: { planId?: string } = {}): Promise<number> {
  return withTransaction(ctx, async (tx) => {
    const recorded = await tx.db
      .update(resultsPublications)
      .set({ finalAt: tx.now(), version: sql`${resultsPublications.version} + 1`, updatedAt: tx.now() })
      .where(
        and(
          isNull(resultsPublications.finalAt),
          lt(resultsPublications.endsOn, shanghaiDate(tx.now())),
          planId ? eq(resultsPublications.planId, planId) : undefined,
          notExists(
            tx.db
              .select({ one: sql`1` })
              .from(resultsObjections)
              .where(and(eq(resultsObjections.publicationId, resultsPublications.id), eq(resultsObjections.status, 'open'))),
          ),
        ),
      )
      .returning();
    for (const publication of recorded) {
      await appendAudit(tx, { action: 'results.final', entityType: 'plan', entityId: publication.planId, after: publication, detail: { endsOn: publication.endsOn } });
    }
    return recorded.length;
  });
}
