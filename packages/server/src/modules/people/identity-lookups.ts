import { and, count, eq, gte } from 'drizzle-orm';
import { actorUserId, IDENTITY_LOOKUP_LIMITS, sameName, type IdentityLookupOutcome } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { identityLookups, userGrants, users } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { bulkInsert } from '../../platform/db/bulk-insert.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, validation } from '../../platform/errors.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { nextNumber } from '../../platform/db/next-number.ts';
import { notify } from '../notifications/index.ts';
import { findPersonByIdentity, identityBlindIndex, type CheckedIdentity } from './find-or-create-person.ts';
import type { PersonRow } from './person-view.ts';

const windowStart = (ctx: ServiceContext) => new Date(ctx.now().getTime() - IDENTITY_LOOKUP_LIMITS.windowMinutes * 60_000);

const tooMany = () => new AppError('TOO_MANY_REQUESTS', 'identity.tooManyLookups', { minutes: String(IDENTITY_LOOKUP_LIMITS.windowMinutes) });

/**
 * Refuses a look-up of an ID number once the account, or the ID number, has had too many
 * mismatching names in the window; for a known person the caller has no relation with, also once
 * the account has looked up too many such people. Checked before anything is read about the person.
 */
export async function assertLookupAllowed(ctx: ServiceContext, blind: string): Promise<void> {
  const userId = actorUserId(ctx.actor);
  if (!userId) return;
  const since = windowStart(ctx);
  const [mine] = await ctx.db
    .select({ n: count() })
    .from(identityLookups)
    .where(and(eq(identityLookups.userId, userId), eq(identityLookups.outcome, 'name_mismatch'), gte(identityLookups.at, since)));
  if ((mine?.n ?? 0) >= IDENTITY_LOOKUP_LIMITS.mismatchPerAccount) throw tooMany();
  const [theirs] = await ctx.db
    .select({ n: count() })
    .from(identityLookups)
    .where(and(eq(identityLookups.idNumberBlind, blind), eq(identityLookups.outcome, 'name_mismatch'), gte(identityLookups.at, since)));
  if ((theirs?.n ?? 0) >= IDENTITY_LOOKUP_LIMITS.mismatchPerIdNumber) throw tooMany();
  const [matched] = await ctx.db
    .select({ n: count() })
    .from(identityLookups)
    .where(and(eq(identityLookups.userId, userId), eq(identityLookups.outcome, 'matched'), gte(identityLookups.at, since)));
  if ((matched?.n ?? 0) >= IDENTITY_LOOKUP_LIMITS.lookupsPerAccount) throw tooMany();
}

/** Records one look-up inside the caller's transaction (it stands or falls with what it found). */
export async function recordLookup(tx: ServiceContext, blind: string, outcome: IdentityLookupOutcome): Promise<void> {
  const userId = actorUserId(tx.actor);
  if (!userId) return;
  await tx.db.insert(identityLookups).values({ userId, idNumberBlind: blind, outcome, at: tx.now() });
}

/**
 * A known ID number named with another name. The attempt is kept (its own short transaction,
 * since the request itself fails and writes nothing else), audited, and counted; the account that
 * reaches the limit is flagged to the city's administrators. The refusal never says what the
 * record holds.
 */
export async function refuseNameMismatch(ctx: ServiceContext, blind: string, field: string, personId: string): Promise<never> {
  // Inside the caller's transaction the record would roll back with the refusal.
  if (ctx.inTransaction) throw new Error('refuseNameMismatch runs outside any transaction');
  const userId = actorUserId(ctx.actor);
  if (userId) {
    await withTransaction(ctx, async (tx) => {
      await recordLookup(tx, blind, 'name_mismatch');
      await appendAudit(tx, { action: 'identity.name_mismatch', entityType: 'person', entityId: personId, detail: { field } });
      const [failures] = await tx.db
        .select({ n: count() })
        .from(identityLookups)
        .where(and(eq(identityLookups.userId, userId), eq(identityLookups.outcome, 'name_mismatch'), gte(identityLookups.at, windowStart(tx))));
      // At or past the limit (concurrent look-ups may pass it together): the flag is raised once per window.
      if ((failures?.n ?? 0) >= IDENTITY_LOOKUP_LIMITS.mismatchPerAccount) await flagAccount(tx, userId, failures!.n);
    });
  }
  throw validation([{ field, code: 'name_mismatch', messageKey: 'identity.nameMismatch' }]);
}

