import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { certificates } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import { sealCredentials } from './seal-credentials.ts';
import { cityKey, jwksOf, keysOf } from './signing-keys.ts';
import { currentStatusList } from './status-list.ts';

export const BUNDLE_FORMAT = 'jiping-credential-bundle/1';

/** The downloadable file of a certificate: everything an offline verifier needs besides trusting the city's keys. */
export interface CredentialBundle {
  format: typeof BUNDLE_FORMAT;
  certificateNumber: string;
  /** The credential, a compact JWS (VC-JOSE). */
  credential: string;
  /** The city's endorsements of every key of the issuing institution. */
  endorsements: string[];
  /** The city's keys, so the file verifies without the network; a careful verifier compares them with the published ones. */
  cityJwks: { keys: object[] };
  /** The institution's status list as of the download. */
  statusList: string;
  statusListFetchedAt: string;
}

/**
 * The bundle of one certificate (sealing it first if it is not sealed yet). Access is decided by
 * the caller's route: this function reveals the credential of whatever id it is given.
 */
export async function credentialBundle(ctx: ServiceContext, keyring: Keyring, publicUrl: string, certificateId: string): Promise<CredentialBundle> {
  await sealCredentials(ctx, keyring, publicUrl, [certificateId]);
  const [certificate] = await ctx.db
    .select({ number: certificates.number, institutionId: certificates.institutionId, credential: certificates.credential })
    .from(certificates)
    .where(eq(certificates.id, certificateId));
  if (!certificate?.credential) throw notFound('entity.certificate');
  await cityKey(ctx, keyring, publicUrl);
  const [institutionKeys, cityKeys, statusList] = [await keysOf(ctx, certificate.institutionId), await keysOf(ctx, null), await currentStatusList(ctx, keyring, publicUrl, certificate.institutionId)];
  return {
    format: BUNDLE_FORMAT,
    certificateNumber: certificate.number,
    credential: certificate.credential,
    endorsements: jwksOf(institutionKeys).endorsements,
    cityJwks: { keys: jwksOf(cityKeys).keys },
    statusList,
    statusListFetchedAt: ctx.now().toISOString(),
  };
}
