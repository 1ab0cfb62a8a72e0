import { eq } from 'drizzle-orm';
import { actorUserId, documentRequestCounterScope, documentRequestNumber, documentRequestPolicy, isFutureDeadline, shanghaiDate } from '@jiping/domain';
import { CreateDocumentRequestBody, type DocumentRequestDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { documentRequests, institutions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { nextNumber } from '../../platform/db/next-number.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { notify } from '../notifications/index.ts';
import { loadInspectionFollowUp } from '../rectifications/index.ts';
import { requestDetail } from './request-view.ts';

/**
 * A supervisor of the inspection asks its institution for named materials (1–20 names, each said
 * once) by a day after today. The request is numbered DQ + year + 6 digits from the year's counter;
 * the institution's administrators are told.
 */
export async function createDocumentRequest({
  ctx,
  inspectionId,
  input,
}: {
  ctx: ServiceContext;
  inspectionId: string;
  input: z.input<typeof CreateDocumentRequestBody>;
}): Promise<DocumentRequestDetail> {
  const { facts } = await loadInspectionFollowUp(ctx.db, inspectionId);
  assertAllowed(documentRequestPolicy(ctx.actor, 'request', facts));
  const body = parseInput(CreateDocumentRequestBody, input, ctx.locale);
  const today = shanghaiDate(ctx.now());
  const problems = [];
  if (!isFutureDeadline(body.deadline, today)) problems.push({ field: 'deadline', code: 'not_future', messageKey: 'documentRequest.deadlineNotFuture', params: { today } });
  const seen = new Set<string>();
  body.materials.forEach((name, index) => {
    if (seen.has(name)) problems.push({ field: `materials.${index}`, code: 'duplicate', messageKey: 'documentRequest.duplicateMaterial', params: { name } });
    seen.add(name);
  });
  if (problems.length) throw validation(problems);
  return withTransaction(ctx, async (tx) => {
    const { inspection, facts: current } = await loadInspectionFollowUp(tx.db, inspectionId);
    assertAllowed(documentRequestPolicy(tx.actor, 'request', current));
    const year = Number(today.slice(0, 4));
    const number = documentRequestNumber(year, await nextNumber(tx, documentRequestCounterScope(year)));
    const [request] = await tx.db
      .insert(documentRequests)
      .values({
        number,
        inspectionId,
        institutionId: inspection.institutionId,
        districtCode: inspection.districtCode,
        materials: body.materials,
        note: body.note || null,
        deadline: body.deadline,
        createdBy: actorUserId(tx.actor),
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    await appendAudit(tx, {
      action: 'document_request.created',
      entityType: 'document_request',
      entityId: request!.id,
      after: request,
      detail: { from: null, to: 'open', text: body.materials.join('；'), number, inspectionId, deadline: body.deadline },
    });
    const [institution] = await tx.db.select({ name: institutions.name }).from(institutions).where(eq(institutions.id, inspection.institutionId));
    await notify(tx, {
      institutionId: inspection.institutionId,
      kind: 'document_request.created',
      message: {
        title: 'notification.documentRequested.title',
        body: 'notification.documentRequested.body',
        params: { number, institution: institution!.name, inspection: inspection.number, deadline: body.deadline, materials: body.materials.join('、') },
      },
      dedupeKey: `document-request:${request!.id}`,
    });
    return requestDetail(tx, request!.id, current);
  });
}
