import { decodeProtectedHeader } from 'jose';
import type { ServiceContext } from '../../platform/context.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { cityKey, jwksOf, keyByKid, keysOf } from './signing-keys.ts';
import { currentStatusList } from './status-list.ts';
import { verifyCredential, type VerificationResult } from './vc/verify.ts';

/** Longest text taken for verification: a credential is a few kilobytes, a bundle with its status list some tens. */
export const VERIFY_TEXT_MAX = 200_000;

/** The credential in a pasted text: a bare compact JWS, or the `credential` of a downloaded bundle. */
export function credentialOfText(text: string): string | null {
  const trimmed = text.trim();
  if (/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(trimmed)) return trimmed;
  try {
    const parsed = JSON.parse(trimmed) as { credential?: unknown };
    return typeof parsed.credential === 'string' ? parsed.credential.trim() : null;
  } catch {
    return null;
  }
}

/**
 * Server-side verification of a pasted credential or bundle: the same pure check as offline, with
 * this platform's keys, endorsements and the issuer's current status list in place of whatever
 * the text carries (a pasted bundle's own keys are not trusted).
 */
export async function verifyCredentialText(deps: { ctx: ServiceContext; keyring: Keyring; publicUrl: string }, text: string): Promise<VerificationResult> {
  const { ctx, keyring, publicUrl } = deps;
  const jws = text.length <= VERIFY_TEXT_MAX ? credentialOfText(text) : null;
  if (!jws) return { verdict: 'malformed', reason: 'no credential found in the text', status: 'unchecked' };
  let kid: unknown;
  try {
    kid = decodeProtectedHeader(jws).kid;
  } catch {
    return { verdict: 'malformed', reason: 'not a compact JWS', status: 'unchecked' };
  }
  await cityKey(ctx, keyring, publicUrl);
  const cityJwks = jwksOf(await keysOf(ctx, null));
  const key = typeof kid === 'string' ? await keyByKid(ctx, kid) : undefined;
  if (!key?.institutionId) return verifyCredential({ jws, cityJwks, endorsements: [], now: ctx.now() });
  const issuer = jwksOf(await keysOf(ctx, key.institutionId));
  const statusList = await currentStatusList(ctx, keyring, publicUrl, key.institutionId);
  return verifyCredential({ jws, cityJwks, endorsements: issuer.endorsements, issuerJwks: issuer, statusList, now: ctx.now() });
}
