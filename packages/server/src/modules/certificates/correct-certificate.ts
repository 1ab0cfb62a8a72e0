import { and, eq, sql } from 'drizzle-orm';
import { certificatePolicy, shanghaiDate } from '@jiping/domain';
import { CorrectCertificateBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { certificateBatches, certificates, persons } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { issuingFiling } from './issuance-facts.ts';
import { certificateDetail, certificateFacts, loadCertificate } from './certificate-view.ts';
import { recordCertificateEvent, writeCertificates, type AfterCertificateChunk } from './write-certificates.ts';
import { notifyHolder } from './revoke-certificate.ts';

/**
 * Corrects a certificate by issuing a new one that replaces it (a holder's name corrected on the
 * person's record, a wrong 工种): the old one becomes `replaced`, the new one takes a new serial
 * and number with `replaces_id` pointing back, and both stay in the history. The holder, ID and
 * institution name are read again as they are now; the 工种 may be changed within the filed scope.
 * Only the issuer corrects, with a reason, in one transaction; `afterChunk` runs for the new one once committed.
 */
export async function correctCertificate({ ctx, id, input, afterChunk }: { ctx: ServiceContext; id: string; input: z.input<typeof CorrectCertificateBody>; afterChunk?: AfterCertificateChunk }) {
  const { version, reason, workType } = parseInput(CorrectCertificateBody, input, ctx.locale);
  const result = await withTransaction(ctx, async (tx) => {
    const old = await loadCertificate(tx, id, { lock: true });
    assertAllowed(certificatePolicy(tx.actor, 'correct', certificateFacts(old)));
    const subject = { occupationCode: old.occupationCode, workType: workType ?? old.workType, level: old.level };
    const filing = await issuingFiling(tx, old.institutionId, subject);
    const [person] = await tx.db.select().from(persons).where(eq(persons.id, old.personId));
    if (
      person!.name === old.holderName &&
      person!.idType === old.idType &&
      person!.idNumberMasked === old.idNumberMasked &&
      subject.workType === old.workType &&
      filing.institutionName === old.institutionName
    ) {
      throw new AppError('CONFLICT', 'certificate.nothingToCorrect');
    }
    const [replaced] = await tx.db
      .update(certificates)
      .set({ status: 'replaced', version: sql`${certificates.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(certificates.id, id), eq(certificates.version, version)))
      .returning();
    if (!replaced) throw staleVersion();
    await recordCertificateEvent(tx, replaced, 'replaced');
    const [batch] = await tx.db
      .insert(certificateBatches)
      .values({
        institutionId: old.institutionId,
        districtCode: old.districtCode,
        planId: null,
        issueDate: shanghaiDate(tx.now()),
        requested: 1,
        issued: 1,
        status: 'done',
        issuedBy: tx.actor.kind === 'user' ? tx.actor.userId : null,
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    const [written] = await writeCertificates(tx, {
      batchId: batch!.id,
      filing,
      scope: { planId: old.planId, institutionId: old.institutionId, occupationCode: old.occupationCode, occupationName: old.occupationName, workType: subject.workType, level: old.level },
      subjects: [{ registrationId: old.registrationId, personId: person!.id, name: person!.name, idType: person!.idType, idNumberMasked: person!.idNumberMasked, replacesId: old.id }],
    });
    await appendAudit(tx, {
      action: 'certificate.corrected',
      entityType: 'certificate',
      entityId: id,
      before: old,
      after: { replaced, replacement: written },
      detail: { number: old.number, replacement: written!.number, reason },
    });
    await notifyHolder(tx, replaced, 'replaced', reason, written!.number);
    return { id: written!.id };
  });
  if (afterChunk) await afterChunk(ctx, [result.id]);
  const fresh = await loadCertificate(ctx, result.id);
  return certificateDetail(ctx, fresh);
}
