import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { actorUserId, institutionSealPolicy } from '@jiping/domain';
import type { InstitutionSealView } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { institutionSeals } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { assertAllowed, notFound } from '../../platform/errors.ts';
import { loadInstitutionPolicyFacts } from '../institutions/index.ts';
import { checkSealImage } from './seal-image.ts';

/** Whether the actor may put up this institution's seal: checked before the upload is read. */
export async function assertMayUploadSeal(ctx: ServiceContext, institutionId: string): Promise<void> {
  const facts = await loadInstitutionPolicyFacts(ctx.db, institutionId);
  assertAllowed(institutionSealPolicy(ctx.actor, 'upload', facts));
}

/**
 * The institution's administrator puts up (or replaces) its seal image. Certificates rendered
 * from then on carry it; the signing key is not touched (the seal image is what is shown, the
 * key what signs). Audited with the image's digest before and after.
 */
export async function uploadSeal({ ctx, institutionId, content }: { ctx: ServiceContext; institutionId: string; content: Buffer }): Promise<InstitutionSealView> {
  await assertMayUploadSeal(ctx, institutionId);
  const { width, height } = checkSealImage(content);
  const sha256 = createHash('sha256').update(content).digest('hex');
  return withTransaction(ctx, async (tx) => {
    await tx.db.insert(institutionSeals).values({ institutionId }).onConflictDoNothing();
    const [before] = await tx.db.select().from(institutionSeals).where(eq(institutionSeals.institutionId, institutionId)).for('update');
    const now = ctx.now();
    const [after] = await tx.db
      .update(institutionSeals)
      .set({ image: content, imageSha256: sha256, imageWidth: width, imageHeight: height, imageUploadedAt: now, imageUploadedBy: actorUserId(ctx.actor), version: before!.version + 1, updatedAt: now })
      .where(eq(institutionSeals.institutionId, institutionId))
      .returning();
    await appendAudit(tx, {
      action: 'institutionSeal.imageUploaded',
      entityType: 'institution',
      entityId: institutionId,
      before: before!.imageSha256 ? { imageSha256: before!.imageSha256 } : null,
      after: { imageSha256: sha256, width, height },
    });
    return { institutionId, imageSha256: sha256, width, height, uploadedAt: after!.imageUploadedAt!.toISOString() };
  });
}

/** The uploaded seal image, for whoever may see the institution; 404 when none was uploaded (certificates then carry the generated seal). */
export async function readSeal({ ctx, institutionId }: { ctx: ServiceContext; institutionId: string }): Promise<Buffer> {
  const facts = await loadInstitutionPolicyFacts(ctx.db, institutionId);
  assertAllowed(institutionSealPolicy(ctx.actor, 'read', facts));
  const [row] = await ctx.db.select({ image: institutionSeals.image }).from(institutionSeals).where(eq(institutionSeals.institutionId, institutionId));
  if (!row?.image) throw notFound('institutionSeal');
  return row.image;
}
