import type { IsoDate } from './dates.ts';
import type { Level } from './levels.ts';

/** Identity documents a person may register with. */
export const ID_TYPES = ['resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreign_permanent_resident'] as const;
export type IdType = (typeof ID_TYPES)[number];

export type ResidentIdProblem = 'format' | 'checksum' | 'birthDate' | 'futureBirthDate';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

/** ISO 7064 MOD 11-2 check character of the first 17 digits (GB 11643-1999). */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export function normalizeIdNumber(_type: IdType, value: string): string {
  return value.trim().toUpperCase();
}

/**
 * 居民身份证: 18 characters, a correct check character, a real birth date (1900 onwards, not after
 * today). The check character is tested before the birth date because MOD 11-2 catches every
 * single mistyped digit: a typo anywhere, the date included, is reported as a typo.
 */
export function checkResidentId(value: string, today: IsoDate): ResidentIdProblem | null {
  const id = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return 'checksum';
  const birth = residentIdBirthDate(id);
  if (!birth) return 'birthDate';
  return birth > today ? 'futureBirthDate' : null;
}

/** The birth date inside a resident ID, or null when it is not a real calendar date. */
export function residentIdBirthDate(id: string): IsoDate | null {
  const text = id.slice(6, 14);
  if (!/^\d{8}$/.test(text)) return null;
  const date = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date || date < '1900-01-01') return null;
  return date;
}

/** The 17th digit is odd for men, even for women. */
export function residentIdGender(id: string): 'male' | 'female' {
  return Number(id[16]) % 2 === 1 ? 'male' : 'female';
}

/** `3101**********1234`: first and last four kept, the rest hidden. */
/**
 * A person's name with only its first character shown (李*, 欧阳**; a one-character name is all
 * hidden): what pages, tickets and the public list show of people they do not disclose.
 */
export function maskPersonName(name: string): string {
  const characters = [...name.trim()];
  return characters.length <= 1 ? '*' : characters[0] + '*'.repeat(characters.length - 1);
}

export function maskIdNumber(value: string): string {
  if (value.length <= 8) return `${value.slice(0, 1)}${'*'.repeat(Math.max(0, value.length - 2))}${value.slice(-1)}`;
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

/** `138****5678`. */
export function maskPhone(value: string): string {
  return value.length >= 7 ? `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}` : '*'.repeat(value.length);
}

/**
 * A 技能等级证书 number (22 characters): institution kind (Y employer, S social organisation),
 * 4-digit institution code, 2-digit province (Shanghai 31), 6-digit site sequence, 2-digit issue
 * year, level digit 1–5 and the institution's 6-digit serial.
 */
export interface NationalCertificateNumber {
  scheme: 'national';
  number: string;
  kind: 'Y' | 'S';
  institutionCode: string;
  province: string;
  siteSequence: string;
  /** Four digits: the numbering scheme dates from 2020, so the two printed digits are always 20YY. */
  issueYear: number;
  level: Level;
  serial: string;
}

/** An earlier 职业资格证书 number; old Shanghai 13-digit numbers are cited with a "000" prefix. */
export interface LegacyQualificationNumber {
  scheme: 'legacy_qualification';
  number: string;
  oldShanghai: boolean;
}

export type CertificateNumber = NationalCertificateNumber | LegacyQualificationNumber;

const NATIONAL_CERTIFICATE = /^([YS])(\d{4})(\d{2})(\d{6})(\d{2})([1-5])(\d{6})$/;

/**
 * Recognises a certificate number a candidate cites. A bare 13-digit old Shanghai number is
 * returned in its 16-digit "000"-prefixed form, so both spellings of one certificate compare equal.
 */
export function classifyCertificateNumber(value: string): CertificateNumber | null {
  const number = value.replace(/\s+/g, '').toUpperCase();
  const national = NATIONAL_CERTIFICATE.exec(number);
  if (national) {
    const [, kind, institutionCode, province, siteSequence, year, level, serial] = national;
    return {
      scheme: 'national',
      number,
      kind: kind as 'Y' | 'S',
      institutionCode: institutionCode!,
      province: province!,
      siteSequence: siteSequence!,
      issueYear: 2000 + Number(year),
      level: Number(level) as Level,
      serial: serial!,
    };
  }
  if (/^\d{13}$/.test(number)) return { scheme: 'legacy_qualification', number: `000${number}`, oldShanghai: true };
  if (/^\d{16}$/.test(number)) return { scheme: 'legacy_qualification', number, oldShanghai: number.startsWith('000') };
  return null;
}
