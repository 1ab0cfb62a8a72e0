import { z } from 'zod';
import { CERTIFICATE_STATUSES, REVOCATION_AUTHORITIES } from '@jiping/domain';
import { endpoint } from './endpoint.ts';

/**
 * Public certificate verification. The number is taken as typed (its format is judged by the
 * domain rule, so a malformed one gets the precise reason); the holder's name is the second
 * factor that unmasks the name, and the QR code's digest ties a printed document to the
 * credential it was made from.
 */
export const PublicCertificateParams = z.strictObject({ number: z.string().max(64) });

export const PublicCertificateQuery = z.strictObject({
  name: z.string().trim().max(50).optional(),
  /** The short digest from the certificate's QR code. */
  d: z.string().trim().max(64).optional(),
});

export const PublicCertificateView = z.object({
  number: z.string(),
  status: z.enum(CERTIFICATE_STATUSES),
  /** Masked (李**) unless the right name was supplied. */
  holderName: z.string(),
  /** null: no name given; false: the name given is not the holder's (the name stays masked). */
  nameMatches: z.boolean().nullable(),
  occupationCode: z.string(),
  occupationName: z.string(),
  workType: z.string(),
  level: z.number().int(),
  institutionName: z.string(),
  issueDate: z.string(),
  revokedOn: z.string().nullable(),
  revokedBy: z.enum(REVOCATION_AUTHORITIES).nullable(),
  revocationReason: z.string().nullable(),
  /** The certificate that replaced this one after a correction, and the one this one replaced. */
  replacedBy: z.string().nullable(),
  replaces: z.string().nullable(),
  /** null: no digest given; false: the QR code was not made from this certificate's credential. */
  digestMatches: z.boolean().nullable(),
});

/** A pasted or scanned credential: a compact JWS, or the downloadable credential file (JSON). */
export const CredentialCheckBody = z.strictObject({ text: z.string().trim().min(1).max(200_000) });

export const CREDENTIAL_VERDICTS = ['valid', 'tampered', 'unknown_key', 'key_not_endorsed', 'expired_key', 'revoked', 'malformed'] as const;

export const CredentialCheckView = z.object({
  verdict: z.enum(CREDENTIAL_VERDICTS),
  /** The verdict in the reader's language. */
  message: z.string(),
  /** What a valid (or revoked) credential says; null when it could not be read as one. */
  certificate: PublicCertificateView.nullable(),
});

export const verificationEndpoints = {
  checkCredential: endpoint({ method: 'POST', url: '/api/v1/public/credentials/verify', body: CredentialCheckBody, response: CredentialCheckView }),
  publicCertificate: endpoint({ method: 'GET', url: '/api/v1/public/certificates/:number', params: PublicCertificateParams, query: PublicCertificateQuery, response: PublicCertificateView }),
};

/** Files of bulk verification: the list template; the checked list comes back from a multipart upload to `bulkVerification`. */
export const verificationDownloads = {
  verificationTemplate: { url: '/api/v1/public/certificates/verifications/template.xlsx' },
} as const;

/** Rows a bulk verification may hold: an employer's intake, not a scrape of the register. */
export const BULK_VERIFICATION_MAX_ROWS = 500;
