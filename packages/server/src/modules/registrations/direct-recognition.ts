import { and, eq, inArray } from 'drizzle-orm';
import { actorUserId, nextRegistrationStatus, registrationPolicy } from '@jiping/domain';
import { DirectRecognitionDecisionBody, DirectRecognitionRequestBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { evidenceFiles, registrations } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, notFound, staleVersion, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadPlanForRegistration } from './admission-inputs.ts';
import { notifyApplicant } from './notify-applicant.ts';
import { registrationFacts, registrationSelect, toRegistrationView, type StoredDirectRecognition } from './registration-view.ts';

async function lockRegistration(tx: ServiceContext, id: string) {
  const [joined] = await registrationSelect(tx.db).where(eq(registrations.id, id)).for('update', { of: registrations });
  if (!joined) throw notFound('registration');
  return joined;
}

const actorName = (ctx: ServiceContext) => (ctx.actor.kind === 'user' ? ctx.actor.displayName : '系统');

/**
 * 破格: the institution asks its district to admit an outstanding worker the conditions would
 * refuse. It needs a reason and evidence (awards, results), and decides nothing by itself: the
 * application waits for a second, independent approval.
 */
export async function requestDirectRecognition({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof DirectRecognitionRequestBody> }) {
  const body = parseInput(DirectRecognitionRequestBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const joined = await lockRegistration(tx, id);
    const row = joined.registration;
    assertAllowed(registrationPolicy(tx.actor, 'requestDirect', registrationFacts(row, joined.examStart, tx.now())));
    if (row.version !== body.version) throw staleVersion();
    const files = await tx.db
      .select({ id: evidenceFiles.id, fileName: evidenceFiles.fileName })
      .from(evidenceFiles)
      .where(and(inArray(evidenceFiles.id, body.evidenceFileIds), eq(evidenceFiles.institutionId, row.institutionId)));
    const known = new Set(files.map((f) => f.id));
    const foreign = body.evidenceFileIds.findIndex((fileId) => !known.has(fileId));
    if (foreign >= 0) throw validation([{ field: `evidenceFileIds.${foreign}`, code: 'unknown_file', messageKey: 'registration.direct.unknownFile' }]);
    const record: StoredDirectRecognition = {
      reason: body.reason,
      evidenceFileIds: body.evidenceFileIds,
      requestedAt: tx.now().toISOString(),
      requestedBy: actorUserId(tx.actor),
      requestedByName: actorName(tx),
      decision: 'pending',
      decisionReason: '',
      decidedAt: null,
      decidedBy: null,
      decidedByName: null,
    };
    const [updated] = await tx.db
      .update(registrations)
      .set({ status: nextRegistrationStatus(row.status, 'requestDirect')!, directRecognition: record, version: row.version + 1, updatedAt: tx.now() })
      .where(eq(registrations.id, id))
      .returning();
    await appendAudit(tx, {
      action: 'registration.direct_requested',
      entityType: 'registration',
      entityId: id,
      before: { status: row.status },
      after: { status: updated!.status, version: updated!.version },
      detail: { reason: body.reason, evidenceFileIds: body.evidenceFileIds },
    });
    return toRegistrationView(tx.actor, { ...joined, registration: updated!, directEvidenceFiles: files }, tx.now());
  });
}

/**
 * The district's second approval. Approving admits the candidate with the waiver on record
 * (and flagged, like every admission against the engine); refusing returns the application to
 * ineligible with the district's reason, which the candidate reads.
 */
export async function decideDirectRecognition({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof DirectRecognitionDecisionBody> }) {
  const body = parseInput(DirectRecognitionDecisionBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const joined = await lockRegistration(tx, id);
    const row = joined.registration;
    assertAllowed(registrationPolicy(tx.actor, 'decideDirect', registrationFacts(row, joined.examStart, tx.now())));
    if (row.version !== body.version) throw staleVersion();
    if (body.decision === 'reject' && !body.reason) throw validation([{ field: 'reason', code: 'required', messageKey: 'registration.direct.rejectReason' }]);
    const approved = body.decision === 'approve';
    const record: StoredDirectRecognition = {
      ...(row.directRecognition as StoredDirectRecognition),
      decision: approved ? 'approved' : 'rejected',
      decisionReason: body.reason,
      decidedAt: tx.now().toISOString(),
      decidedBy: actorUserId(tx.actor),
      decidedByName: actorName(tx),
    };
    const [updated] = await tx.db
      .update(registrations)
      .set({
        status: nextRegistrationStatus(row.status, approved ? 'approveDirect' : 'refuseDirect')!,
        overridden: approved,
        reviewReason: approved ? `破格：${record.reason}` : body.reason,
        reviewedBy: actorUserId(tx.actor),
        reviewedAt: tx.now(),
        directRecognition: record,
        version: row.version + 1,
        updatedAt: tx.now(),
      })
      .where(eq(registrations.id, id))
      .returning();
    await appendAudit(tx, {
      action: approved ? 'registration.direct_approved' : 'registration.direct_rejected',
      entityType: 'registration',
      entityId: id,
      before: { status: row.status },
      after: { status: updated!.status, version: updated!.version },
      detail: { reason: body.reason },
    });
    await notifyApplicant(tx, updated!, await loadPlanForRegistration(tx.db, row.planId), joined.personName);
    return toRegistrationView(tx.actor, { ...joined, registration: updated! }, tx.now());
  });
}
