import { and, desc, eq, inArray } from 'drizzle-orm';
import { canClaimIdentity, OPEN_IDENTITY_CLAIM_STATUSES, ownPersonIds } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { identityClaims } from '../../platform/db/schema.ts';
import { AppError, assertAllowed } from '../../platform/errors.ts';
import type { SmsSender } from '../../platform/sms/sms-sender.ts';
import { toClaimView, type ClaimRow } from './claim-view.ts';

/** The signed-in candidate's user id; only candidates have claims. */
export function claimantId(ctx: ServiceContext): string {
  assertAllowed(canClaimIdentity(ctx.actor));
  if (ctx.actor.kind !== 'user') throw new AppError('UNAUTHENTICATED', 'auth.required');
  return ctx.actor.userId;
}

/** The account's claim still waiting for proof, locked for the change the caller makes. */
export async function loadOpenClaim(tx: ServiceContext, userId: string): Promise<ClaimRow> {
  const [claim] = await tx.db
    .select()
    .from(identityClaims)
    .where(and(eq(identityClaims.userId, userId), inArray(identityClaims.status, [...OPEN_IDENTITY_CLAIM_STATUSES])))
    .for('update');
  if (!claim) throw new AppError('NOT_FOUND', 'identity.noOpenClaim');
  return claim;
}

/** Where the candidate's identity stands: not claimed, waiting for a code or a visit, linked, or refused. */
export async function getOwnClaim({ ctx, sms }: { ctx: ServiceContext; sms: SmsSender | null | undefined }) {
  const userId = claimantId(ctx);
  const linked = ownPersonIds(ctx.actor).length > 0;
  const [latest] = await ctx.db.select().from(identityClaims).where(eq(identityClaims.userId, userId)).orderBy(desc(identityClaims.createdAt), desc(identityClaims.id)).limit(1);
  // A claim cancelled by the candidate, or one overtaken by an officer's unlinking, is history, not state.
  const current = latest && (latest.status !== 'cancelled' ? latest : null);
  if (linked) return toClaimView(current?.status === 'verified' ? current : null, { sms, linked });
  return toClaimView(current && current.status !== 'verified' ? current : null, { sms, linked });
}
