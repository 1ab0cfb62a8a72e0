import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { accountLinkPolicy, districtOfIdNumber, type IdType } from '@jiping/domain';
import { UnlinkAccountBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { identityClaims, persons, userGrants } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, notFound } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { unseal } from '../../platform/crypto/pii.ts';
import { notify } from '../notifications/index.ts';
import { districtsKnowingPerson } from '../people/index.ts';

/**
 * Removes the link between a candidate account and a person (a link made in error, an account
 * that is not the person's). Never the candidate's own act: the city, or an officer of a district
 * that knows the person, with a reason. The account may then claim an identity again.
 */
export async function unlinkAccount({ ctx, keyring, userId, input }: { ctx: ServiceContext; keyring: Keyring; userId: string; input: z.input<typeof UnlinkAccountBody> }) {
  const body = parseInput(UnlinkAccountBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const [grant] = await tx.db
      .select({ grantId: userGrants.id, personId: userGrants.personId })
      .from(userGrants)
      .where(and(eq(userGrants.userId, userId), eq(userGrants.role, 'candidate')))
      .for('update', { of: userGrants });
    if (!grant) throw notFound('user');
    if (!grant.personId) throw new AppError('CONFLICT', 'identity.notLinked');
    const [person] = await tx.db.select({ idType: persons.idType, idNumberSealed: persons.idNumberSealed }).from(persons).where(eq(persons.id, grant.personId));
    const issued = person ? districtOfIdNumber(person.idType as IdType, unseal(keyring, 'id_number', person.idNumberSealed)) : null;
    assertAllowed(accountLinkPolicy(tx.actor, { districtCodes: await districtsKnowingPerson(tx.db, grant.personId, issued) }));
    await tx.db.update(userGrants).set({ personId: null }).where(eq(userGrants.id, grant.grantId));
    // The claim that made the link is history now; the account starts again from nothing.
    await tx.db
      .update(identityClaims)
      .set({ status: 'cancelled', version: sql`${identityClaims.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(identityClaims.userId, userId), eq(identityClaims.status, 'verified'), isNotNull(identityClaims.personId)));
    await appendAudit(tx, { action: 'identity.unlinked', entityType: 'user', entityId: userId, before: { personId: grant.personId }, after: { personId: null }, detail: { reason: body.reason } });
    await notify(tx, {
      userId,
      kind: 'identity.unlinked',
      message: { title: 'notification.identityUnlinked.title', body: 'notification.identityUnlinked.body', params: { reason: body.reason } },
    });
    return { userId, linked: false };
  });
}
