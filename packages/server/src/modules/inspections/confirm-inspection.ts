import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { addDays, addWorkingDays, inspectionPolicy, PUBLICATION_WORKING_DAYS, shanghaiDate } from '@jiping/domain';
import type { InspectionDetail } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionAssignments, inspections, inspectors } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, staleVersion } from '../../platform/errors.ts';
import { workCalendar } from '../calendar/index.ts';
import { assignedInspectors, factsOf, loadInspection } from './queries.ts';
import { inspectionView } from './inspection-view.ts';

/**
 * An assigned inspector confirms the submitted result: their own confirmation only (an inspector
 * holds one account, so the account confirms its own assignment). When the last one confirms, the
 * inspection is completed and its result is due to be published within PUBLICATION_WORKING_DAYS
 * working days of the completion date, counted through the holiday calendar (Fujian 2019).
 * The inspection's row is locked first, so two inspectors confirming at once complete it once.
 */
export async function confirmInspection({ ctx, id }: { ctx: ServiceContext; id: string }): Promise<InspectionDetail> {
  return withTransaction(ctx, async (tx) => {
    const row = await loadInspection(tx.db, id, { lock: true });
    assertAllowed(inspectionPolicy(tx.actor, 'confirm', await factsOf(tx.db, row)));
    const userId = tx.actor.kind === 'user' ? tx.actor.userId : '';
    const mine = await tx.db.select({ id: inspectors.id }).from(inspectors).where(eq(inspectors.userId, userId));
    const confirmed = await tx.db
      .update(inspectionAssignments)
      .set({ confirmedAt: tx.now() })
      .where(
        and(
          eq(inspectionAssignments.inspectionId, id),
          inArray(
            inspectionAssignments.inspectorId,
            mine.map((m) => m.id),
          ),
          isNull(inspectionAssignments.confirmedAt),
        ),
      )
      .returning();
    if (!confirmed.length) throw staleVersion();
    await appendAudit(tx, { action: 'inspection.confirmed', entityType: 'inspection', entityId: id, detail: { number: row.number, inspectorId: confirmed[0]!.inspectorId } });
    const pending = (await assignedInspectors(tx.db, id)).filter((a) => !a.confirmedAt);
    if (pending.length) return inspectionView(tx, id);

    const completedOn = shanghaiDate(tx.now());
    // Twenty working days are at most a few calendar weeks, even across the Spring Festival.
    const calendar = await workCalendar(tx, completedOn, addDays(completedOn, PUBLICATION_WORKING_DAYS * 3 + 30));
    const publicationDue = addWorkingDays(completedOn, PUBLICATION_WORKING_DAYS, calendar);
    const [completed] = await tx.db
      .update(inspections)
      .set({ status: 'completed', completedAt: tx.now(), publicationDue, version: sql`${inspections.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(inspections.id, id), eq(inspections.version, row.version)))
      .returning();
    if (!completed) throw staleVersion();
    await appendAudit(tx, { action: 'inspection.completed', entityType: 'inspection', entityId: id, before: row, after: completed, detail: { number: row.number, publicationDue } });
    return inspectionView(tx, completed);
  });
}
