import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buffer } from 'node:stream/consumers';
import { and, eq, sql } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import forge from 'node-forge';
import { PNG } from 'pngjs';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { finalPlan, issueCertificates, type IssuedCertificate } from '../helpers/certificate-document-fixtures.ts';
import { LI_QIANG_ID } from '../helpers/results-fixtures.ts';
import { certificateField, checkPdfSignature, embedsNotoSubset, pdfText, qrCodesIn } from '../helpers/pdf.ts';
import { institutionIdOf } from '../helpers/filing-fixtures.ts';
import { auditEvents, certificates, institutions, institutionSeals } from '../../src/platform/db/schema.ts';
import { keyringFor, systemContext } from '../../src/boot.ts';
import { certificatePdf, certificatesPdf, certificatesZip, credentialDigest, credentialDigestMatches, type CertificateDocumentDeps } from '../../src/modules/certificate-documents/index.ts';
import { CITY_CA_NAME } from '../../src/modules/certificate-documents/signing-keys.ts';
import { AppError } from '../../src/platform/errors.ts';

/** A PNG of `size` pixels: a red ring on transparency, like a scanned seal. */
function sealPng(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const c = size / 2;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const r = Math.hypot(x - c, y - c);
      const i = (y * size + x) * 4;
      const ink = r < c - 2 && r > c - 12;
      png.data[i] = 200;
      png.data[i + 1] = 16;
      png.data[i + 2] = 46;
      png.data[i + 3] = ink ? 255 : 0;
    }
  }
  return PNG.sync.write(png);
}

const signedDocument = (pdf: Uint8Array) => Buffer.from(pdf);

