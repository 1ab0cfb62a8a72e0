/**
 * Certificate documents: the certificates module's PDFs, signed under each institution's
 * electronic seal, and the seal itself. The module's entry, all that code outside it may import
 * (ARCHITECTURE.md, "Module boundaries"). The PDF functions take certificate ids the caller has
 * already authorised (the certificates policy decides who may download what); they check no
 * actor themselves.
 */
export { certificatePdf, certificatesPdf, certificatesZip, MAX_CERTIFICATES_PER_DOCUMENT, type CertificateDocumentDeps } from './render-certificates.ts';
export { certificateVerifyUrl, credentialDigest, credentialDigestMatches, CREDENTIAL_DIGEST_LENGTH } from './certificate-digest.ts';
export { certificateDocumentRoutes } from './routes.ts';
