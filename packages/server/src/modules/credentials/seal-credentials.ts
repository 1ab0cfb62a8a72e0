import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { unseal } from '../../platform/crypto/pii.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { rows } from '../../platform/db/client.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { certificates, persons } from '../../platform/db/schema.ts';
import { institutionKey, privateJwkOf, type SigningKeyRow } from './signing-keys.ts';
import { certificateCredential } from './vc/credential.ts';
import { importSigningKey, signJson, VC_JWT_TYP, type SigningKey } from './vc/jws.ts';

/** Certificates signed per transaction: the write is one statement, and the embedded database is never held for long. */
export const SEAL_CHUNK = 500;

/**
 * Signs the credentials of the named certificates that have none yet, with their institution's
 * current key, and writes them in one short transaction per chunk with one audit event. Signing
 * (and unsealing each holder's ID number, which only its salted hash leaves) happens before the
 * transaction. Idempotent: an already sealed certificate is skipped, here and in the update's
 * `credential is null`, so two runs at once seal each certificate once. Returns how many it sealed.
 */
export async function sealCredentials(ctx: ServiceContext, keyring: Keyring, publicUrl: string, certificateIds: readonly string[]): Promise<number> {
  let sealed = 0;
  for (let start = 0; start < certificateIds.length; start += SEAL_CHUNK) {
    const ids = [...new Set(certificateIds.slice(start, start + SEAL_CHUNK))];
    const pending = await ctx.db
      .select({ certificate: certificates, idNumberSealed: persons.idNumberSealed })
      .from(certificates)
      .innerJoin(persons, eq(persons.id, certificates.personId))
      .where(and(inArray(certificates.id, ids), isNull(certificates.credential)));
    if (!pending.length) continue;
    // Each institution's key is opened and imported once per chunk, not once per certificate.
    const keys = new Map<string, { row: SigningKeyRow; key: SigningKey }>();
    for (const institutionId of new Set(pending.map((p) => p.certificate.institutionId))) {
      const row = await institutionKey(ctx, keyring, publicUrl, institutionId);
      keys.set(institutionId, { row, key: await importSigningKey(privateJwkOf(keyring, row)) });
    }
    const signedAt = ctx.now();
    const signed: Array<{ id: string; credential: string; kid: string }> = [];
    for (const { certificate: c, idNumberSealed } of pending) {
      const { row, key } = keys.get(c.institutionId)!;
      const credential = certificateCredential(publicUrl, { ...c, idNumber: unseal(keyring, 'id_number', idNumberSealed) }, signedAt);
      signed.push({ id: c.id, credential: await signJson(credential, key, row.kid, { typ: VC_JWT_TYP, cty: 'vc' }), kid: row.kid });
    }
    sealed += await withTransaction(ctx, async (tx) => {
      const written = await rows<{ id: string }>(
        tx.db,
        sql`update certificates c set credential = v.credential, credential_key_id = v.kid
            from json_to_recordset(${JSON.stringify(signed)}::json) as v(id uuid, credential text, kid text)
            where c.id = v.id and c.credential is null
            returning c.id`,
      );
      if (written.length) {
        const writtenIds = written.map((w) => w.id).sort();
        await appendAudit(tx, {
          action: 'certificate.credentialsSealed',
          entityType: 'certificate',
          entityId: writtenIds.length === 1 ? writtenIds[0] : null,
          after: { certificateIds: writtenIds },
          detail: { count: writtenIds.length, kids: [...new Set(signed.map((s) => s.kid))] },
        });
      }
      return written.length;
    });
  }
  return sealed;
}

/** Seals every certificate still without a credential, oldest first, a chunk at a time (the `seal-credentials` job). */
export async function sealPendingCredentials(ctx: ServiceContext, keyring: Keyring, publicUrl: string): Promise<{ sealed: number }> {
  let sealed = 0;
  for (;;) {
    const batch = await ctx.db.select({ id: certificates.id }).from(certificates).where(isNull(certificates.credential)).orderBy(asc(certificates.createdAt), asc(certificates.id)).limit(SEAL_CHUNK);
    if (!batch.length) return { sealed };
    const done = await sealCredentials(
      ctx,
      keyring,
      publicUrl,
      batch.map((b) => b.id),
    );
    sealed += done;
    // Nothing sealable in a full batch (rows sealed by another process meanwhile are gone from the next select): stop rather than spin.
    if (!done) return { sealed };
  }
}
