import { Readable } from 'node:stream';
import { eq, inArray, isNotNull } from 'drizzle-orm';
import forge from 'node-forge';
import QRCode from 'qrcode';
import { Zip, ZipPassThrough } from 'fflate';
import type { ServiceContext } from '../../platform/context.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { unseal } from '../../platform/crypto/pii.ts';
import { certificates, institutionSeals, persons } from '../../platform/db/schema.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { renderPdf } from '../../platform/pdf/document.ts';
import { signPdf } from '../../platform/pdf/sign-pdf.ts';
import { certificateVerifyUrl } from './certificate-digest.ts';
import { CERTIFICATE_TITLE, drawCertificate, idTypeName, sealBox, type CertificatePage } from './certificate-layout.ts';
import { institutionSigningIdentity, toP12 } from './signing-keys.ts';

export interface CertificateDocumentDeps {
  keyring: Keyring;
  /** Config `publicUrl`: the address printed in the QR code. */
  publicUrl: string;
}

/** Certificates read per query while rendering a bulk document; no transaction is held meanwhile. */
const READ_CHUNK = 200;
/** The most certificates one bulk document or zip takes. */
export const MAX_CERTIFICATES_PER_DOCUMENT = 5_000;
const P12_PASSPHRASE = 'jiping';

type CertificateRow = typeof certificates.$inferSelect & { idNumberSealed: string };

async function readChunk(ctx: ServiceContext, ids: readonly string[]): Promise<CertificateRow[]> {
  const rows = await ctx.db
    .select({ certificate: certificates, idNumberSealed: persons.idNumberSealed })
    .from(certificates)
    .innerJoin(persons, eq(persons.id, certificates.personId))
    .where(inArray(certificates.id, [...ids]));
  const byId = new Map(rows.map((r) => [r.certificate.id, { ...r.certificate, idNumberSealed: r.idNumberSealed }]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) throw notFound('certificate');
    // The integrator seals credentials right after issuance; a certificate without one has nothing to verify against yet.
    if (!row.credential) throw new AppError('CONFLICT', 'certificateDocument.notSealed', { number: row.number });
    return row;
  });
}

/** The institutions' seal images, read once per document. */
async function sealImages(ctx: ServiceContext, institutionIds: readonly string[]): Promise<Map<string, Buffer | null>> {
  const unique = [...new Set(institutionIds)];
  const rows = unique.length
    ? await ctx.db.select({ institutionId: institutionSeals.institutionId, image: institutionSeals.image }).from(institutionSeals).where(inArray(institutionSeals.institutionId, unique))
    : [];
  const found = new Map(rows.map((r) => [r.institutionId, r.image]));
  return new Map(unique.map((id) => [id, found.get(id) ?? null]));
}

async function pageOf(row: CertificateRow, deps: CertificateDocumentDeps, seal: Buffer | null): Promise<CertificatePage> {
  const verifyUrl = certificateVerifyUrl(deps.publicUrl, row.number, row.credential!);
  return {
    number: row.number,
    holderName: row.holderName,
    idType: idTypeName(row.idType),
    idNumber: unseal(deps.keyring, 'id_number', row.idNumberSealed),
    occupationName: row.occupationName,
    workType: row.workType,
    level: row.level,
    institutionName: row.institutionName,
    issueDate: row.issueDate,
    status: row.status,
    verifyUrl,
    qrPng: await QRCode.toBuffer(verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 }),
    sealPng: seal,
  };
}

/** A signer per institution, made once per call (its key is opened from the sealed copy once). */
function signers(ctx: ServiceContext, deps: CertificateDocumentDeps) {
  const cache = new Map<string, Promise<{ p12: Buffer; name: string }>>();
  return (institutionId: string) => {
    let signer = cache.get(institutionId);
    if (!signer) {
      signer = institutionSigningIdentity(ctx, deps.keyring.signingMasterKey, institutionId).then((identity) => ({
        p12: toP12(identity, P12_PASSPHRASE),
        name: forge.util.decodeUtf8(String(identity.certificate.subject.getField('CN')?.value ?? '')),
      }));
      cache.set(institutionId, signer);
    }
    return signer;
  };
}

/** Lays out pages (one per certificate) and signs the document with the first certificate's institution seal. */
async function signedDocument(
  ctx: ServiceContext,
  deps: CertificateDocumentDeps,
  institutionId: string,
  signerOf: ReturnType<typeof signers>,
  pages: AsyncIterable<CertificatePage>,
  title: string,
): Promise<Buffer> {
  let widget: [number, number, number, number] = [0, 0, 0, 0];
  const pdf = await renderPdf({ title, subject: CERTIFICATE_TITLE, layout: 'landscape', margin: 0 }, async (doc) => {
    let first = true;
    for await (const page of pages) {
      if (!first) doc.addPage();
      if (first) {
        const box = sealBox(doc);
        // pdfkit measures from the top-left, PDF user space from the bottom-left.
        widget = [box.x, doc.page.height - box.y - box.size, box.x + box.size, doc.page.height - box.y];
      }
      first = false;
      drawCertificate(doc, page);
    }
  });
  const signer = await signerOf(institutionId);
  return signPdf(pdf, {
    p12: signer.p12,
    passphrase: P12_PASSPHRASE,
    name: signer.name,
    reason: '职业技能等级证书电子印章 Vocational skill level certificate seal',
    location: '上海 Shanghai, CN',
    contactInfo: deps.publicUrl,
    signingTime: ctx.now(),
    widgetRect: widget,
  });
}

