import { z } from 'zod';
import { CERTIFICATE_EVENT_KINDS, CERTIFICATE_REASON_MAX, CERTIFICATE_REASON_MIN, CERTIFICATE_STATUSES, REVOCATION_AUTHORITIES } from '@jiping/domain';
import { IdParams, PageQuery, pageOf, Uuid, Version } from './common.ts';
import { endpoint } from './endpoint.ts';

/** Why a certificate is revoked or corrected: required, and kept with it. */
const Reason = z.string().trim().min(CERTIFICATE_REASON_MIN).max(CERTIFICATE_REASON_MAX);

/** Issue for every passed candidate of the plan not yet certified, or for the chosen ones. */
export const IssueCertificatesBody = z.strictObject({ registrationIds: z.array(Uuid).min(1).max(10_000).optional() });

export const RevokeCertificateBody = z.strictObject({ version: Version, reason: Reason });

/**
 * A correction issues a new certificate replacing this one. Holder name and ID come from the
 * person's record as it is now; the 工种 may be corrected too (it must be filed for the occupation and level).
 */
export const CorrectCertificateBody = z.strictObject({ version: Version, reason: Reason, workType: z.string().trim().max(50).optional() });

export const CertificateListQuery = PageQuery.extend({
  planId: Uuid.optional(),
  status: z.enum(CERTIFICATE_STATUSES).optional(),
  /** The whole number or its beginning. */
  number: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[YS]?\d{0,21}$/, { error: '证书编号由 Y 或 S 开头，后接数字' })
    .max(22)
    .optional(),
});

export const CertificateSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  status: z.enum(CERTIFICATE_STATUSES),
  holderName: z.string(),
  idType: z.string(),
  /** Masked: a certificate view never carries a full ID number. */
  idNumberMasked: z.string(),
  occupationCode: z.string(),
  occupationName: z.string(),
  workType: z.string(),
  level: z.number().int(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  districtCode: z.string(),
  planId: z.uuid(),
  issueDate: z.string(),
});
export type CertificateSummary = z.infer<typeof CertificateSummary>;
export const CertificatePage = pageOf(CertificateSummary);
export const MyCertificates = z.object({ items: z.array(CertificateSummary) });

export const CertificateHistoryEntry = z.object({
  kind: z.enum(CERTIFICATE_EVENT_KINDS),
  occurredAt: z.string(),
  certificateId: z.uuid(),
  number: z.string(),
  /** The revocation's or correction's reason; empty for an issue. */
  reason: z.string(),
  authority: z.enum(REVOCATION_AUTHORITIES).nullable(),
});

const Link = z.object({ id: z.uuid(), number: z.string() }).nullable();

export const CertificateDetail = CertificateSummary.extend({
  serial: z.number().int(),
  revokedAt: z.string().nullable(),
  revokedByAuthority: z.enum(REVOCATION_AUTHORITIES).nullable(),
  revocationReason: z.string().nullable(),
  /** The certificate this one corrects, and the one that corrected it. */
  replaces: Link,
  replacedBy: Link,
  /** Issue, revocation and replacement of this certificate and the ones it replaces or was replaced by, oldest first. */
  history: z.array(CertificateHistoryEntry),
  /** The public page anyone may check this number on. */
  verifyPath: z.string(),
  version: z.number().int(),
  allowedActions: z.array(z.string()),
});
export type CertificateDetail = z.infer<typeof CertificateDetail>;

export const CertificateBatchView = z.object({
  id: z.uuid(),
  planId: z.uuid().nullable(),
  issueDate: z.string(),
  requested: z.number().int(),
  issued: z.number().int(),
  status: z.string(),
});

/** A passed candidate of a plan and the certificate they hold, if any: what the issue page offers. */
export const CertificateCandidate = z.object({
  registrationId: z.uuid(),
  name: z.string(),
  idNumberMasked: z.string(),
  outcome: z.string(),
  certificate: z.object({ id: z.uuid(), number: z.string(), status: z.enum(CERTIFICATE_STATUSES) }).nullable(),
});
export const PlanCertificates = z.object({
  planId: z.uuid(),
  /** Results final (公示期满、异议处理完毕): certificates may be issued. */
  final: z.boolean(),
  candidates: z.array(CertificateCandidate),
  canIssue: z.boolean(),
  /** The issuer may download the plan's certificates in bulk (one PDF or a zip). */
  canDownload: z.boolean(),
});
export type PlanCertificates = z.infer<typeof PlanCertificates>;

export const certificateEndpoints = {
  certificates: endpoint({ method: 'GET', url: '/api/v1/certificates', query: CertificateListQuery, response: CertificatePage }),
  myCertificates: endpoint({ method: 'GET', url: '/api/v1/certificates/mine', response: MyCertificates }),
  certificate: endpoint({ method: 'GET', url: '/api/v1/certificates/:id', params: IdParams, response: CertificateDetail }),
  planCertificates: endpoint({ method: 'GET', url: '/api/v1/plans/:id/certificates', params: IdParams, response: PlanCertificates }),
  issueCertificates: endpoint({ method: 'POST', url: '/api/v1/plans/:id/certificates', params: IdParams, body: IssueCertificatesBody, response: CertificateBatchView }),
  revokeCertificate: endpoint({ method: 'POST', url: '/api/v1/certificates/:id/revoke', params: IdParams, body: RevokeCertificateBody, response: CertificateDetail }),
  correctCertificate: endpoint({ method: 'POST', url: '/api/v1/certificates/:id/correct', params: IdParams, body: CorrectCertificateBody, response: CertificateDetail }),
} as const;

/** Signed documents: the holder's or issuer's PDF of one certificate, and a plan's in bulk. */
export const certificateDownloads = {
  certificatePdf: { url: '/api/v1/certificates/:id/certificate.pdf' },
  certificateCredential: { url: '/api/v1/certificates/:id/credential.json' },
  planCertificatesPdf: { url: '/api/v1/plans/:id/certificates.pdf' },
  planCertificatesZip: { url: '/api/v1/plans/:id/certificates.zip' },
} as const;
