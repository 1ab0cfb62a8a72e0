import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { certificatesOf, finalPlan, issueFor } from '../helpers/certificate-fixtures.ts';
import { checkPdfSignature, qrCodesIn } from '../helpers/pdf.ts';
import { SESSION_COOKIE } from '../../src/platform/auth/session-token.ts';
import { tamperedCredentialFile, verifyOffline } from '../helpers/verify-offline.ts';

for (const target of dbTargets()) {
  describe(`a certificate from issue to revocation, as holder, issuer and public see it [${target}]`, () => {
    let server: TestServer;
    let li: { id: string; number: string };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-certificate-'));

    before(async () => {
      server = await startTestServer(target, { publicUrl: 'https://jiping.example.gov.cn' });
      const plan = await finalPlan(server, { workers: 1 });
      await issueFor(server, plan.planId);
      li = (await certificatesOf(server, plan.planId)).find((c) => c.holderName === '李强')!;
    });
    after(async () => {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test('the holder downloads the signed PDF; its QR code opens the verification page with the credential’s digest, which the public look-up confirms', async () => {
      const holder = await server.as('candidate-2');
      const response = await fetch(`${server.baseUrl}/api/v1/certificates/${li.id}/certificate.pdf`, { headers: { cookie: `${SESSION_COOKIE}=${holder.cookie(SESSION_COOKIE)}` } });
      assert.equal(response.status, 200);
      const pdf = Buffer.from(await response.arrayBuffer());
      assert.equal(checkPdfSignature(pdf).valid, true);
      const [qr] = qrCodesIn(pdf);
      const url = new URL(qr!);
      assert.equal(url.origin + url.pathname, `https://jiping.example.gov.cn/verify/${li.number}`);
      const digest = url.searchParams.get('d')!;
      const lookup = await server.client().get(`/api/v1/public/certificates/${li.number}?d=${digest}`);
      assert.equal(lookup.body.status, 'valid');
      assert.equal(lookup.body.digestMatches, true);
    });

    test('another candidate and a supervising district cannot download it: the documents carry the full ID number', async () => {
      assert.equal((await (await server.as('candidate-1')).get(`/api/v1/certificates/${li.id}/certificate.pdf`)).status, 403);
      assert.equal((await (await server.as('pudong-officer')).get(`/api/v1/certificates/${li.id}/credential.json`)).status, 403);
    });

    test('the credential file verifies offline, and one changed byte of its payload makes it tampered, never valid', async () => {
      const holder = await server.as('candidate-2');
      const file = await holder.get(`/api/v1/certificates/${li.id}/credential.json`);
      assert.equal(file.status, 200);
      const good = path.join(dir, 'good.vc.json');
      fs.writeFileSync(good, JSON.stringify(file.body));
      const valid = verifyOffline(good);
      assert.equal(valid.code, 0, valid.output);
      assert.match(valid.output, /有效/);

      const tamperedFile = path.join(dir, 'tampered.vc.json');
      fs.writeFileSync(tamperedFile, JSON.stringify(tamperedCredentialFile(file.body, li.number)));
      const tampered = verifyOffline(tamperedFile);
      assert.equal(tampered.code, 1);
      assert.match(tampered.output, /篡改/);

      const pasted = await server.client().post('/api/v1/public/credentials/verify', { text: JSON.stringify(file.body) });
      assert.equal(pasted.body.verdict, 'valid');
      assert.equal(pasted.body.certificate.number, li.number);
      const pastedTampered = await server.client().post('/api/v1/public/credentials/verify', { text: fs.readFileSync(tamperedFile, 'utf8') });
      assert.equal(pastedTampered.body.verdict, 'tampered');
      assert.equal(pastedTampered.body.certificate, null);
    });

    test('after the issuer revokes it, the public sees "revoked" with the reason, and the pasted credential is refused as revoked', async () => {
      const admin = await server.as('enterprise-admin');
      const detail = await admin.get(`/api/v1/certificates/${li.id}`);
      const revoked = await admin.post(`/api/v1/certificates/${li.id}/revoke`, { version: detail.body.version, reason: '经核查，报名材料不实' });
      assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
      const lookup = await server.client().get(`/api/v1/public/certificates/${li.number}`);
      assert.equal(lookup.body.status, 'revoked');
      assert.equal(lookup.body.revocationReason, '经核查，报名材料不实');
      const file = await (await server.as('candidate-2')).get(`/api/v1/certificates/${li.id}/credential.json`);
      const pasted = await server.client().post('/api/v1/public/credentials/verify', { text: file.body.credential });
      assert.equal(pasted.body.verdict, 'revoked');
      const offline = path.join(dir, 'revoked.vc.json');
      fs.writeFileSync(offline, JSON.stringify(file.body));
      assert.equal(verifyOffline(offline).code, 1);
    });
  });
}
