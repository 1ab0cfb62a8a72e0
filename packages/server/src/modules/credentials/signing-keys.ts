import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { JWK } from 'jose';
import { systemActor } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { openSecret, sealSecret } from '../../platform/crypto/seal-secret.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { institutionSigningKeys } from '../../platform/db/schema.ts';
import { cityDid, institutionDid } from './vc/addresses.ts';
import { ENDORSEMENT_TYP, generateSigningKey, publicJwkOf, signJson } from './vc/jws.ts';

export type SigningKeyRow = typeof institutionSigningKeys.$inferSelect;

/** The sealing purpose of a private key: bound to its kid, so a sealed key moved to another row does not open. */
const purposeOf = (kid: string) => `signing-key:${kid}`;

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** Whose key: an institution's, or the city's root (null). */
const ownerIs = (institutionId: string | null) => (institutionId ? eq(institutionSigningKeys.institutionId, institutionId) : isNull(institutionSigningKeys.institutionId));

/** The private JWK of a key, unsealed for signing in this process only (never returned, logged or audited). */
export function privateJwkOf(keyring: Keyring, row: SigningKeyRow): JWK {
  return JSON.parse(openSecret(keyring.signingMasterKey, purposeOf(row.kid), row.privateJwkSealed).toString('utf8')) as JWK;
}

async function activeKey(ctx: ServiceContext, institutionId: string | null): Promise<SigningKeyRow | undefined> {
  const [row] = await ctx.db
    .select()
    .from(institutionSigningKeys)
    .where(and(ownerIs(institutionId), isNull(institutionSigningKeys.retiredAt)))
    .limit(1);
  return row;
}

/** Every key of an institution (or the city), oldest first: all stay published for what they signed. */
export async function keysOf(ctx: ServiceContext, institutionId: string | null): Promise<SigningKeyRow[]> {
  return ctx.db.select().from(institutionSigningKeys).where(ownerIs(institutionId)).orderBy(asc(institutionSigningKeys.activatedAt), asc(institutionSigningKeys.kid));
}

export async function keyByKid(ctx: ServiceContext, kid: string): Promise<SigningKeyRow | undefined> {
  const [row] = await ctx.db.select().from(institutionSigningKeys).where(eq(institutionSigningKeys.kid, kid)).limit(1);
  return row;
}

/** The city's endorsement of an institution key: `exp` once the key is retired, so nothing it signs later is trusted. */
async function endorse(keyring: Keyring, city: SigningKeyRow, publicUrl: string, key: { institutionId: string; kid: string; publicJwk: JWK; activatedAt: Date; retiredAt: Date | null }, now: Date) {
  const claims = {
    iss: cityDid(publicUrl),
    sub: institutionDid(publicUrl, key.institutionId),
    kid: key.kid,
    jwk: publicJwkOf(key.publicJwk, key.kid),
    nbf: seconds(key.activatedAt),
    iat: seconds(now),
    ...(key.retiredAt ? { exp: seconds(key.retiredAt) } : {}),
  };
  return signJson(claims, privateJwkOf(keyring, city), city.kid, { typ: ENDORSEMENT_TYP });
}

/**
 * Inserts a new active key for the owner in the caller's transaction. A concurrent first use that
 * got there first wins on the unique index of active keys, and this one returns theirs.
 */
