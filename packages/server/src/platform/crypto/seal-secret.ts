import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Secrets kept at rest under the signing master key (`Keyring.signingMasterKey`): private keys
 * of the certificate authority and of institutions' seals. AES-256-GCM with a fresh 96-bit IV;
 * a sealed value is `s1.<iv>.<tag>.<ciphertext>` (base64url). The purpose is bound as associated
 * data, so a key sealed for one use (one institution's seal, the city CA) does not open as
 * another's.
 */
export function sealSecret(masterKey: Buffer, purpose: string, data: Uint8Array | string): string {
  if (masterKey.length !== 32) throw new Error('the signing master key must be 32 bytes');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', masterKey, iv);
  cipher.setAAD(Buffer.from(purpose, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(typeof data === 'string' ? Buffer.from(data, 'utf8') : data), cipher.final()]);
  return ['s1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}

/** Opens what `sealSecret` sealed; throws when the key, the purpose or a single byte differs. */
export function openSecret(masterKey: Buffer, purpose: string, sealed: string): Buffer {
  const [version, iv = '', tag = '', ciphertext = ''] = sealed.split('.');
  if (version !== 's1') throw new Error('cannot open secret: unknown format');
  const decipher = createDecipheriv('aes-256-gcm', masterKey, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(purpose, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
}
