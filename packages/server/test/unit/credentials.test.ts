import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { decodeStatusList, encodeStatusList, statusBit, statusListLength, STATUS_LIST_MIN_BITS } from '../../src/modules/credentials/vc/status-list.ts';
import { certificateCredential, identityHash, statusListCredential, type CertificateFacts } from '../../src/modules/credentials/vc/credential.ts';
import { ENDORSEMENT_TYP, generateSigningKey, publicJwkOf, signJson, VC_JWT_TYP, type GeneratedKey } from '../../src/modules/credentials/vc/jws.ts';
import { cityDid, institutionDid } from '../../src/modules/credentials/vc/addresses.ts';
import { verifyCredential } from '../../src/modules/credentials/vc/verify.ts';

const PUBLIC_URL = 'https://jiping.example.gov.cn';
const INSTITUTION = '7d4c3a1e-0000-4000-8000-000000000001';
const ID_NUMBER = '310115199203150011';

const facts = (overrides: Partial<CertificateFacts> = {}): CertificateFacts => ({
  number: 'Y0001310000012641000001',
  institutionId: INSTITUTION,
  institutionName: '上海浦东精工机械有限公司',
  holderName: '李强',
  idNumber: ID_NUMBER,
  occupationCode: '6-18-01-01',
  occupationName: '车工',
  workType: '',
  level: 4,
  issueDate: '2026-05-20',
  statusListIndex: 7,
  ...overrides,
});

const at = (iso: string) => new Date(iso);
const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

interface World {
  city: GeneratedKey & { kid: string };
  keys: Array<GeneratedKey & { kid: string }>;
  endorsements: string[];
}

async function keyOf(did: string) {
  const key = await generateSigningKey();
  return { ...key, kid: `${did}#${key.thumbprint}` };
}

async function endorse(world: World, key: World['keys'][number], nbf: string, exp?: string, iat = nbf) {
  const claims = {
    iss: cityDid(PUBLIC_URL),
    sub: institutionDid(PUBLIC_URL, INSTITUTION),
    kid: key.kid,
    jwk: publicJwkOf(key.publicJwk, key.kid),
    nbf: seconds(nbf),
    iat: seconds(iat),
    ...(exp ? { exp: seconds(exp) } : {}),
  };
  return signJson(claims, world.city.privateJwk, world.city.kid, { typ: ENDORSEMENT_TYP });
}

async function world(): Promise<World> {
  const w: World = { city: await keyOf(cityDid(PUBLIC_URL)), keys: [await keyOf(institutionDid(PUBLIC_URL, INSTITUTION))], endorsements: [] };
  w.endorsements.push(await endorse(w, w.keys[0]!, '2026-01-01T00:00:00Z'));
  return w;
}

const cityJwks = (w: World) => ({ keys: [publicJwkOf(w.city.publicJwk, w.city.kid)] });
const sign = (payload: object, key: World['keys'][number]) => signJson(payload, key.privateJwk, key.kid, { typ: VC_JWT_TYP, cty: 'vc' });
const statusList = (w: World, revoked: number[], key = w.keys.at(-1)!, signedAt = at('2026-06-01T00:00:00Z')) =>
  sign(statusListCredential(PUBLIC_URL, { id: INSTITUTION, name: '上海浦东精工机械有限公司' }, encodeStatusList(revoked), signedAt), key);

describe('Bitstring status list', () => {
  test('a round trip keeps exactly the bits set, in a list of at least 131 072 bits', () => {
    const set = [0, 1, 7, 8, 4095, 131_071];
    const bits = decodeStatusList(encodeStatusList(set));
    assert.equal(bits.length * 8, STATUS_LIST_MIN_BITS);
    for (let i = 0; i < 20; i++) assert.equal(statusBit(bits, i), set.includes(i), `bit ${i}`);
    assert.equal(statusBit(bits, 131_071), true);
    assert.equal(statusBit(bits, 131_070), false);
    assert.equal(statusBit(bits, 131_072), null, 'an index past the list is not answered');
  });

  test('index 0 is the left-most bit of the first byte; the list is multibase base64url of GZIP', () => {
    const encoded = encodeStatusList([0, 9]);
    assert.ok(encoded.startsWith('u'));
    assert.doesNotMatch(encoded.slice(1), /[+/=]/, 'base64url without padding');
    const raw = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
    assert.equal(raw[0], 0b1000_0000);
    assert.equal(raw[1], 0b0100_0000);
    assert.equal(raw[2], 0);
  });

  test('the list grows in whole minimums and refuses an index outside it', () => {
    assert.equal(statusListLength(0), STATUS_LIST_MIN_BITS);
    assert.equal(statusListLength(131_071), STATUS_LIST_MIN_BITS);
    assert.equal(statusListLength(131_072), 2 * STATUS_LIST_MIN_BITS);
    assert.throws(() => encodeStatusList([131_072]), RangeError);
    assert.throws(() => encodeStatusList([-1]), RangeError);
  });
});

