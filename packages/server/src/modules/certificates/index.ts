/**
 * Certificates: issuing a plan's batch (also for benchmarks, jobs and the demo seeds), resuming
 * one, correcting and revoking one, the hook run after each committed chunk, and the routes. The
 * certificates module's entry, all that code outside the module may import of it (ARCHITECTURE.md,
 * "Module boundaries").
 */
export { issueCertificates, resumeCertificateBatch, CERTIFICATE_CHUNK, type CertificateBatch, type IssueOptions } from './issue-certificates.ts';
export { correctCertificate } from './correct-certificate.ts';
export { revokeCertificate } from './revoke-certificate.ts';
export type { AfterCertificateChunk } from './write-certificates.ts';
export { certificateRoutes, certificateRoutesWith, type CertificateRouteOptions } from './routes.ts';