/**
 * One certificate as a signed PDF. The caller has authorised reading it (the certificates
 * policy); this function checks nothing about who asks.
 */
export async function certificatePdf(ctx: ServiceContext, deps: CertificateDocumentDeps, certificateId: string): Promise<Uint8Array> {
  const [row] = await readChunk(ctx, [certificateId]);
  const seals = await sealImages(ctx, [row!.institutionId]);
  const page = await pageOf(row!, deps, seals.get(row!.institutionId) ?? null);
  return signedDocument(ctx, deps, row!.institutionId, signers(ctx, deps), once(page), `${CERTIFICATE_TITLE} ${row!.number}`);
}

async function* once<T>(value: T): AsyncIterable<T> {
  yield value;
}

function checkBulk(certificateIds: readonly string[]) {
  if (!certificateIds.length) throw new AppError('VALIDATION', 'certificateDocument.none');
  if (certificateIds.length > MAX_CERTIFICATES_PER_DOCUMENT) throw new AppError('VALIDATION', 'certificateDocument.tooMany', { max: String(MAX_CERTIFICATES_PER_DOCUMENT) });
}

/** Certificates in chunks of READ_CHUNK, each chunk one short read (no transaction spans the rendering). */
async function* rowsOf(ctx: ServiceContext, certificateIds: readonly string[]): AsyncIterable<CertificateRow> {
  for (let i = 0; i < certificateIds.length; i += READ_CHUNK) yield* await readChunk(ctx, certificateIds.slice(i, i + READ_CHUNK));
}

/**
 * Several certificates as one signed PDF, a page each, in the order given (a batch printed at
 * once). One signature covers the whole document; it is made with the seal of the first
 * certificate's institution, so all must be of one institution. Ids are already authorised.
 */
export async function certificatesPdf(ctx: ServiceContext, deps: CertificateDocumentDeps, certificateIds: readonly string[]): Promise<Uint8Array> {
  checkBulk(certificateIds);
  const [first] = await readChunk(ctx, certificateIds.slice(0, 1));
  const seals = new Map<string, Buffer | null>();
  const pages = async function* () {
    for await (const row of rowsOf(ctx, certificateIds)) {
      if (row.institutionId !== first!.institutionId) throw new AppError('VALIDATION', 'certificateDocument.mixedInstitutions');
      if (!seals.has(row.institutionId)) seals.set(row.institutionId, (await sealImages(ctx, [row.institutionId])).get(row.institutionId) ?? null);
      yield await pageOf(row, deps, seals.get(row.institutionId)!);
    }
  };
  return signedDocument(ctx, deps, first!.institutionId, signers(ctx, deps), pages(), CERTIFICATE_TITLE);
}

/** Every id names a sealed certificate: checked before a zip starts, so a download does not break off half-way. */
async function checkRenderable(ctx: ServiceContext, certificateIds: readonly string[]) {
  for (let i = 0; i < certificateIds.length; i += READ_CHUNK) {
    const ids = certificateIds.slice(i, i + READ_CHUNK);
    const rows = await ctx.db
      .select({ id: certificates.id, number: certificates.number, sealed: isNotNull(certificates.credential) })
      .from(certificates)
      .where(inArray(certificates.id, [...ids]));
    if (rows.length !== new Set(ids).size) throw notFound('certificate');
    const unsealed = rows.find((r) => !r.sealed);
    if (unsealed) throw new AppError('CONFLICT', 'certificateDocument.notSealed', { number: unsealed.number });
  }
}

/**
 * Each certificate as its own signed PDF named `<number>.pdf`, zipped (stored: PDFs are
 * compressed already) and streamed as it is made: the next certificate is rendered only when
 * the reader has taken the previous ones, so a batch of thousands never sits in memory whole.
 * Certificates of several institutions may be mixed: each is signed with its own institution's
 * seal. Ids are already authorised.
 */
export async function certificatesZip(ctx: ServiceContext, deps: CertificateDocumentDeps, certificateIds: readonly string[]): Promise<Readable> {
  checkBulk(certificateIds);
  await checkRenderable(ctx, certificateIds);
  const signerOf = signers(ctx, deps);
  async function* chunks() {
    const queue: Uint8Array[] = [];
    let failure: Error | null = null;
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else queue.push(chunk);
    });
    const seals = new Map<string, Buffer | null>();
    for await (const row of rowsOf(ctx, certificateIds)) {
      if (!seals.has(row.institutionId)) seals.set(row.institutionId, (await sealImages(ctx, [row.institutionId])).get(row.institutionId) ?? null);
      const pdf = await signedDocument(ctx, deps, row.institutionId, signerOf, once(await pageOf(row, deps, seals.get(row.institutionId)!)), `${CERTIFICATE_TITLE} ${row.number}`);
      const entry = new ZipPassThrough(`${row.number}.pdf`);
      zip.add(entry);
      entry.push(pdf, true);
      if (failure) throw failure;
      yield* queue.splice(0);
    }
    zip.end();
    if (failure) throw failure;
    yield* queue.splice(0);
  }
  return Readable.from(chunks(), { objectMode: false });
}
