import { and, eq, sql } from 'drizzle-orm';
import { administeredInstitutionIds, certificatePolicy, LEVEL_LABELS, type Level } from '@jiping/domain';
import { RevokeCertificateBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { certificates, userGrants } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { notify } from '../notifications/index.ts';
import { certificateDetail, certificateFacts, loadCertificate, type CertificateRow } from './certificate-view.ts';
import { recordCertificateEvent } from './write-certificates.ts';

/**
 * Revokes a valid certificate with a reason: by its issuer (谁发证) or by the city. Compare-and-set
 * on version; the `revoked` event, the audit event and the holder's notification are written in
 * the same transaction. The number stays in history and is never reused.
 */
export async function revokeCertificate({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof RevokeCertificateBody> }) {
  const { version, reason } = parseInput(RevokeCertificateBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const row = await loadCertificate(tx, id, { lock: true });
    assertAllowed(certificatePolicy(tx.actor, 'revoke', certificateFacts(row)));
    const authority = administeredInstitutionIds(tx.actor).includes(row.institutionId) || tx.actor.kind === 'system' ? 'issuer' : 'city';
    const [revoked] = await tx.db
      .update(certificates)
      .set({
        status: 'revoked',
        revokedAt: tx.now(),
        revokedBy: tx.actor.kind === 'user' ? tx.actor.userId : null,
        revokedByAuthority: authority,
        revocationReason: reason,
        version: sql`${certificates.version} + 1`,
        updatedAt: tx.now(),
      })
      .where(and(eq(certificates.id, id), eq(certificates.version, version)))
      .returning();
    if (!revoked) throw staleVersion();
    await recordCertificateEvent(tx, revoked, 'revoked');
    await appendAudit(tx, { action: 'certificate.revoked', entityType: 'certificate', entityId: id, before: row, after: revoked, detail: { number: row.number, authority, reason } });
    await notifyHolder(tx, revoked, 'revoked', reason);
    return certificateDetail(tx, revoked);
  });
}

/** Tells the holder (every account linked to the person) what happened to their certificate and why. */
export async function notifyHolder(tx: ServiceContext, row: CertificateRow, what: 'revoked' | 'replaced', reason: string, replacement = '') {
  const accounts = await tx.db
    .select({ userId: userGrants.userId })
    .from(userGrants)
    .where(and(eq(userGrants.role, 'candidate'), eq(userGrants.personId, row.personId)));
  const params = {
    number: row.number,
    institution: row.institutionName,
    occupation: row.occupationName,
    workType: row.workType ? { 'zh-CN': `（${row.workType}）`, 'en-US': ` (${row.workType})` } : '',
    level: LEVEL_LABELS[row.level as Level],
    reason,
    replacement,
  };
  for (const { userId } of accounts) {
    await notify(tx, {
      userId,
      kind: `certificate.${what}`,
      message: { title: `notification.certificate.${what}.title`, body: `notification.certificate.${what}.body`, params },
      dedupeKey: `certificate:${row.id}:${what}:${userId}`,
    });
  }
}
