import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { shanghaiDate } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { documentRequests, institutions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { notify } from '../notifications/index.ts';
import { assignedInspectorUserIds } from '../rectifications/index.ts';

/**
 * The daily check of document requests: an open request past its deadline is marked overdue once
 * (`overdue_since`), and the institution, the one who asked and the assigned inspectors are told.
 * One short transaction per request; a second run the same day changes nothing.
 */
export async function flagOverdueDocumentRequests(ctx: ServiceContext): Promise<{ overdue: string[] }> {
  const today = shanghaiDate(ctx.now());
  const open = and(eq(documentRequests.status, 'open'), lt(documentRequests.deadline, today), isNull(documentRequests.overdueSince));
  const late = await ctx.db.select({ id: documentRequests.id }).from(documentRequests).where(open);
  const overdue: string[] = [];
  for (const { id } of late) {
    const flagged = await withTransaction(ctx, async (tx) => {
      const [updated] = await tx.db
        .update(documentRequests)
        .set({ overdueSince: today, version: sql`${documentRequests.version} + 1`, updatedAt: tx.now() })
        .where(and(eq(documentRequests.id, id), open))
        .returning();
      if (!updated) return false;
      await appendAudit(tx, {
        action: 'document_request.overdue',
        entityType: 'document_request',
        entityId: id,
        after: updated,
        detail: { from: null, to: null, text: '', deadline: updated.deadline, overdueSince: today },
      });
      const [institution] = await tx.db.select({ name: institutions.name }).from(institutions).where(eq(institutions.id, updated.institutionId));
      const message = {
        title: 'notification.documentRequestOverdue.title',
        body: 'notification.documentRequestOverdue.body',
        params: { number: updated.number, institution: institution!.name, deadline: updated.deadline },
      };
      await notify(tx, { institutionId: updated.institutionId, kind: 'document_request.overdue', message, dedupeKey: `document-request-overdue:${id}` });
      const users = new Set([...(await assignedInspectorUserIds(tx.db, updated.inspectionId)), ...(updated.createdBy ? [updated.createdBy] : [])]);
      for (const userId of users) await notify(tx, { userId, kind: 'document_request.overdue', message, dedupeKey: `document-request-overdue:${id}:${userId}` });
      return true;
    });
    if (flagged) overdue.push(id);
  }
  return { overdue };
}
