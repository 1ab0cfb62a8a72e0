import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { institutions } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import { cityKey, didDocumentOf, jwksOf, keysOf } from './signing-keys.ts';
import { cityDid, institutionDid } from './vc/addresses.ts';

async function institutionKeys(ctx: ServiceContext, institutionId: string) {
  const [institution] = await ctx.db.select({ id: institutions.id }).from(institutions).where(eq(institutions.id, institutionId));
  if (!institution) throw notFound('entity.institution');
  return keysOf(ctx, institutionId);
}

/** The city's root keys (the first is created on first use, so the set is never empty). */
export async function publishedCityKeys(ctx: ServiceContext, keyring: Keyring, publicUrl: string) {
  await cityKey(ctx, keyring, publicUrl);
  return keysOf(ctx, null);
}

export async function cityJwks(ctx: ServiceContext, keyring: Keyring, publicUrl: string) {
  return { keys: jwksOf(await publishedCityKeys(ctx, keyring, publicUrl)).keys };
}

export async function cityDidDocument(ctx: ServiceContext, keyring: Keyring, publicUrl: string) {
  return didDocumentOf(cityDid(publicUrl), await publishedCityKeys(ctx, keyring, publicUrl));
}

/** Every key the institution ever signed with, and the city's endorsement of each; empty before its first credential. */
export async function institutionJwks(ctx: ServiceContext, institutionId: string) {
  return jwksOf(await institutionKeys(ctx, institutionId));
}

export async function institutionDidDocument(ctx: ServiceContext, publicUrl: string, institutionId: string) {
  return didDocumentOf(institutionDid(publicUrl, institutionId), await institutionKeys(ctx, institutionId));
}
