import { and, eq, sql } from 'drizzle-orm';
import { actorUserId, identityClaimPolicy, OPEN_IDENTITY_CLAIM_STATUSES } from '@jiping/domain';
import { DecideIdentityClaimBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { identityClaims, personRelations } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, notFound, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { notify } from '../notifications/index.ts';
import { linkAccount } from './claim-identity.ts';

/**
 * Confirms (or refuses) a claim in person: the officer or institution has seen the identity card
 * and the holder. Confirming links the account; either way the reason is kept and audited, and
 * the candidate is told. A claim still waiting for its code may be confirmed at the counter too.
 */
export async function decideIdentityClaim({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof DecideIdentityClaimBody> }) {
  const body = parseInput(DecideIdentityClaimBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const [claim] = await tx.db.select().from(identityClaims).where(eq(identityClaims.id, id)).for('update');
    if (!claim) throw notFound('identityClaim');
    const related = await tx.db.selectDistinct({ institutionId: personRelations.institutionId }).from(personRelations).where(eq(personRelations.personId, claim.personId));
    assertAllowed(identityClaimPolicy(tx.actor, 'confirm', { districtCodes: claim.districtCodes, relatedInstitutionIds: related.map((r) => r.institutionId) }));
    if (!OPEN_IDENTITY_CLAIM_STATUSES.includes(claim.status)) {
      throw new AppError('CONFLICT', 'identity.notOpen', { status: translate(`identityClaim.status.${claim.status}`, tx.locale) });
    }
    if (claim.version !== body.version) throw staleVersion();
    const confirm = body.decision === 'confirm';
    if (confirm) await linkAccount(tx, claim.userId, claim.personId);
    const [decided] = await tx.db
      .update(identityClaims)
      .set({
        status: confirm ? 'verified' : 'rejected',
        codeHash: null,
        codeExpiresAt: null,
        decidedBy: actorUserId(tx.actor),
        decidedAt: tx.now(),
        decisionReason: body.reason,
        version: sql`${identityClaims.version} + 1`,
        updatedAt: tx.now(),
      })
      .where(and(eq(identityClaims.id, id), eq(identityClaims.version, body.version)))
      .returning();
    if (!decided) throw staleVersion();
    await appendAudit(tx, {
      action: confirm ? 'identity.confirmed_in_person' : 'identity.rejected_in_person',
      entityType: 'identity_claim',
      entityId: id,
      after: { status: decided.status, personId: claim.personId, userId: claim.userId },
      detail: { reason: body.reason },
    });
    if (confirm) await appendAudit(tx, { action: 'identity.linked', entityType: 'user', entityId: claim.userId, after: { personId: claim.personId }, detail: { method: 'in_person', claimId: id } });
    const notice = confirm ? 'notification.identityConfirmed' : 'notification.identityRejected';
    await notify(tx, {
      userId: claim.userId,
      kind: confirm ? 'identity.confirmed' : 'identity.rejected',
      message: { title: `${notice}.title`, body: `${notice}.body`, params: { reason: body.reason } },
    });
    return { id: decided.id, status: decided.status, version: decided.version };
  });
}
