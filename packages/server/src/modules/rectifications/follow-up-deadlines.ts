import { and, desc, eq, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import { RECTIFICATION_AWAITING_INSTITUTION, shanghaiDate } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { auditEvents, filings, institutions, rectificationOrders, sanctions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { applySanctionToFiling } from '../filings/index.ts';
import { notify } from '../notifications/index.ts';
import { assignedInspectorUserIds } from './follow-up-facts.ts';

export interface RectificationDeadlineRun {
  overdue: string[];
  restored: string[];
}

/**
 * The daily check of rectification: orders whose deadline has passed while the institution still
 * owes its answer are marked overdue once (`overdue_since`, never moved again), and the
 * institution's administrators and the assigned inspectors are told; filings suspended by a
 * sanction whose term has ended are restored (unless terminated or otherwise changed since). Each
 * order and each filing in its own short transaction; running it again the same day changes nothing.
 */
export async function runRectificationDeadlines(ctx: ServiceContext): Promise<RectificationDeadlineRun> {
  const today = shanghaiDate(ctx.now());
  const run: RectificationDeadlineRun = { overdue: [], restored: [] };
  const late = await ctx.db
    .select({ id: rectificationOrders.id })
    .from(rectificationOrders)
    .where(and(inArray(rectificationOrders.status, [...RECTIFICATION_AWAITING_INSTITUTION]), lt(rectificationOrders.deadline, today), isNull(rectificationOrders.overdueSince)));
  for (const { id } of late) {
    const flagged = await withTransaction(ctx, async (tx) => {
      const [updated] = await tx.db
        .update(rectificationOrders)
        .set({ overdueSince: today, version: sql`${rectificationOrders.version} + 1`, updatedAt: tx.now() })
        .where(
          and(
            eq(rectificationOrders.id, id),
            isNull(rectificationOrders.overdueSince),
            inArray(rectificationOrders.status, [...RECTIFICATION_AWAITING_INSTITUTION]),
            lt(rectificationOrders.deadline, today),
          ),
        )
        .returning();
      if (!updated) return false;
      await appendAudit(tx, {
        action: 'rectification.overdue',
        entityType: 'rectification_order',
        entityId: id,
        after: updated,
        detail: { from: null, to: null, text: '', deadline: updated.deadline, overdueSince: today },
      });
      const [institution] = await tx.db.select({ name: institutions.name }).from(institutions).where(eq(institutions.id, updated.institutionId));
      const message = {
        title: 'notification.rectificationOverdue.title',
        body: 'notification.rectificationOverdue.body',
        params: { number: updated.number, institution: institution!.name, deadline: updated.deadline },
      };
      await notify(tx, { institutionId: updated.institutionId, kind: 'rectification.overdue', message, dedupeKey: `rectification-overdue:${id}` });
      for (const userId of await assignedInspectorUserIds(tx.db, updated.inspectionId)) {
        await notify(tx, { userId, kind: 'rectification.overdue', message, dedupeKey: `rectification-overdue:${id}:${userId}` });
      }
      return true;
    });
    if (flagged) run.overdue.push(id);
  }
  run.restored = await endSuspensions(ctx, today);
  return run;
}

/**
 * Suspensions whose term has ended, on filings still suspended, where this sanction is the latest
 * on the filing and the filing was not suspended again by hand after it: restored by the system,
 * through the filing workflow (restore, with its reason and audit), and the institution told.
 */
async function endSuspensions(ctx: ServiceContext, today: string): Promise<string[]> {
  const latest = sql`${sanctions.decidedAt} = (select max(s2.decided_at) from ${sanctions} s2 where s2.filing_id = ${sanctions.filingId} and s2.kind in ('suspension', 'termination'))`;
  const suspendedSince = sql`not exists (select 1 from ${auditEvents} e where e.entity_type = 'filing' and e.entity_id = ${filings.id}::text and e.action = 'filing.suspend' and e.at > ${sanctions.decidedAt})`;
  const due = await ctx.db
    .select({ sanctionId: sanctions.id, filingId: filings.id, endsOn: sanctions.endsOn, institutionId: sanctions.institutionId, filingNumber: filings.filingNumber })
    .from(sanctions)
    .innerJoin(filings, eq(filings.id, sanctions.filingId))
    .where(and(eq(sanctions.kind, 'suspension'), lte(sanctions.endsOn, today), eq(filings.status, 'suspended'), latest, suspendedSince))
    .orderBy(desc(sanctions.decidedAt));
  const restored: string[] = [];
  for (const suspension of due) {
    await withTransaction(ctx, async (tx) => {
      await applySanctionToFiling(tx, { filingId: suspension.filingId, action: 'restore', reason: translate('sanction.suspensionEndedReason', 'zh-CN', { endsOn: suspension.endsOn! }) });
      await appendAudit(tx, {
        action: 'sanction.suspension_ended',
        entityType: 'sanction',
        entityId: suspension.sanctionId,
        detail: { filingId: suspension.filingId, endsOn: suspension.endsOn },
      });
      await notify(tx, {
        institutionId: suspension.institutionId,
        kind: 'sanction.suspension_ended',
        message: { title: 'notification.suspensionEnded.title', body: 'notification.suspensionEnded.body', params: { number: suspension.filingNumber ?? '', endsOn: suspension.endsOn! } },
        dedupeKey: `suspension-ended:${suspension.sanctionId}`,
      });
    });
    restored.push(suspension.filingId);
  }
  return restored;
}
