import type { IsoDate } from './dates.ts';
import { checkResidentId, ID_TYPES } from './identity.ts';

type IdType = (typeof ID_TYPES)[number];
export type IdNumberProblem = 'format' | 'checksum' | 'birthDate' | 'futureBirthDate';

/**
 * Format rules for documents other than the resident ID. They are lenient on purpose: the
 * formats vary by issue year, and a person must never be turned away by a stricter rule than
 * the issuing authority's. Passport: 5–20 letters or digits; mainland travel permit for Hong Kong
 * and Macao residents: H or M and 8–10 digits; for Taiwan residents: 8 digits, optionally with a
 * 2-digit issue count; foreign permanent resident ID: 15 characters (old) or 18 starting with 9 (2023).
 */
const FORMATS: Record<Exclude<IdType, 'resident_id'>, RegExp> = {
  passport: /^[A-Z0-9]{5,20}$/,
  hk_macao_permit: /^[HM]\d{8,10}$/,
  taiwan_permit: /^\d{8}(\d{2})?$/,
  foreign_permanent_resident: /^([A-Z]{3}\d{12}|9\d{16}[\dX])$/,
};

/** Checks any accepted identity document; the resident ID also by its check digit and birth date. */
export function checkIdNumber(type: IdType, value: string, today: IsoDate): IdNumberProblem | null {
  if (type === 'resident_id') return checkResidentId(value, today) as IdNumberProblem | null;
  return FORMATS[type].test(value) ? null : 'format';
}
