import type { Readable } from 'node:stream';
import { and, asc, eq, ne } from 'drizzle-orm';
import { canIssueCertificates, certificatePolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { certificates } from '../../platform/db/schema.ts';
import { AppError, assertAllowed } from '../../platform/errors.ts';
import { credentialBundle } from '../credentials/index.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { certificatePdf, certificatesPdf, certificatesZip, MAX_CERTIFICATES_PER_DOCUMENT, type CertificateDocumentDeps } from '../certificate-documents/index.ts';
import { certificateFacts, loadCertificate } from './certificate-view.ts';
import { loadPlan } from './issuance-facts.ts';
import type { AfterCertificateChunk } from './write-certificates.ts';

export interface DocumentDeps extends CertificateDocumentDeps {
  /** Seals credentials not sealed yet (a crash between a chunk and its sealing): a document shows the credential's digest. */
  seal: AfterCertificateChunk;
}

/**
 * One certificate as a signed PDF, for its holder or its issuer (it prints the full ID number).
 * Rendering runs outside any transaction; the download is audited once it is ready.
 */
export async function downloadCertificatePdf({ ctx, deps, id }: { ctx: ServiceContext; deps: DocumentDeps; id: string }): Promise<{ fileName: string; bytes: Uint8Array }> {
  const row = await loadCertificate(ctx, id);
  assertAllowed(certificatePolicy(ctx.actor, 'download', certificateFacts(row)));
  if (!row.credential) await deps.seal(ctx, [row.id]);
  const bytes = await certificatePdf(ctx, deps, row.id);
  await withTransaction(ctx, (tx) => appendAudit(tx, { action: 'certificate.document_downloaded', entityType: 'certificate', entityId: row.id, detail: { format: 'pdf', number: row.number } }));
  return { fileName: `${row.number}.pdf`, bytes };
}

/**
 * A plan's certificates in bulk for the issuing institution: one PDF with a page each, or a zip
 * of one signed PDF each. Replaced certificates are left out (their corrections are in); revoked
 * ones are in, marked so on the page.
 */
export async function downloadPlanCertificates({
  ctx,
  deps,
  planId,
  format,
}: {
  ctx: ServiceContext;
  deps: DocumentDeps;
  planId: string;
  format: 'pdf' | 'zip';
}): Promise<{ fileName: string; content: Uint8Array | Readable }> {
  const plan = await loadPlan(ctx, planId);
  assertAllowed(canIssueCertificates(ctx.actor, plan.institutionId));
  const rows = await ctx.db
    .select({ id: certificates.id, credential: certificates.credential })
    .from(certificates)
    .where(and(eq(certificates.planId, planId), ne(certificates.status, 'replaced')))
    .orderBy(asc(certificates.issueDate), asc(certificates.serial));
  if (!rows.length) throw new AppError('NOT_FOUND', 'certificate.noDocuments');
  if (format === 'pdf' && rows.length > MAX_CERTIFICATES_PER_DOCUMENT) throw new AppError('UNPROCESSABLE', 'certificate.documentsTooMany', { max: String(MAX_CERTIFICATES_PER_DOCUMENT) });
  const unsealed = rows.filter((row) => !row.credential).map((row) => row.id);
  if (unsealed.length) await deps.seal(ctx, unsealed);
  const ids = rows.map((row) => row.id);
  const content = format === 'pdf' ? await certificatesPdf(ctx, deps, ids) : await certificatesZip(ctx, deps, ids);
  await withTransaction(ctx, (tx) => appendAudit(tx, { action: 'certificate.documents_downloaded', entityType: 'plan', entityId: planId, detail: { format, certificates: ids.length } }));
  return { fileName: `证书-${plan.occupationCode}-${plan.level}级-${planId.slice(0, 8)}.${format}`, content };
}

/**
 * The credential file of one certificate, for its holder or its issuer: the signed credential with
 * the city's and the institution's keys and the status list as of now, so that
 * `npx jiping verify <file>` checks it with no network. It carries only the salted hash of the ID
 * number, but it names the holder, so it is handed out like the PDF.
 */
export async function downloadCredential({ ctx, keyring, publicUrl, id }: { ctx: ServiceContext; keyring: Keyring; publicUrl: string; id: string }): Promise<{ fileName: string; content: string }> {
  const row = await loadCertificate(ctx, id);
  assertAllowed(certificatePolicy(ctx.actor, 'download', certificateFacts(row)));
  const bundle = await credentialBundle(ctx, keyring, publicUrl, row.id);
  await withTransaction(ctx, (tx) => appendAudit(tx, { action: 'certificate.document_downloaded', entityType: 'certificate', entityId: row.id, detail: { format: 'credential', number: row.number } }));
  return { fileName: `${row.number}.vc.json`, content: `${JSON.stringify(bundle, null, 2)}\n` };
}
