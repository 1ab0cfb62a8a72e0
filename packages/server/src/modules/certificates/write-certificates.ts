import { CERTIFICATE_SERIAL_MAX, formatCertificateNumber, issueYearOf, shanghaiDate, type Level } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { certificateEvents, certificates } from '../../platform/db/schema.ts';
import { bulkInsert } from '../../platform/db/bulk-insert.ts';
import { nextNumbers } from '../../platform/db/next-number.ts';
import { AppError } from '../../platform/errors.ts';
import type { IssuingFiling } from './issuance-facts.ts';

/** Who a certificate is for and what it certifies, as it will be printed. */
export interface CertificateSubject {
  registrationId: string;
  personId: string;
  name: string;
  idType: string;
  idNumberMasked: string;
  replacesId?: string;
}

export interface CertificateScope {
  planId: string;
  institutionId: string;
  occupationCode: string;
  occupationName: string;
  workType: string;
  level: number;
}

/** Called after each chunk of certificates has committed, with their ids: where credentials are sealed. */
export type AfterCertificateChunk = (ctx: ServiceContext, certificateIds: string[]) => Promise<void>;

export interface WrittenCertificate {
  id: string;
  number: string;
  registrationId: string;
}

/**
 * Numbers and writes certificates inside the caller's transaction: serials from the institution's
 * counter for the issue year (`certificate:<institution>:<yy>`), positions in its status list
 * (`status-list:<institution>`), both taken under the counter row's lock so concurrent issues get
 * consecutive numbers with no gap and no repeat; one `issued` event per certificate.
 */
export async function writeCertificates(
  tx: ServiceContext,
  { batchId, filing, scope, subjects }: { batchId: string; filing: IssuingFiling; scope: CertificateScope; subjects: readonly CertificateSubject[] },
): Promise<WrittenCertificate[]> {
  if (!subjects.length) return [];
  const issueDate = shanghaiDate(tx.now());
  const year = issueYearOf(issueDate);
  const firstSerial = await nextNumbers(tx, `certificate:${scope.institutionId}:${year}`, subjects.length);
  if (firstSerial + subjects.length - 1 > CERTIFICATE_SERIAL_MAX) throw new AppError('CONFLICT', 'certificate.serialsExhausted', { year: issueDate.slice(0, 4) });
  const firstIndex = await nextNumbers(tx, `status-list:${scope.institutionId}`, subjects.length);
  const userId = tx.actor.kind === 'user' ? tx.actor.userId : null;
  const rows = subjects.map((s, i): typeof certificates.$inferInsert => {
    const serial = firstSerial + i;
    return {
      number: formatCertificateNumber({
        kind: filing.kind,
        institutionCode: filing.institutionCode,
        provinceCode: filing.provinceCode,
        siteSequence: filing.siteSequence,
        issueYear: year,
        level: scope.level as Level,
        serial,
      }),
      institutionId: scope.institutionId,
      districtCode: filing.districtCode,
      filingId: filing.filingId,
      batchId,
      planId: scope.planId,
      registrationId: s.registrationId,
      personId: s.personId,
      holderName: s.name,
      idType: s.idType,
      idNumberMasked: s.idNumberMasked,
      occupationCode: scope.occupationCode,
      occupationName: scope.occupationName,
      workType: scope.workType,
      level: scope.level,
      institutionName: filing.institutionName,
      issueDate,
      issueYear: Number(issueDate.slice(0, 4)),
      serial,
      status: 'valid',
      replacesId: s.replacesId ?? null,
      statusListIndex: firstIndex + i,
      issuedBy: userId,
      version: 1,
      createdAt: tx.now(),
      updatedAt: tx.now(),
    };
  });
  const written = await bulkInsert(tx.db, certificates, rows, { returning: { id: certificates.id, number: certificates.number, registrationId: certificates.registrationId } });
  await bulkInsert(
    tx.db,
    certificateEvents,
    written.map((c) => ({ certificateId: c.id, institutionId: scope.institutionId, districtCode: filing.districtCode, kind: 'issued' as const, occurredAt: tx.now() })),
  );
  return written;
}

/** The event of a change of an existing certificate (revoked, replaced), in the caller's transaction. */
export async function recordCertificateEvent(tx: ServiceContext, certificate: { id: string; institutionId: string; districtCode: string }, kind: 'revoked' | 'replaced') {
  await tx.db.insert(certificateEvents).values({ certificateId: certificate.id, institutionId: certificate.institutionId, districtCode: certificate.districtCode, kind, occurredAt: tx.now() });
}
