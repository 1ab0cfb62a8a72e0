import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { openSecret, sealSecret } from '../../src/platform/crypto/seal-secret.ts';

test('a sealed secret opens only with the same master key and purpose, and not after any change', () => {
  const key = randomBytes(32);
  const sealed = sealSecret(key, 'institution-seal:a', '-----BEGIN PRIVATE KEY-----\nabc');
  assert.match(sealed, /^s1\.[\w-]+\.[\w-]+\.[\w-]+$/);
  assert.ok(!sealed.includes('PRIVATE KEY'));
  assert.equal(openSecret(key, 'institution-seal:a', sealed).toString('utf8'), '-----BEGIN PRIVATE KEY-----\nabc');
  assert.notEqual(sealSecret(key, 'institution-seal:a', 'same'), sealSecret(key, 'institution-seal:a', 'same'), 'a fresh IV each time');
  assert.throws(() => openSecret(key, 'institution-seal:b', sealed), 'another purpose');
  assert.throws(() => openSecret(randomBytes(32), 'institution-seal:a', sealed), 'another key');
  const parts = sealed.split('.');
  const body = Buffer.from(parts[3]!, 'base64url');
  body[0] = body[0]! ^ 1;
  assert.throws(() => openSecret(key, 'institution-seal:a', [...parts.slice(0, 3), body.toString('base64url')].join('.')), 'a changed byte');
  assert.throws(() => sealSecret(randomBytes(16), 'x', 'y'), 'a master key of the wrong size');
});
