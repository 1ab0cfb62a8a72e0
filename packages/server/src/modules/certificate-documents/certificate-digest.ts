import { createHash, timingSafeEqual } from 'node:crypto';

/** Characters of the credential digest printed in the QR code (96 bits of SHA-256). */
export const CREDENTIAL_DIGEST_LENGTH = 16;

/**
 * The short digest of a certificate's credential that its QR code carries: the first 16
 * characters of base64url(SHA-256(compact JWS)). The code holds the digest, not the credential,
 * so it stays small enough to scan from paper; the verify page recomputes it from the credential
 * it holds and so tells a printout of the current certificate from one of a replaced credential.
 */
export function credentialDigest(credentialJws: string): string {
  return createHash('sha256').update(credentialJws, 'utf8').digest('base64url').slice(0, CREDENTIAL_DIGEST_LENGTH);
}

/** Whether `digest` (from a scanned QR code) is the digest of this credential; constant-time. */
export function credentialDigestMatches(credentialJws: string, digest: string): boolean {
  const expected = Buffer.from(credentialDigest(credentialJws));
  const given = Buffer.from(digest);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** What the QR code of a certificate holds: `<publicUrl>/verify/<number>?d=<digest>`. */
export function certificateVerifyUrl(publicUrl: string, number: string, credentialJws: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/verify/${encodeURIComponent(number)}?d=${credentialDigest(credentialJws)}`;
}
