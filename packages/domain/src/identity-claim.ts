import { isShanghaiDistrictCode } from './districts.ts';
import type { IdType } from './identity.ts';

/**
 * Linking a candidate account to a person record (实名核验). Knowing a name and an ID number proves
 * nothing: both are widely known. An account is linked to an existing person only after a
 * one-time code sent to the phone on that person's record is entered, or, where the record has
 * no phone, after someone who can see the person's identity card confirms it in person.
 */
export const IDENTITY_CLAIM_STATUSES = ['code_sent', 'pending_in_person', 'verified', 'rejected', 'cancelled'] as const;
export type IdentityClaimStatus = (typeof IDENTITY_CLAIM_STATUSES)[number];

/** A claim still waiting for proof: at most one per account. */
export const OPEN_IDENTITY_CLAIM_STATUSES: readonly IdentityClaimStatus[] = ['code_sent', 'pending_in_person'];

/**
 * The one-time code: 6 digits, valid 10 minutes, 5 wrong entries end it; a new one may be asked
 * for once a minute and at most 5 times per claim (SMS costs money and floods a stranger's phone).
 */
export const IDENTITY_CODE = { digits: 6, ttlMinutes: 10, maxTries: 5, resendSeconds: 60, maxSends: 5 } as const;

/**
 * Look-ups of a known ID number with a name that does not match it are how an ID number is tried
 * against names, and a burst of them from one account is how a register is enumerated. Within
 * the window: an account may fail `mismatchPerAccount` times, one ID number may be failed
 * `mismatchPerIdNumber` times whoever tries, and an institution may look up at most
 * `lookupsPerAccount` known people it has no relation with (a group import is the way to bring
 * many people at once). Reaching a limit refuses further look-ups and flags the account to the city.
 */
export const IDENTITY_LOOKUP_LIMITS = { windowMinutes: 60, mismatchPerAccount: 5, mismatchPerIdNumber: 10, lookupsPerAccount: 200 } as const;

export const IDENTITY_LOOKUP_OUTCOMES = ['created', 'matched', 'name_mismatch'] as const;
export type IdentityLookupOutcome = (typeof IDENTITY_LOOKUP_OUTCOMES)[number];

/**
 * A name as compared with the record: full-width letters, digits and spaces folded to their
 * usual forms (NFKC), the middle dots of transliterated names unified, spaces collapsed, Latin
 * letters in lower case, and no space between Chinese characters ("李 强" is "李强").
 */
export function normalizePersonName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[·・•‧∙⋅]/g, '·')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '')
    .replace(/ ?· ?/g, '·')
    .toLowerCase();
}

export function sameName(a: string, b: string): boolean {
  return normalizePersonName(a) === normalizePersonName(b);
}

/**
 * The Shanghai district a resident ID was issued in (its first six digits), when it is one: the
 * district bureau where the holder can be seen in person. Other documents name no district.
 */
export function districtOfIdNumber(idType: IdType, idNumber: string): string | null {
  if (idType !== 'resident_id') return null;
  const code = idNumber.slice(0, 6);
  return isShanghaiDistrictCode(code) ? code : null;
}
