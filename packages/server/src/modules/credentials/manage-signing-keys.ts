import { eq } from 'drizzle-orm';
import { signingKeyPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { institutions } from '../../platform/db/schema.ts';
import { assertAllowed, notFound } from '../../platform/errors.ts';
import { keysOf, rotateInstitutionKey, type SigningKeyRow } from './signing-keys.ts';

async function checkInstitution(ctx: ServiceContext, institutionId: string) {
  const [institution] = await ctx.db.select({ id: institutions.id }).from(institutions).where(eq(institutions.id, institutionId));
  if (!institution) throw notFound('entity.institution');
  assertAllowed(signingKeyPolicy(ctx.actor, institutionId));
}

const view = (keys: SigningKeyRow[]) => ({
  items: keys.map((k) => ({ kid: k.kid, activatedAt: k.activatedAt.toISOString(), retiredAt: k.retiredAt?.toISOString() ?? null, active: !k.retiredAt })).reverse(),
});

/** The institution's keys, newest first (none until its first credential is signed). */
export async function listSigningKeys({ ctx, institutionId }: { ctx: ServiceContext; institutionId: string }) {
  await checkInstitution(ctx, institutionId);
  return view(await keysOf(ctx, institutionId));
}

/** Retires the signing key and starts a new one (audited); earlier credentials stay valid. */
export async function rotateSigningKey({ ctx, keyring, publicUrl, institutionId }: { ctx: ServiceContext; keyring: Keyring; publicUrl: string; institutionId: string }) {
  await checkInstitution(ctx, institutionId);
  await rotateInstitutionKey(ctx, keyring, publicUrl, institutionId);
  return view(await keysOf(ctx, institutionId));
}
