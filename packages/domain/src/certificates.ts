import type { InstitutionCategory } from './institutions.ts';
import { isLevel, type Level } from './levels.ts';

/**
 * Certificates (docs/domain.md "Certificates"). The national number has 22 characters:
 *
 *   kind (Y employer / S social organisation or school)
 *   + 4-digit institution code (0000 when first filed with the province)
 *   + 2-digit province (Shanghai 31)
 *   + 6-digit site sequence assigned by the provincial bureau
 *   + 2-digit issue year + level digit (1–5) + 6-digit serial assigned by the institution.
 *
 * Everything up to the site sequence comes from the filing record; the platform never invents
 * those segments. The serial is unique per institution and issue year and never reused.
 */
export const CERTIFICATE_NUMBER_PATTERN = /^[YS]\d{21}$/;
export const CERTIFICATE_SERIAL_MAX = 999_999;

export type CertificateKindLetter = 'Y' | 'S';

/** Schools are filed as social evaluation organisations for numbering: only employers are Y. */
export function certificateKindLetter(category: InstitutionCategory): CertificateKindLetter {
  return category === 'employer' ? 'Y' : 'S';
}

export interface CertificateNumberParts {
  kind: CertificateKindLetter;
  institutionCode: string;
  provinceCode: string;
  siteSequence: string;
  /** Two digits: 26 for 2026. */
  issueYear: string;
  level: Level;
  serial: number;
}

export type CertificateNumberProblem = 'length' | 'kind' | 'digits' | 'level' | 'serial';

/** Why a string is not a certificate number, or null when it is one. */
export function certificateNumberProblem(value: string): CertificateNumberProblem | null {
  if (value.length !== 22) return 'length';
  if (value[0] !== 'Y' && value[0] !== 'S') return 'kind';
  if (!/^\d{21}$/.test(value.slice(1))) return 'digits';
  if (!isLevel(Number(value[15]))) return 'level';
  if (Number(value.slice(16)) < 1) return 'serial';
  return null;
}

export function parseCertificateNumber(value: string): CertificateNumberParts | null {
  if (certificateNumberProblem(value)) return null;
  return {
    kind: value[0] as CertificateKindLetter,
    institutionCode: value.slice(1, 5),
    provinceCode: value.slice(5, 7),
    siteSequence: value.slice(7, 13),
    issueYear: value.slice(13, 15),
    level: Number(value[15]) as Level,
    serial: Number(value.slice(16)),
  };
}

/** Composes a number; throws on parts that cannot form one (a filing without its bureau segments). */
export function formatCertificateNumber(parts: CertificateNumberParts): string {
  const segments: [string, RegExp][] = [
    [parts.institutionCode, /^\d{4}$/],
    [parts.provinceCode, /^\d{2}$/],
    [parts.siteSequence, /^\d{6}$/],
    [parts.issueYear, /^\d{2}$/],
  ];
  for (const [segment, pattern] of segments) if (!pattern.test(segment)) throw new RangeError(`certificate number segment "${segment}" is malformed`);
  if (!isLevel(parts.level)) throw new RangeError(`certificate level ${String(parts.level)} is not 1–5`);
  if (!Number.isInteger(parts.serial) || parts.serial < 1 || parts.serial > CERTIFICATE_SERIAL_MAX) throw new RangeError(`certificate serial ${parts.serial} is outside 1–${CERTIFICATE_SERIAL_MAX}`);
  return `${parts.kind}${parts.institutionCode}${parts.provinceCode}${parts.siteSequence}${parts.issueYear}${parts.level}${String(parts.serial).padStart(6, '0')}`;
}

/** Two-digit issue year of an ISO date (`2026-11-29` → `26`). */
export function issueYearOf(isoDate: string): string {
  return isoDate.slice(2, 4);
}

/**
 * valid → revoked (by the issuer or the city, with a reason), valid → replaced (a correction
 * issued a new certificate for the same result). Neither leaves its state again: a revoked or
 * replaced number stays in history and is never reused.
 */
export const CERTIFICATE_STATUSES = ['valid', 'revoked', 'replaced'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/** Who revoked: the evaluating institution (谁发证) or the city bureau (after a fraud finding, say). */
export const REVOCATION_AUTHORITIES = ['issuer', 'city'] as const;
export type RevocationAuthority = (typeof REVOCATION_AUTHORITIES)[number];

/** What the national query must learn of a certificate: its issue, its revocation, its replacement by a correction. */
export const CERTIFICATE_EVENT_KINDS = ['issued', 'revoked', 'replaced'] as const;
export type CertificateEventKind = (typeof CERTIFICATE_EVENT_KINDS)[number];