for (const target of dbTargets()) {
  describe(`certificate documents: signed PDFs under the institution's seal [${target}]`, () => {
    let server: TestServer;
    let deps: CertificateDocumentDeps;
    let issued: IssuedCertificate[];
    let enterpriseId: string;
    const ctx = () => systemContext(server.database, server.clock, 'certificate-download');

    before(async () => {
      server = await startTestServer(target);
      deps = { keyring: keyringFor(server.config), publicUrl: 'https://jiping.example.gov.cn' };
      const plan = await finalPlan(server, { workers: 2, firstWorker: 1 });
      issued = await issueCertificates(server, plan);
      enterpriseId = await institutionIdOf(await server.as('enterprise-admin'));
    });
    after(() => server.close());

    test('a certificate PDF: the holder, full ID number, occupation, level, number, issuer and date in its text layer, the CJK font embedded, a QR code with the verify address and credential digest', async () => {
      const li = issued.find((c) => c.holderName === '李强')!;
      const pdf = signedDocument(await certificatePdf(ctx(), deps, li.id));
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
      assert.ok(embedsNotoSubset(pdf), 'Noto Sans SC embedded as a subset');
      const [page, ...more] = pdfText(pdf);
      assert.equal(more.length, 0, 'one page');
      for (const expected of ['职业技能等级证书', '李强', '居民身份证', LI_QIANG_ID, '车工（数控车工）', '四级/中级工', li.number, '上海浦江精密机械有限公司', '2026年5月12日', '扫码核验']) {
        assert.ok(page!.includes(expected), `the text layer holds ${expected}`);
      }
      assert.ok(!page!.includes('已撤销') && !page!.includes('已更正'), 'a valid certificate carries no watermark');
      const digest = credentialDigest(li.credential!);
      assert.match(digest, /^[A-Za-z0-9_-]{16}$/);
      assert.deepEqual(qrCodesIn(pdf), [`https://jiping.example.gov.cn/verify/${li.number}?d=${digest}`]);
      assert.ok(credentialDigestMatches(li.credential!, digest));
      assert.ok(!credentialDigestMatches(`${li.credential!}x`, digest), 'another credential has another digest');
      assert.ok(!pdf.includes(li.credential!), 'the QR code and the document carry the digest, not the credential');
    });

    test('each PDF is signed (PKCS#7 detached over the whole file but the signature) by a certificate for the institution issued by the city root; any changed byte breaks it', async () => {
      const li = issued.find((c) => c.holderName === '李强')!;
      const pdf = signedDocument(await certificatePdf(ctx(), deps, li.id));
      const check = checkPdfSignature(pdf);
      assert.ok(check.valid, 'the signature verifies over the signed bytes');
      assert.ok(check.coversWholeFile, 'the ByteRange covers everything but the signature placeholder');
      assert.match(pdf.toString('latin1'), /\/SubFilter \/adbe\.pkcs7\.detached/);
      const rect = /\/FT \/Sig[\s\S]*?\/Rect \[([^\]]+)\]|\/Rect \[([^\]]+)\][\s\S]*?\/FT \/Sig/.exec(pdf.toString('latin1'))!;
      const [x1, y1, x2, y2] = (rect[1] ?? rect[2])!.trim().split(/\s+/).map(Number) as [number, number, number, number];
      assert.ok(x2 - x1 > 100 && y2 - y1 > 100, 'a visible widget over the seal');

      const [{ name }] = (await server.database.db.select({ name: institutions.name }).from(institutions).where(eq(institutions.id, enterpriseId))) as [{ name: string }];
      assert.match(name, /^上海浦江精密机械有限公司/);
      assert.equal(certificateField(check.signer.subject, 'CN'), name, 'CN is the institution name');
      assert.equal(certificateField(check.signer.subject, 'O'), name);
      assert.equal(certificateField(check.signer.subject, 'C'), 'CN');
      assert.equal(certificateField(check.signer.issuer, 'CN'), CITY_CA_NAME);
      const root = check.certificates.find((c) => c !== check.signer)!;
      assert.ok(root, 'the chain travels in the signature');
      assert.ok(forge.pki.verifyCertificateChain(forge.pki.createCaStore([root]), [check.signer, root]), 'the signing certificate chains to the city root');

      for (const position of [200, Math.floor(pdf.length / 2), pdf.length - 40]) {
        const tampered = Buffer.from(pdf);
        const [a, b] = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)/.exec(pdf.toString('latin1'))!.slice(1).map(Number) as [number, number];
        if (position > a + b && position < a + b + 2 + 16000) continue; // inside the signature itself: not signed, by design
        tampered[position] = tampered[position]! ^ 0x01;
        assert.equal(checkPdfSignature(tampered).valid, false, `a change at byte ${position} breaks the signature`);
      }
    });

    test('the city root and the institution signing key are made once, sealed at rest and audited; later documents reuse them', async () => {
      const [seal] = await server.database.db.select().from(institutionSeals).where(eq(institutionSeals.institutionId, enterpriseId));
      assert.ok(seal?.certificatePem && seal.privateKeySealed);
      assert.match(seal.privateKeySealed, /^s1\./);
      assert.ok(!seal.privateKeySealed.includes('PRIVATE KEY'), 'never in the clear');
      const rows = await server.database.db.execute<{ action: string; n: number }>(
        sql`select action, count(*)::int as n from audit_events where action in ('signingAuthority.created', 'institutionSeal.signingCertificateIssued') group by action order by action`,
      );
      assert.deepEqual((rows as unknown as { rows?: unknown[] }).rows ?? rows, [
        { action: 'institutionSeal.signingCertificateIssued', n: 1 },
        { action: 'signingAuthority.created', n: 1 },
      ]);
      const again = checkPdfSignature(signedDocument(await certificatePdf(ctx(), deps, issued[1]!.id)));
      assert.equal(again.signer.serialNumber, seal.certificateSerial, 'the same signing certificate');
    });

    test('a certificate whose credential is not sealed yet cannot be rendered; revoked and corrected ones carry a watermark', async () => {
      const target = issued[1]!;
      await server.database.db.update(certificates).set({ credential: null }).where(eq(certificates.id, target.id));
      await assert.rejects(certificatePdf(ctx(), deps, target.id), (error: unknown) => error instanceof AppError && error.code === 'CONFLICT' && error.messageKey === 'certificateDocument.notSealed');
      await assert.rejects(
        certificatesZip(ctx(), deps, [issued[0]!.id, target.id]),
        (error: unknown) => error instanceof AppError && error.messageKey === 'certificateDocument.notSealed',
        'a zip is refused before it starts',
      );
      await server.database.db.update(certificates).set({ credential: target.credential }).where(eq(certificates.id, target.id));

      await server.database.db
        .update(certificates)
        .set({ status: 'revoked', revokedAt: new Date('2026-05-13T02:00:00Z'), revocationReason: '信息有误' })
        .where(eq(certificates.id, target.id));
      const revoked = pdfText(signedDocument(await certificatePdf(ctx(), deps, target.id)))[0]!;
      assert.ok(revoked.includes('已撤销') && revoked.includes('不再作为有效凭证'));
      await server.database.db.update(certificates).set({ status: 'replaced', revokedAt: null, revocationReason: null }).where(eq(certificates.id, target.id));
      const replaced = pdfText(signedDocument(await certificatePdf(ctx(), deps, target.id)))[0]!;
      assert.ok(replaced.includes('已更正'));
      await server.database.db.update(certificates).set({ status: 'valid' }).where(eq(certificates.id, target.id));
    });

    test('bulk: one signed PDF with a page per certificate in the order given, and a zip of one signed PDF per certificate named by its number', async () => {
      const ids = [...issued].reverse().map((c) => c.id);
      const all = signedDocument(await certificatesPdf(ctx(), deps, ids));
      const pages = pdfText(all);
      assert.equal(pages.length, issued.length);
      [...issued].reverse().forEach((c, i) => assert.ok(pages[i]!.includes(c.holderName) && pages[i]!.includes(c.number), `page ${i + 1} is ${c.number}`));
      assert.ok(checkPdfSignature(all).valid);
      assert.equal(qrCodesIn(all).length, issued.length);

      const zip = unzipSync(
        new Uint8Array(
          await buffer(
            await certificatesZip(
              ctx(),
              deps,
              issued.map((c) => c.id),
            ),
          ),
        ),
      );
      assert.deepEqual(Object.keys(zip).sort(), issued.map((c) => `${c.number}.pdf`).sort());
      for (const c of issued) {
        const one = Buffer.from(zip[`${c.number}.pdf`]!);
        assert.ok(checkPdfSignature(one).valid, `${c.number} is signed`);
        assert.ok(pdfText(one)[0]!.includes(c.holderName));
      }
      await assert.rejects(certificatesPdf(ctx(), deps, []), (error: unknown) => error instanceof AppError && error.messageKey === 'certificateDocument.none');
    });

    test("the institution's administrator uploads its seal (PNG only, within size and pixel limits, decodable); certificates then carry it; refusals write nothing", async () => {
      const enterprise = await server.as('enterprise-admin');
      const url = `/api/v1/institutions/${enterpriseId}/seal`;
      assert.equal((await enterprise.get(url)).status, 404, 'none uploaded yet: certificates carry the generated seal');
      const before = pdfText(signedDocument(await certificatePdf(ctx(), deps, issued[0]!.id)))[0]!;
      assert.ok(before.includes('系统生成'), 'the generated seal says so');

      const image = sealPng(240);
      const uploaded = await enterprise.upload(url, 'seal.png', image, {}, {}, 'PUT');
      assert.equal(uploaded.status, 200, JSON.stringify(uploaded.body));
      assert.deepEqual([uploaded.body.width, uploaded.body.height], [240, 240]);
      const fetched = await fetch(`${server.baseUrl}${url}`, { headers: { cookie: `jiping_session=${enterprise.cookie('jiping_session')}` } });
      assert.equal(fetched.headers.get('content-type'), 'image/png');
      assert.ok(Buffer.from(await fetched.arrayBuffer()).equals(image), 'the image as uploaded');
      const [event] = await server.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'institutionSeal.imageUploaded'), eq(auditEvents.entityId, enterpriseId)));
      assert.ok(event, 'the upload is audited');

      const pdf = signedDocument(await certificatePdf(ctx(), deps, issued[0]!.id));
      assert.match(pdf.toString('latin1'), /\/Subtype \/Image[\s\S]{0,200}\/Width 240|\/Width 240[\s\S]{0,200}\/Subtype \/Image/, 'the uploaded seal is drawn');
      assert.ok(!pdfText(pdf)[0]!.includes('系统生成'), 'no generated seal any more');
      assert.ok(checkPdfSignature(pdf).valid);

      const refusals: Array<[string, Uint8Array, number, RegExp]> = [
        ['a JPEG named .png', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 415, /须为 PNG 格式/],
        ['too small', sealPng(40), 400, /40×40 像素.*100–2000/],
        ['truncated', image.subarray(0, image.length - 30), 400, /已损坏或不完整/],
        ['too large', Buffer.concat([image, Buffer.alloc(600 * 1024)]), 413, /过大|不得超过/],
      ];
      for (const [what, content, status, message] of refusals) {
        const refused = await enterprise.upload(url, 'seal.png', content, {}, {}, 'PUT');
        assert.equal(refused.status, status, `${what}: ${JSON.stringify(refused.body)}`);
        assert.match(refused.body.detail ?? '', message, what);
      }
      const huge = PNG.sync.write(new PNG({ width: 100, height: 100 }));
      huge.writeUInt32BE(60_000, 16); // declares 60 000 px wide: refused from the header, never inflated
      const giant = await enterprise.upload(url, 'seal.png', huge, {}, {}, 'PUT');
      assert.equal(giant.status, 400);
      assert.match(giant.body.detail, /60000×100/);

      const [kept] = await server.database.db.select().from(institutionSeals).where(eq(institutionSeals.institutionId, enterpriseId));
      assert.ok(kept!.image!.equals(image), 'a refused upload leaves the seal as it was');

      const other = await (await server.as('social-admin')).upload(url, 'seal.png', image, {}, {}, 'PUT');
      assert.equal(other.status, 403);
      assert.match(other.body.detail, /只有本机构的管理员/);
      assert.equal((await (await server.as('pudong-officer')).upload(url, 'seal.png', image, {}, {}, 'PUT')).status, 403, 'not even the district');
      assert.equal((await (await server.as('pudong-officer')).get(url)).status, 200, 'the supervising district sees it');
      assert.equal((await (await server.as('social-admin')).get(url)).status, 403);
    });
  });
}
