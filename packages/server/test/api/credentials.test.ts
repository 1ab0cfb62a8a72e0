import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { compactVerify, decodeProtectedHeader, importJWK } from 'jose';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { issuedPlan, type IssuedPlan } from '../helpers/credential-fixtures.ts';
import { LI_QIANG_ID } from '../helpers/results-fixtures.ts';
import { keyringFor, systemContext } from '../../src/boot.ts';
import { rows } from '../../src/platform/db/client.ts';
import { auditEvents, certificates, institutionSigningKeys } from '../../src/platform/db/schema.ts';
import { credentialBundle, sealCredentials, verifyCredential, verifyCredentialText } from '../../src/modules/credentials/index.ts';
import { decodeStatusList, statusBit } from '../../src/modules/credentials/vc/status-list.ts';
import { JOBS } from '../../src/jobs/index.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/jiping.mjs');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const payloadOf = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1]!, 'base64url').toString('utf8'));

for (const target of dbTargets()) {
  describe(`verifiable credentials: keys, sealing, status lists, publication and verification [${target}]`, () => {
    let server: TestServer;
    let plan: IssuedPlan;
    let publicUrl: string;
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-credentials-'));
    const deps = () => ({ ctx: systemContext(server.database, server.clock, 'test'), keyring: keyringFor(server.config), publicUrl });
    const seal = (ids: string[]) => sealCredentials(deps().ctx, deps().keyring, publicUrl, ids);
    const credentialOf = async (id: string) => (await server.database.db.select().from(certificates).where(eq(certificates.id, id)))[0]!;
    const jiping = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: 'silent' }, encoding: 'utf8', timeout: 60_000 });

    before(async () => {
      const port = await freePort();
      publicUrl = `http://127.0.0.1:${port}`;
      server = await startTestServer(target, { publicUrl }, undefined, { port });
      plan = await issuedPlan(server, { exam: '2026-04-28', workers: 2, issueDate: '2026-05-20' });
      server.clock.set('2026-05-20T02:00:00.000Z');
    });
    after(async () => {
      await server.close();
      fs.rmSync(workDir, { recursive: true, force: true });
    });

    test('before any certificate is signed the city has a published root key and the institution none', async () => {
      const anonymous = server.client();
      const city = await anonymous.get('/api/v1/public/city/jwks.json');
      assert.equal(city.status, 200);
      assert.equal(city.body.keys.length, 1);
      assert.deepEqual(Object.keys(city.body.keys[0]).sort(), ['alg', 'crv', 'kid', 'kty', 'use', 'x']);
      assert.match(city.body.keys[0].kid, /^did:web:127\.0\.0\.1%3A\d+:api:v1:public:city#/);
      const created = await rows<{ actor_type: string; actor_name: string }>(server.database.db, sql`select actor_type, actor_name from audit_events where action = 'signingKey.create'`);
      assert.deepEqual(created, [{ actor_type: 'system', actor_name: 'signing-keys' }], 'created on first use by the platform, not by the visitor');
      const did = await anonymous.get('/api/v1/public/city/did.json');
      assert.equal(did.body.id, city.body.keys[0].kid.split('#')[0]);
      assert.deepEqual(did.body.assertionMethod, [city.body.keys[0].kid]);
      const institution = await anonymous.get(`/api/v1/public/institutions/${plan.institutionId}/jwks.json`);
      assert.deepEqual(institution.body, { keys: [], endorsements: [] });
      assert.equal((await anonymous.get('/api/v1/public/institutions/00000000-0000-4000-8000-000000000000/jwks.json')).status, 404);
      assert.equal((await anonymous.get('/api/v1/public/status-lists/00000000-0000-4000-8000-000000000000')).status, 404);
    });

    test('sealing signs each certificate once with the institution key, audited as one event, the ID number only hashed', async () => {
      const ids = plan.certificates.map((c) => c.id);
      const auditBefore = (await rows<{ n: number }>(server.database.db, sql`select count(*)::int as n from audit_events where action = 'certificate.credentialsSealed'`))[0]!.n;
      assert.equal(await seal(ids), 3, '李强 and two workers');
      assert.equal(await seal(ids), 0, 'a second run seals nothing');
      const events = await server.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'certificate.credentialsSealed'));
      assert.equal(events.length - auditBefore, 1);
      assert.equal((events.at(-1)!.detail as { count: number }).count, 3);
      const li = plan.certificates.find((c) => c.name === '李强')!;
      const row = await credentialOf(li.id);
      assert.ok(row.credential && row.credentialKeyId);
      const header = decodeProtectedHeader(row.credential!);
      assert.deepEqual(header, { alg: 'EdDSA', kid: row.credentialKeyId, typ: 'vc+jwt', cty: 'vc' });
      assert.ok(!row.credential!.includes(LI_QIANG_ID) && !JSON.stringify(payloadOf(row.credential!)).includes(LI_QIANG_ID), 'no clear ID number in the credential');
      const payload = payloadOf(row.credential!);
      assert.equal(payload.issuer.name, row.institutionName, 'the issuer named exactly as on the certificate');
      assert.equal(payload.credentialSubject.licenseNumber, li.number);
      assert.equal(payload.credentialSubject.identifier[1].identityHash, '李强');
      assert.equal(payload.credentialStatus.statusListIndex, String(li.statusListIndex));
      assert.equal(payload.credentialStatus.statusListCredential, `${publicUrl}/api/v1/public/status-lists/${plan.institutionId}`);
      // Published: the key with the city's endorsement; never a private member.
      const jwks = await server.client().get(`/api/v1/public/institutions/${plan.institutionId}/jwks.json`);
      assert.equal(jwks.body.keys.length, 1);
      assert.equal(jwks.body.keys[0].kid, row.credentialKeyId);
      assert.equal(jwks.body.endorsements.length, 1);
      assert.ok(!JSON.stringify(jwks.body).includes('"d"'));
      const did = await server.client().get(`/api/v1/public/institutions/${plan.institutionId}/did.json`);
      assert.equal(did.body.id, payload.issuer.id);
      assert.equal(did.body.verificationMethod[0].id, row.credentialKeyId);
      // At rest: only sealed.
      const [stored] = await server.database.db.select().from(institutionSigningKeys).where(eq(institutionSigningKeys.kid, row.credentialKeyId!));
      assert.match(stored!.privateJwkSealed, /^s1\./);
      assert.ok(!stored!.privateJwkSealed.includes('"d"'));
    });

    test('the status list is signed, at least 131 072 bits, and shows a revocation on the very next request', async () => {
      const anonymous = server.client();
      const li = plan.certificates.find((c) => c.name === '李强')!;
      const first = await anonymous.get(`/api/v1/public/status-lists/${plan.institutionId}`);
      assert.equal(first.status, 200);
      assert.match(first.headers.get('content-type')!, /application\/vc\+jwt/);
      assert.match(first.headers.get('cache-control')!, /max-age=300/);
      const jwks = (await anonymous.get(`/api/v1/public/institutions/${plan.institutionId}/jwks.json`)).body;
      const { payload } = await compactVerify(first.body, await importJWK(jwks.keys[0], 'EdDSA'));
      const list = JSON.parse(new TextDecoder().decode(payload));
      assert.deepEqual(list.type, ['VerifiableCredential', 'BitstringStatusListCredential']);
      assert.equal(list.credentialSubject.statusPurpose, 'revocation');
      assert.ok(Date.parse(list.validUntil) - Date.parse(list.validFrom) <= 3_600_000, 'short-lived');
      const bits = decodeStatusList(list.credentialSubject.encodedList);
      assert.ok(bits.length * 8 >= 131_072);
      assert.equal(statusBit(bits, li.statusListIndex), false);
      assert.equal((await anonymous.get(`/api/v1/public/status-lists/${plan.institutionId}`)).body, first.body, 'unchanged: served from the cache');
      assert.equal((await verifyCredentialText(deps(), (await credentialOf(li.id)).credential!)).verdict, 'valid');

      await server.database.db.execute(
        sql`update certificates set status = 'revoked', revoked_at = now(), revoked_by_authority = 'issuer', revocation_reason = '材料造假', version = version + 1 where id = ${li.id}`,
      );
      const next = await anonymous.get(`/api/v1/public/status-lists/${plan.institutionId}`);
      const revoked = decodeStatusList(payloadOf(next.body).credentialSubject.encodedList);
      assert.equal(statusBit(revoked, li.statusListIndex), true);
      const other = plan.certificates.find((c) => c !== li)!;
      assert.equal(statusBit(revoked, other.statusListIndex), false);
      const result = await verifyCredentialText(deps(), (await credentialOf(li.id)).credential!);
      assert.equal(result.verdict, 'revoked');
      assert.equal(result.statusListIndex, li.statusListIndex);
      assert.equal((await verifyCredentialText(deps(), (await credentialOf(other.id)).credential!)).verdict, 'valid');
    });

    test('the downloadable bundle verifies offline, also with the command line; an edited one does not', async () => {
      const other = plan.certificates.find((c) => c.name !== '李强')!;
      const bundle = await credentialBundle(deps().ctx, deps().keyring, publicUrl, other.id);
      assert.equal(bundle.certificateNumber, other.number);
      assert.ok(!JSON.stringify(bundle).includes(other.idNumber));
      const offline = await verifyCredential({ jws: bundle.credential, cityJwks: bundle.cityJwks as never, endorsements: bundle.endorsements, statusList: bundle.statusList, now: server.clock.now() });
      assert.equal(offline.verdict, 'valid', offline.reason);

      const file = path.join(workDir, 'bundle.json');
      fs.writeFileSync(file, JSON.stringify(bundle));
      const cityFile = path.join(workDir, 'city.json');
      fs.writeFileSync(cityFile, JSON.stringify((await server.client().get('/api/v1/public/city/jwks.json')).body));
      const ok = jiping('verify', file, '--city-jwks', cityFile);
      assert.equal(ok.status, 0, ok.stderr);
      assert.match(ok.stdout, /证书有效/);
      assert.match(ok.stdout, /Valid/);
      assert.match(ok.stdout, new RegExp(other.number));

      const [h, p, s] = bundle.credential.split('.');
      const edited = payloadOf(bundle.credential);
      edited.credentialSubject.result[0].value = '一级/高级技师 Level 1 / Senior technician';
      fs.writeFileSync(file, JSON.stringify({ ...bundle, credential: `${h}.${Buffer.from(JSON.stringify(edited)).toString('base64url')}.${s}` }));
      const tampered = jiping('verify', file, '--city-jwks', cityFile);
      assert.equal(tampered.status, 1);
      assert.match(tampered.stderr, /篡改/);
      assert.match(tampered.stderr, /Tampered/);
      assert.ok(p);

      const li = plan.certificates.find((c) => c.name === '李强')!;
      fs.writeFileSync(file, JSON.stringify(await credentialBundle(deps().ctx, deps().keyring, publicUrl, li.id)));
      const revoked = jiping('verify', file);
      assert.equal(revoked.status, 1);
      assert.match(revoked.stderr, /已被撤销/);
      assert.match(revoked.stderr, /根密钥取自文件本身/, 'a bundle trusted on its own city keys says so');
    });

    test('a bare JWS is verified online from the addresses it names', async () => {
      const other = plan.certificates.find((c) => c.name !== '李强')!;
      const file = path.join(workDir, 'credential.jwt');
      fs.writeFileSync(file, (await credentialOf(other.id)).credential!);
      // The command runs while this process serves: spawn it asynchronously so the server can answer.
      const { spawn } = await import('node:child_process');
      const child = spawn(process.execPath, [BIN, 'verify', file], { env: { ...process.env, LOG_LEVEL: 'silent' } });
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.stderr.on('data', (chunk) => (out += chunk));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      assert.equal(code, 0, out);
      assert.match(out, /撤销状态已核对/);
      fs.writeFileSync(file, 'not a credential');
      assert.equal(jiping('verify', file).status, 1);
    });

    test('rotation: the institution or the city rotates; old certificates stay valid, new ones are signed with the new key', async () => {
      // Sessions last 12 hours: move the clock before signing in.
      server.clock.set('2026-06-01T02:00:00.000Z');
      const enterprise = await server.as('enterprise-admin');
      const listed = await enterprise.get(`/api/v1/institutions/${plan.institutionId}/signing-keys`);
      assert.equal(listed.status, 200);
      assert.equal(listed.body.items.length, 1);
      const oldKid = listed.body.items[0].kid;
      assert.equal((await (await server.as('social-admin')).post(`/api/v1/institutions/${plan.institutionId}/signing-keys/rotation`)).status, 403);
      const rotated = await enterprise.post(`/api/v1/institutions/${plan.institutionId}/signing-keys/rotation`);
      assert.equal(rotated.status, 200, JSON.stringify(rotated.body));
      assert.equal(rotated.body.items.length, 2);
      assert.equal(rotated.body.items[0].active, true);
      assert.notEqual(rotated.body.items[0].kid, oldKid);
      assert.equal(rotated.body.items[1].kid, oldKid);
      assert.ok(rotated.body.items[1].retiredAt);
      assert.ok(!JSON.stringify(rotated.body).includes('sealed'));
      const audit = await rows<{ action: string }>(server.database.db, sql`select action from audit_events where entity_type = 'signing_key' order by seq`);
      assert.ok(audit.some((a) => a.action === 'signingKey.retire'));

      const other = plan.certificates.find((c) => c.name !== '李强')!;
      assert.equal((await verifyCredentialText(deps(), (await credentialOf(other.id)).credential!)).verdict, 'valid', 'signed before the rotation: still valid');
      await server.database.db.execute(sql`update certificates set credential = null, credential_key_id = null where id = ${other.id}`);
      const job = await JOBS['seal-credentials']({ database: server.database, clock: server.clock, mail: server.mail, signing: { keyring: keyringFor(server.config), publicUrl } });
      assert.deepEqual(job, { sealed: 1 });
      const resealed = await credentialOf(other.id);
      assert.equal(resealed.credentialKeyId, rotated.body.items[0].kid, 'the new key signs from now on');
      assert.equal((await verifyCredentialText(deps(), resealed.credential!)).verdict, 'valid');
      const jwks = await server.client().get(`/api/v1/public/institutions/${plan.institutionId}/jwks.json`);
      assert.equal(jwks.body.keys.length, 2, 'the retired key stays published');

      server.clock.set('2026-06-02T02:00:00.000Z');
      const city = await server.as('city-admin');
      const byCity = await city.post(`/api/v1/institutions/${plan.institutionId}/signing-keys/rotation`);
      assert.equal(byCity.status, 200, JSON.stringify(byCity.body));
      assert.equal((await verifyCredentialText(deps(), resealed.credential!)).verdict, 'valid');
      assert.equal((await verifyCredentialText(deps(), 'garbage')).verdict, 'malformed');
    });
  });
}
