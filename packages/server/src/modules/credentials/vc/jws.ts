import { calculateJwkThumbprint, CompactSign, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

/** Media types of what is signed: a credential (VC-JOSE-COSE), and the city's endorsement of an institution key. */
export const VC_JWT_TYP = 'vc+jwt';
export const ENDORSEMENT_TYP = 'key-endorsement+jwt';

export interface GeneratedKey {
  publicJwk: JWK;
  privateJwk: JWK;
  /** RFC 7638 thumbprint of the public key: the fragment of its DID URL. */
  thumbprint: string;
}

export async function generateSigningKey(): Promise<GeneratedKey> {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const privateJwk = await exportJWK(privateKey);
  return { publicJwk: { kty: publicJwk.kty, crv: publicJwk.crv, x: publicJwk.x }, privateJwk, thumbprint: await calculateJwkThumbprint(publicJwk) };
}

/** A compact JWS over a JSON payload, EdDSA, with the key's DID URL as `kid`. */
export async function signJson(payload: object, privateJwk: JWK | SigningKey, kid: string, header: { typ: string; cty?: string }): Promise<string> {
  const key = 'kty' in privateJwk ? await importSigningKey(privateJwk) : privateJwk;
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: 'EdDSA', kid, ...header }).sign(key);
}

/** A private key ready to sign: imported once when many payloads are signed with it. */
export type SigningKey = Exclude<Awaited<ReturnType<typeof importJWK>>, Uint8Array>;

export async function importSigningKey(privateJwk: JWK): Promise<SigningKey> {
  const key = await importJWK(privateJwk, 'EdDSA');
  if (key instanceof Uint8Array) throw new Error('not an Ed25519 private key');
  return key;
}

/** The public members of a JWK as published (never `d`). */
export function publicJwkOf(jwk: JWK, kid: string) {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new Error('not an Ed25519 public key');
  return { kty: 'OKP' as const, crv: 'Ed25519' as const, x: jwk.x, kid, alg: 'EdDSA' as const, use: 'sig' as const };
}
