import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { canClaimIdentity, districtOfIdNumber, maskIdNumber, OPEN_IDENTITY_CLAIM_STATUSES, ownPersonIds, sameName, shanghaiDate } from '@jiping/domain';
import { ClaimIdentityBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { identityClaims, userGrants } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, conflict, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import type { SmsSender } from '../../platform/sms/sms-sender.ts';
import { checkIdentity, findOrCreatePerson, districtsKnowingPerson, lookUpIdentity, recordLookup } from '../people/index.ts';
import { codeExpiry, newCode, sendCode } from './one-time-code.ts';
import { toClaimView } from './claim-view.ts';

interface Deps {
  keyring: Keyring;
  sms: SmsSender | null | undefined;
}

/**
 * A candidate names the identity on their card. An ID number the city does not know is a new
 * person, created and linked at once: nobody else's data is at stake. A known one must carry the
 * recorded name, and even then the account is only linked once the code sent to the phone on the
 * record comes back, or, where the record has no phone (or no SMS can be sent), once someone
 * confirms the card in person. Until then the account sees nothing of the person.
 */
export async function claimIdentity({ ctx, keyring, sms, input }: Deps & { ctx: ServiceContext; input: z.input<typeof ClaimIdentityBody> }) {
  assertAllowed(canClaimIdentity(ctx.actor));
  if (ctx.actor.kind !== 'user') throw new AppError('UNAUTHENTICATED', 'auth.required');
  const userId = ctx.actor.userId;
  if (ownPersonIds(ctx.actor).length) throw conflict('identity.alreadyLinked');
  const body = parseInput(ClaimIdentityBody, input, ctx.locale);
  const { problems, identity } = checkIdentity(body, shanghaiDate(ctx.now()));
  if (!identity) throw validation(problems);
  const { blind, known } = await lookUpIdentity(ctx, keyring, identity, 'name');

  const outcome = await withTransaction(ctx, async (tx) => {
    await tx.db
      .update(identityClaims)
      .set({ status: 'cancelled', codeHash: null, version: sql`${identityClaims.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(identityClaims.userId, userId), inArray(identityClaims.status, [...OPEN_IDENTITY_CLAIM_STATUSES])));
    const { row: person, created } = known ? { row: known, created: false } : await findOrCreatePerson(tx, keyring, identity, null);
    if (!created && !sameName(person.name, identity.name)) throw validation([{ field: 'name', code: 'name_mismatch', messageKey: 'identity.nameMismatch' }]);
    await recordLookup(tx, blind, created ? 'created' : 'matched');
    if (created) {
      await linkAccount(tx, userId, person.id);
      await appendAudit(tx, { action: 'identity.linked', entityType: 'user', entityId: userId, after: { personId: person.id }, detail: { method: 'new_person' } });
      return { claim: null, code: null, person };
    }
    const [taken] = await tx.db
      .select({ id: userGrants.id })
      .from(userGrants)
      .where(and(eq(userGrants.personId, person.id), eq(userGrants.role, 'candidate')));
    if (taken) throw conflict('identity.personTaken');
    const byCode = Boolean(person.phoneSealed && sms);
    const [claim] = await tx.db
      .insert(identityClaims)
      .values({
        userId,
        personId: person.id,
        status: byCode ? 'code_sent' : 'pending_in_person',
        claimedName: identity.name,
        idNumberMasked: maskIdNumber(identity.idNumber),
        districtCodes: await districtsKnowingPerson(tx.db, person.id, districtOfIdNumber(identity.idType, identity.idNumber)),
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    let code: string | null = null;
    let stored = claim!;
    if (byCode) {
      const fresh = newCode(keyring, claim!.id);
      code = fresh.code;
      const [withCode] = await tx.db
        .update(identityClaims)
        .set({ codeHash: fresh.hash, codeExpiresAt: codeExpiry(tx.now()), codeSends: 1, lastSentAt: tx.now() })
        .where(eq(identityClaims.id, claim!.id))
        .returning();
      stored = withCode!;
    }
    await appendAudit(tx, { action: 'identity.claimed', entityType: 'identity_claim', entityId: claim!.id, detail: { personId: person.id, status: stored.status } });
    return { claim: stored, code, person };
  });

  if (outcome.code && sms) await sendCode(ctx, sms, keyring, outcome.person.phoneSealed!, outcome.code);
  return toClaimView(outcome.claim, { sms, linked: outcome.claim === null });
}

/**
 * Sets the candidate grant's person. The unique index on linked people settles a race between
 * two accounts: the loser is told the person is taken, never linked.
 */
export async function linkAccount(tx: ServiceContext, userId: string, personId: string): Promise<void> {
  try {
    const linked = await tx.db
      .update(userGrants)
      .set({ personId })
      .where(and(eq(userGrants.userId, userId), eq(userGrants.role, 'candidate'), isNull(userGrants.personId)))
      .returning({ id: userGrants.id });
    if (!linked.length) throw conflict('identity.alreadyLinked');
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('identity.personTaken');
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (e.code === '23505') return true;
  return false;
}
