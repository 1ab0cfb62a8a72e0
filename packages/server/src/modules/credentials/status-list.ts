import { eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { rows } from '../../platform/db/client.ts';
import { institutions } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import { institutionKey, privateJwkOf } from './signing-keys.ts';
import { statusListCredential, STATUS_LIST_VALIDITY_MS } from './vc/credential.ts';
import { VC_JWT_TYP, signJson } from './vc/jws.ts';
import { encodeStatusList, statusListLength } from './vc/status-list.ts';

interface Cached {
  fingerprint: string;
  jws: string;
  signedAt: number;
}

/**
 * Signed lists by institution, in this process. A list is signed again when its fingerprint
 * changes (the count of certificates no longer valid, which only grows, so a revocation or
 * replacement shows on the very next request; the highest index; the signing key) or when half
 * its validity has passed, so what is served is never stale by more than that.
 */
const cache = new Map<string, Cached>();

/** The institution's BitstringStatusListCredential as a compact JWS (VC-JOSE), current as of this moment. */
export async function currentStatusList(ctx: ServiceContext, keyring: Keyring, publicUrl: string, institutionId: string): Promise<string> {
  const [institution] = await ctx.db.select({ id: institutions.id, name: institutions.name }).from(institutions).where(eq(institutions.id, institutionId));
  if (!institution) throw notFound('entity.institution');
  const key = await institutionKey(ctx, keyring, publicUrl, institutionId);
  const [facts] = await rows<{ withdrawn: number; highest: number }>(
    ctx.db,
    sql`select count(*) filter (where status <> 'valid')::int as withdrawn, coalesce(max(status_list_index), -1)::int as highest from certificates where institution_id = ${institutionId}`,
  );
  const fingerprint = `${publicUrl}|${key.kid}|${facts!.withdrawn}|${facts!.highest}`;
  const now = ctx.now().getTime();
  const cached = cache.get(institutionId);
  if (cached && cached.fingerprint === fingerprint && now - cached.signedAt < STATUS_LIST_VALIDITY_MS / 2 && now >= cached.signedAt) return cached.jws;
  const withdrawn = facts!.withdrawn
    ? (await rows<{ index: number }>(ctx.db, sql`select status_list_index as index from certificates where institution_id = ${institutionId} and status <> 'valid'`)).map((r) => Number(r.index))
    : [];
  const encoded = encodeStatusList(withdrawn, statusListLength(facts!.highest));
  const jws = await signJson(statusListCredential(publicUrl, institution, encoded, ctx.now()), privateJwkOf(keyring, key), key.kid, { typ: VC_JWT_TYP, cty: 'vc' });
  cache.set(institutionId, { fingerprint, jws, signedAt: now });
  return jws;
}