/**
 * Tells every municipal administrator, once per account and window, that the account looks like
 * an enumeration. The window's flag is a counter row: the first to take it raises the flag.
 */
async function flagAccount(tx: ServiceContext, userId: string, failures: number) {
  const bucket = Math.floor(tx.now().getTime() / (IDENTITY_LOOKUP_LIMITS.windowMinutes * 60_000));
  if ((await nextNumber(tx, `identity-flag:${userId}:${bucket}`)) !== 1) return;
  const [account] = await tx.db.select({ username: users.username, displayName: users.displayName }).from(users).where(eq(users.id, userId));
  await appendAudit(tx, { action: 'identity.lookups_flagged', entityType: 'user', entityId: userId, detail: { failures, windowMinutes: IDENTITY_LOOKUP_LIMITS.windowMinutes } });
  const admins = await tx.db.selectDistinct({ userId: userGrants.userId }).from(userGrants).where(eq(userGrants.role, 'municipal_admin'));
  const params = { username: account?.username ?? userId, displayName: account?.displayName ?? '', count: String(failures), minutes: String(IDENTITY_LOOKUP_LIMITS.windowMinutes) };
  for (const admin of admins) {
    await notify(tx, {
      userId: admin.userId,
      kind: 'identity.lookups_flagged',
      message: { title: 'notification.identityFlagged.title', body: 'notification.identityFlagged.body', params },
      dedupeKey: `identity-flag:${userId}:${bucket}:${admin.userId}`,
    });
  }
}

/**
 * The one way a caller finds a person by ID number: within the look-up limits, and only with the
 * recorded name (a mismatch is refused, counted and audited). Returns the person, or null when the
 * city does not know the number, with the blind index to record the look-up under.
 */
export async function lookUpIdentity(ctx: ServiceContext, keyring: Keyring, identity: CheckedIdentity, field: string): Promise<{ blind: string; known: PersonRow | null }> {
  const blind = identityBlindIndex(keyring, identity);
  await assertLookupAllowed(ctx, blind);
  const known = await findPersonByIdentity(ctx.db, keyring, identity);
  if (known && !sameName(known.name, identity.name)) await refuseNameMismatch(ctx, blind, field, known.id);
  return { blind, known };
}

/**
 * The known ID numbers a group import named with other names: counted against the uploading
 * account like single look-ups (its own short transaction, beside the import's batches), audited
 * once per batch, and flagged to the city at the same limit. A file is no way round the limits.
 */
export async function recordImportMismatches(ctx: ServiceContext, importId: string, mismatches: ReadonlyArray<{ blind: string; personId: string }>): Promise<void> {
  const userId = actorUserId(ctx.actor);
  if (!userId || !mismatches.length) return;
  await withTransaction({ ...ctx, inTransaction: false }, async (tx) => {
    await bulkInsert(
      tx.db,
      identityLookups,
      mismatches.map((m) => ({ userId, idNumberBlind: m.blind, outcome: 'name_mismatch' as const, at: tx.now() })),
    );
    await appendAudit(tx, { action: 'identity.name_mismatch', entityType: 'registration_import', entityId: importId, detail: { rows: mismatches.length } });
    const [failures] = await tx.db
      .select({ n: count() })
      .from(identityLookups)
      .where(and(eq(identityLookups.userId, userId), eq(identityLookups.outcome, 'name_mismatch'), gte(identityLookups.at, windowStart(tx))));
    if ((failures?.n ?? 0) >= IDENTITY_LOOKUP_LIMITS.mismatchPerAccount) await flagAccount(tx, userId, failures!.n);
  });
}
