import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Keyring } from './keyring.ts';

/**
 * Private signing keys at rest: AES-256-GCM under the signing master key (never the personal
 * information keys), as `s1.<iv>.<tag>.<ciphertext>` (base64url). The purpose (`signing-key:<kid>`)
 * is the associated data, so a sealed key copied onto another key's row does not open.
 */
export function sealSigningSecret(keyring: Keyring, purpose: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyring.signingMasterKey, iv);
  cipher.setAAD(Buffer.from(purpose));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['s1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}

export function unsealSigningSecret(keyring: Keyring, purpose: string, sealed: string): string {
  const [version, iv = '', tag = '', ciphertext = ''] = sealed.split('.');
  if (version !== 's1') throw new Error('cannot open signing key: unknown format');
  const decipher = createDecipheriv('aes-256-gcm', keyring.signingMasterKey, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(purpose));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}