describe('certificate credential', () => {
  test('is a VC 2.0 OpenBadgeCredential with the issuer, level, number and a revocation entry', () => {
    const credential = certificateCredential(PUBLIC_URL, facts(), at('2026-05-20T03:00:00Z'), 'a1b2');
    assert.deepEqual(credential['@context'], ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    assert.deepEqual(credential.type, ['VerifiableCredential', 'OpenBadgeCredential']);
    assert.equal(credential.issuer.id, `did:web:jiping.example.gov.cn:api:v1:public:institutions:${INSTITUTION}`);
    assert.equal(credential.issuer.name, '上海浦东精工机械有限公司');
    assert.equal(credential.validFrom, '2026-05-20T00:00:00+08:00');
    const subject = credential.credentialSubject;
    assert.deepEqual(subject.type, ['AchievementSubject']);
    assert.equal(subject.licenseNumber, 'Y0001310000012641000001');
    assert.equal(subject.achievement.achievementType, 'Certification');
    assert.match(subject.achievement.name, /^车工 四级\/中级工/);
    assert.ok(subject.achievement.criteria.narrative);
    assert.match(subject.result[0]!.value, /四级/);
    assert.deepEqual(subject.identifier[0], { type: 'IdentityObject', identityType: 'identifier', hashed: true, identityHash: identityHash(ID_NUMBER, 'a1b2'), salt: 'a1b2' });
    assert.match(subject.identifier[0]!.identityHash, /^sha256\$[0-9a-f]{64}$/);
    assert.deepEqual(credential.credentialStatus, {
      id: `${PUBLIC_URL}/api/v1/public/status-lists/${INSTITUTION}#7`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '7',
      statusListCredential: `${PUBLIC_URL}/api/v1/public/status-lists/${INSTITUTION}`,
    });
  });

  test('the signed JWS carries the ID number nowhere, and each credential gets its own salt', async () => {
    const w = await world();
    const jws = await sign(certificateCredential(PUBLIC_URL, facts(), at('2026-05-20T03:00:00Z')), w.keys[0]!);
    const [header, payload] = jws.split('.').map((part) => Buffer.from(part, 'base64url').toString('utf8'));
    assert.deepEqual(JSON.parse(header!), { alg: 'EdDSA', kid: w.keys[0]!.kid, typ: 'vc+jwt', cty: 'vc' });
    assert.ok(!jws.includes(ID_NUMBER) && !payload!.includes(ID_NUMBER) && !payload!.includes('150011'), 'no clear ID number, not even its tail');
    const again = certificateCredential(PUBLIC_URL, facts(), at('2026-05-20T03:00:00Z'));
    assert.notEqual(again.credentialSubject.identifier[0]!.identityHash, JSON.parse(payload!).credentialSubject.identifier[0].identityHash);
  });
});

describe('offline verification', () => {
  test('valid: endorsed key, signature holds, not revoked', async () => {
    const w = await world();
    const jws = await sign(certificateCredential(PUBLIC_URL, facts(), at('2026-05-20T03:00:00Z')), w.keys[0]!);
    const result = await verifyCredential({ jws, cityJwks: cityJwks(w), endorsements: w.endorsements, statusList: await statusList(w, [3]), now: at('2026-06-01T00:10:00Z') });
    assert.equal(result.verdict, 'valid', result.reason);
    assert.equal(result.status, 'checked');
    assert.equal(result.certificateNumber, 'Y0001310000012641000001');
    assert.equal(result.holderName, '李强');
    assert.equal(result.statusStale, false);
  });

  test('revoked: the bit at the credential index is set', async () => {
    const w = await world();
    const jws = await sign(certificateCredential(PUBLIC_URL, facts(), at('2026-05-20T03:00:00Z')), w.keys[0]!);
    const result = await verifyCredential({ jws, cityJwks: cityJwks(w), endorsements: w.endorsements, statusList: await statusList(w, [7]) });
    assert.equal(result.verdict, 'revoked');
    assert.equal(result.statusListIndex, 7);
  });

  test('tampered: one changed byte of the payload (the level) is never valid, and neither is a forged status list', async () => {
    const w = await world();
    const jws = await sign(certificateCredential(PUBLIC_URL, facts(), at('2026-05-20T03:00:00Z')), w.keys[0]!);
    const [header, payload, signature] = jws.split('.');
    const text = Buffer.from(payload!, 'base64url').toString('utf8');
    const changed = text.replace('四级', '三级');
    assert.notEqual(changed, text);
    const forged = `${header}.${Buffer.from(changed).toString('base64url')}.${signature}`;
    assert.equal((await verifyCredential({ jws: forged, cityJwks: cityJwks(w), endorsements: w.endorsements })).verdict, 'tampered');
    // Every single byte: flipping it never yields valid.
    const bytes = Buffer.from(text);
    for (const position of [0, 10, Math.floor(bytes.length / 2), bytes.length - 2]) {
      const copy = Buffer.from(bytes);
      copy[position] = copy[position]! ^ 0x01;
      const result = await verifyCredential({ jws: `${header}.${copy.toString('base64url')}.${signature}`, cityJwks: cityJwks(w), endorsements: w.endorsements });
      assert.equal(result.verdict, 'tampered', `byte ${position}`);
    }
    const list = await statusList(w, [7]);
    const [lh, lp, ls] = list.split('.');
    const cleared = JSON.parse(Buffer.from(lp!, 'base64url').toString('utf8'));
    cleared.credentialSubject.encodedList = encodeStatusList([]);
    const forgedList = `${lh}.${Buffer.from(JSON.stringify(cleared)).toString('base64url')}.${ls}`;
    assert.equal((await verifyCredential({ jws, cityJwks: cityJwks(w), endorsements: w.endorsements, statusList: forgedList })).verdict, 'tampered', 'an unrevoked list cannot be forged');
  });

  test('unknown_key and key_not_endorsed: a key nobody names, and one the city did not sign for', async () => {
    const w = await world();
    const stranger = await keyOf(institutionDid(PUBLIC_URL, INSTITUTION));
    const jws = await sign(certificateCredential(PUBLIC_URL, facts(), at('2026-05-20T03:00:00Z')), stranger);
    assert.equal((await verifyCredential({ jws, cityJwks: cityJwks(w), endorsements: w.endorsements })).verdict, 'unknown_key');
    // Published by the issuer, but no endorsement.
    assert.equal(
      (await verifyCredential({ jws, cityJwks: cityJwks(w), endorsements: w.endorsements, issuerJwks: { keys: [publicJwkOf(stranger.publicJwk, stranger.kid)] } })).verdict,
      'key_not_endorsed',
    );
    // "Endorsed" by a key that is not the city's.
    const fakeCity = await keyOf(cityDid(PUBLIC_URL));
    const fake = { ...w, city: fakeCity };
    const selfEndorsed = await endorse(fake, stranger, '2026-01-01T00:00:00Z');
    assert.equal((await verifyCredential({ jws, cityJwks: cityJwks(w), endorsements: [...w.endorsements, selfEndorsed] })).verdict, 'key_not_endorsed');
    // A real endorsement, but for another institution than the credential's issuer.
    const other = certificateCredential(PUBLIC_URL, facts({ institutionId: '7d4c3a1e-0000-4000-8000-000000000002' }), at('2026-05-20T03:00:00Z'));
    assert.equal((await verifyCredential({ jws: await sign(other, w.keys[0]!), cityJwks: cityJwks(w), endorsements: w.endorsements })).verdict, 'key_not_endorsed');
  });

  test('rotation: what the old key signed stays valid; what it signs after retiring is refused as expired_key', async () => {
    const w = await world();
    const [oldKey] = w.keys;
    const before = await sign(certificateCredential(PUBLIC_URL, facts(), at('2026-05-20T03:00:00Z')), oldKey!);
    // Rotation on 1 June: the city re-endorses the old key with exp, and endorses the new one.
    const newKey = await keyOf(institutionDid(PUBLIC_URL, INSTITUTION));
    w.keys.push(newKey);
    w.endorsements.push(await endorse(w, oldKey!, '2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z', '2026-06-01T00:00:00Z'));
    w.endorsements.push(await endorse(w, newKey, '2026-06-01T00:00:00Z'));
    const list = await statusList(w, [], newKey, at('2026-06-02T00:00:00Z'));
    const input = { cityJwks: cityJwks(w), endorsements: w.endorsements, statusList: list, now: at('2026-06-02T00:10:00Z') };
    assert.equal((await verifyCredential({ jws: before, ...input })).verdict, 'valid', 'signed before retirement');
    const after = await sign(certificateCredential(PUBLIC_URL, facts({ statusListIndex: 8 }), at('2026-06-02T00:00:00Z')), oldKey!);
    assert.equal((await verifyCredential({ jws: after, ...input })).verdict, 'expired_key');
    const fresh = await sign(certificateCredential(PUBLIC_URL, facts({ statusListIndex: 8 }), at('2026-06-02T00:00:00Z')), newKey);
    assert.equal((await verifyCredential({ jws: fresh, ...input })).verdict, 'valid', 'the new key signs from now on');
  });

  test('malformed: not a JWS, a JWS of another type, a payload that is no credential', async () => {
    const w = await world();
    const base = { cityJwks: cityJwks(w), endorsements: w.endorsements };
    assert.equal((await verifyCredential({ jws: 'hello', ...base })).verdict, 'malformed');
    assert.equal((await verifyCredential({ jws: await signJson({ a: 1 }, w.keys[0]!.privateJwk, w.keys[0]!.kid, { typ: 'JWT' }), ...base })).verdict, 'malformed');
    assert.equal((await verifyCredential({ jws: await sign({ hello: 'world' }, w.keys[0]!), ...base })).verdict, 'malformed');
  });

  test('a status list past its validUntil still answers, marked stale', async () => {
    const w = await world();
    const jws = await sign(certificateCredential(PUBLIC_URL, facts(), at('2026-05-20T03:00:00Z')), w.keys[0]!);
    const result = await verifyCredential({ jws, cityJwks: cityJwks(w), endorsements: w.endorsements, statusList: await statusList(w, []), now: at('2026-07-01T00:00:00Z') });
    assert.equal(result.verdict, 'valid');
    assert.equal(result.statusStale, true);
  });
});

describe('signing keys at rest', () => {
  test('a sealed private key opens only under its own purpose and master key', async () => {
    const { openSecret, sealSecret } = await import('../../src/platform/crypto/seal-secret.ts');
    const sealSigningSecret = (k: typeof keyring, purpose: string, text: string) => sealSecret(k.signingMasterKey, purpose, text);
    const unsealSigningSecret = (k: typeof keyring, purpose: string, sealed: string) => openSecret(k.signingMasterKey, purpose, sealed).toString('utf8');
    const { randomBytes } = await import('node:crypto');
    const keyring = { currentKeyId: 'k1', keys: new Map([['k1', randomBytes(32)]]), blindIndexKey: randomBytes(32), signingMasterKey: randomBytes(32) };
    const key = await generateSigningKey();
    const sealed = sealSigningSecret(keyring, 'signing-key:a', JSON.stringify(key.privateJwk));
    assert.ok(!sealed.includes(key.privateJwk.d!), 'the private scalar is not readable');
    assert.deepEqual(JSON.parse(unsealSigningSecret(keyring, 'signing-key:a', sealed)), key.privateJwk);
    assert.throws(() => unsealSigningSecret(keyring, 'signing-key:b', sealed), 'moved to another key row');
    assert.throws(() => unsealSigningSecret({ ...keyring, signingMasterKey: randomBytes(32) }, 'signing-key:a', sealed), 'another master key');
    assert.throws(() => unsealSigningSecret({ ...keyring, signingMasterKey: keyring.keys.get('k1')! }, 'signing-key:a', sealed), 'the personal-information key does not open it');
  });
});
