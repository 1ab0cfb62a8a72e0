import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { loadKeyring, parseKeyring } from '../../src/platform/crypto/keyring.ts';
import { blindIndex, seal, sealedKeyId, unseal } from '../../src/platform/crypto/pii.ts';

const key = () => randomBytes(32).toString('base64');

test('sealed values decrypt, never contain the plaintext, and differ every time', () => {
  const keyring = parseKeyring(`k1:${key()}`, key(), key());
  const a = seal(keyring, 'id_number', '11010519491231002X');
  const b = seal(keyring, 'id_number', '11010519491231002X');
  assert.notEqual(a, b);
  assert.ok(!a.includes('11010519491231002X'));
  assert.equal(unseal(keyring, 'id_number', a), '11010519491231002X');
});

test('a value sealed for one purpose does not open as another, and tampering is detected', () => {
  const keyring = parseKeyring(`k1:${key()}`, key(), key());
  const sealed = seal(keyring, 'id_number', '11010519491231002X');
  assert.throws(() => unseal(keyring, 'phone', sealed));
  const parts = sealed.split('.');
  parts[4] = Buffer.from('tampered').toString('base64url');
  assert.throws(() => unseal(keyring, 'id_number', parts.join('.')));
});

test('rotation: the new key encrypts, the old one still decrypts', () => {
  const oldKey = key();
  const before = parseKeyring(`k1:${oldKey}`, key(), key());
  const sealed = seal(before, 'phone', '13812345678');
  const after = parseKeyring(`k2:${key()},k1:${oldKey}`, key(), key());
  assert.equal(unseal(after, 'phone', sealed), '13812345678');
  assert.equal(sealedKeyId(seal(after, 'phone', '13812345678')), 'k2');
});

test('blind indexes match equal values only, and depend on the key and purpose', () => {
  const blind = key();
  const keyring = parseKeyring(`k1:${key()}`, blind, key());
  assert.equal(blindIndex(keyring, 'id', '11010519491231002X'), blindIndex(keyring, 'id', '11010519491231002X'));
  assert.notEqual(blindIndex(keyring, 'id', '11010519491231002X'), blindIndex(keyring, 'phone', '11010519491231002X'));
  assert.notEqual(blindIndex(keyring, 'id', '11010519491231002X'), blindIndex(parseKeyring(`k1:${key()}`, key(), key()), 'id', '11010519491231002X'));
});

test('development keys are generated once per data directory; production requires configured keys', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-keys-'));
  const first = loadKeyring({ dataDir: dir, production: false });
  const second = loadKeyring({ dataDir: dir, production: false });
  assert.deepEqual(second.blindIndexKey, first.blindIndexKey);
  assert.equal(fs.statSync(path.join(dir, 'keys.json')).mode & 0o777, 0o600);
  assert.throws(() => loadKeyring({ dataDir: dir, production: true }), /JIPING_PII_KEYS/);
  assert.throws(() => parseKeyring('k1:short', key(), key()), /32/);
  fs.rmSync(dir, { recursive: true });
});

test('the signing master key is its own key, and a data directory from before it gains one while keeping its other keys', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-keys-'));
  const piiKeys = `k1:${key()}`;
  const blindIndexKey = key();
  fs.writeFileSync(path.join(dir, 'keys.json'), JSON.stringify({ piiKeys, blindIndexKey }), { mode: 0o600 });
  const upgraded = loadKeyring({ dataDir: dir, production: false });
  assert.equal(upgraded.blindIndexKey.toString('base64'), blindIndexKey);
  assert.equal(upgraded.signingMasterKey.length, 32);
  assert.notDeepEqual(upgraded.signingMasterKey, upgraded.keys.get('k1'));
  assert.deepEqual(loadKeyring({ dataDir: dir, production: false }).signingMasterKey, upgraded.signingMasterKey);
  assert.throws(() => loadKeyring({ piiKeys, blindIndexKey, dataDir: dir, production: true }), /JIPING_SIGNING_MASTER_KEY/);
  fs.rmSync(dir, { recursive: true });
});
