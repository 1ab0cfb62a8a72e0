import { and, count, eq, sql } from 'drizzle-orm';
import { actorUserId, documentRequestPolicy } from '@jiping/domain';
import { AnswerDocumentRequestBody, type DocumentRequestDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { documentRequests, inspectionFiles } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { notify } from '../notifications/index.ts';
import { loadInspectionFollowUp } from '../rectifications/index.ts';
import { loadRequest, requestDetail } from './request-view.ts';

export type DocumentRequestStep = 'answer' | 'close';

/**
 * The institution marks the request answered once it has uploaded at least one file (the one who
 * asked is told), or a supervisor closes it: the materials are in hand, or no longer needed.
 */
export async function stepDocumentRequest({
  ctx,
  id,
  step,
  input,
}: {
  ctx: ServiceContext;
  id: string;
  step: DocumentRequestStep;
  input: z.input<typeof AnswerDocumentRequestBody>;
}): Promise<DocumentRequestDetail> {
  const before = await loadRequest(ctx.db, id);
  const { facts } = await loadInspectionFollowUp(ctx.db, before.inspectionId);
  assertAllowed(documentRequestPolicy(ctx.actor, step, { ...facts, requestStatus: before.status }));
  const { version } = parseInput(AnswerDocumentRequestBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const request = await loadRequest(tx.db, id, { lock: true });
    assertAllowed(documentRequestPolicy(tx.actor, step, { ...facts, requestStatus: request.status }));
    if (step === 'answer') {
      const [uploaded] = await tx.db.select({ n: count() }).from(inspectionFiles).where(eq(inspectionFiles.documentRequestId, id));
      if (!uploaded?.n) throw new AppError('PRECONDITION_FAILED', 'documentRequest.filesRequired', { number: request.number });
    }
    const to = step === 'answer' ? 'answered' : 'closed';
    const [updated] = await tx.db
      .update(documentRequests)
      .set({
        status: to,
        ...(step === 'answer' ? { answeredAt: tx.now(), answeredBy: actorUserId(tx.actor) } : { closedAt: tx.now() }),
        version: sql`${documentRequests.version} + 1`,
        updatedAt: tx.now(),
      })
      .where(and(eq(documentRequests.id, id), eq(documentRequests.version, version), eq(documentRequests.status, request.status)))
      .returning();
    if (!updated) throw staleVersion();
    await appendAudit(tx, { action: `document_request.${to}`, entityType: 'document_request', entityId: id, before: request, after: updated, detail: { from: request.status, to, text: '' } });
    if (step === 'answer' && request.createdBy) {
      await notify(tx, {
        userId: request.createdBy,
        kind: 'document_request.answered',
        message: { title: 'notification.documentRequestAnswered.title', body: 'notification.documentRequestAnswered.body', params: { number: request.number } },
        dedupeKey: `document-request-answered:${id}`,
      });
    }
    return requestDetail(tx, id, facts);
  });
}
