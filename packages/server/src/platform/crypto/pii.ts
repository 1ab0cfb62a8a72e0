import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { Keyring } from './keyring.ts';

/**
 * Field-level encryption for personal information. A sealed value is
 * `v1.<key id>.<iv>.<tag>.<ciphertext>` (base64url): self-describing, so rotating the current key
 * never strands old rows. The associated data binds a value to its purpose: an ID number cannot
 * be swapped into the phone column and still decrypt.
 */
export function seal(keyring: Keyring, purpose: string, plaintext: string): string {
  const key = keyring.keys.get(keyring.currentKeyId)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(purpose));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', keyring.currentKeyId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}

export function unseal(keyring: Keyring, purpose: string, sealed: string): string {
  const [version, keyId = '', iv = '', tag = '', ciphertext = ''] = sealed.split('.');
  const key = keyring.keys.get(keyId);
  if (version !== 'v1' || !key) throw new Error(`cannot decrypt: unknown key "${keyId}"`);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(purpose));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}

/** Keyed, deterministic lookup token: equal values match without the value being stored. */
export function blindIndex(keyring: Keyring, purpose: string, normalized: string): string {
  return createHmac('sha256', keyring.blindIndexKey).update(`${purpose}\u0000${normalized}`).digest('hex');
}

/** The key id a sealed value was encrypted with (for rotation reports). */
export function sealedKeyId(sealed: string): string | null {
  return sealed.split('.')[1] ?? null;
}