async function insertKey(tx: ServiceContext, keyring: Keyring, publicUrl: string, institutionId: string | null, city: SigningKeyRow | null): Promise<SigningKeyRow> {
  const generated = await generateSigningKey();
  const did = institutionId ? institutionDid(publicUrl, institutionId) : cityDid(publicUrl);
  const kid = `${did}#${generated.thumbprint}`;
  const now = tx.now();
  const endorsement = institutionId && city ? await endorse(keyring, city, publicUrl, { institutionId, kid, publicJwk: generated.publicJwk, activatedAt: now, retiredAt: null }, now) : null;
  const [row] = await tx.db
    .insert(institutionSigningKeys)
    .values({
      kid,
      institutionId,
      publicJwk: generated.publicJwk as Record<string, string>,
      privateJwkSealed: sealSecret(keyring.signingMasterKey, purposeOf(kid), JSON.stringify(generated.privateJwk)),
      endorsement,
      activatedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return (await activeKey(tx, institutionId))!;
  await appendAudit(tx, { action: 'signingKey.create', entityType: 'signing_key', entityId: row.id, after: { kid, institutionId }, detail: { kid, owner: institutionId ?? 'city' } });
  return row;
}

/**
 * A key created on first use is the platform's act, whoever's request needed it (a visitor
 * fetching a status list, say): audited as the system, in a transaction of its own.
 */
const firstUse = (ctx: ServiceContext): ServiceContext => (ctx.inTransaction ? ctx : { ...ctx, actor: systemActor('signing-keys') });

/** The city's root key, created on first use. */
export async function cityKey(ctx: ServiceContext, keyring: Keyring, publicUrl: string): Promise<SigningKeyRow> {
  const existing = await activeKey(ctx, null);
  if (existing) return existing;
  return withTransaction(firstUse(ctx), (tx) => insertKey(tx, keyring, publicUrl, null, null));
}

/** The key an institution signs with now, created (and endorsed by the city) on first use. */
export async function institutionKey(ctx: ServiceContext, keyring: Keyring, publicUrl: string, institutionId: string): Promise<SigningKeyRow> {
  const existing = await activeKey(ctx, institutionId);
  if (existing) return existing;
  const city = await cityKey(ctx, keyring, publicUrl);
  return withTransaction(firstUse(ctx), (tx) => insertKey(tx, keyring, publicUrl, institutionId, city));
}

/**
 * Rotation: the active key retires now (re-endorsed with `exp`, so what it signed before stays
 * valid and nothing signed later is), and a new key signs from now on. One short transaction,
 * serialised per institution by the row lock on the active key.
 */
export async function rotateInstitutionKey(ctx: ServiceContext, keyring: Keyring, publicUrl: string, institutionId: string): Promise<SigningKeyRow> {
  const city = await cityKey(ctx, keyring, publicUrl);
  return withTransaction(ctx, async (tx) => {
    const [current] = await tx.db
      .select()
      .from(institutionSigningKeys)
      .where(and(eq(institutionSigningKeys.institutionId, institutionId), isNull(institutionSigningKeys.retiredAt)))
      .for('update');
    if (current) {
      const now = tx.now();
      const endorsement = await endorse(keyring, city, publicUrl, { institutionId, kid: current.kid, publicJwk: current.publicJwk as JWK, activatedAt: current.activatedAt, retiredAt: now }, now);
      await tx.db
        .update(institutionSigningKeys)
        .set({ retiredAt: now, endorsement, version: sql`${institutionSigningKeys.version} + 1`, updatedAt: now })
        .where(eq(institutionSigningKeys.id, current.id));
      await appendAudit(tx, {
        action: 'signingKey.retire',
        entityType: 'signing_key',
        entityId: current.id,
        before: { kid: current.kid, retiredAt: null },
        after: { kid: current.kid, retiredAt: now },
        detail: { kid: current.kid },
      });
    }
    return insertKey(tx, keyring, publicUrl, institutionId, city);
  });
}

/** The published form of keys: a JWKS (public members only), with the city's endorsements alongside (RFC 7517 §5 lets a set carry other members). */
export function jwksOf(keys: SigningKeyRow[]) {
  return {
    keys: keys.map((k) => publicJwkOf(k.publicJwk as JWK, k.kid)),
    endorsements: keys.flatMap((k) => (k.endorsement ? [k.endorsement] : [])),
  };
}

/**
 * A did:web DID document listing every key of its subject as a JsonWebKey verification method.
 * Retired keys stay assertion methods (what they signed before retiring stays valid); when a key
 * retired is said by its endorsement's `exp`, which the JWKS carries.
 */
export function didDocumentOf(did: string, keys: SigningKeyRow[]) {
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
    id: did,
    verificationMethod: keys.map((k) => ({ id: k.kid, type: 'JsonWebKey' as const, controller: did, publicKeyJwk: publicJwkOf(k.publicJwk as JWK, k.kid) })),
    assertionMethod: keys.map((k) => k.kid),
  };
}
